namespace Invoke.Application.Runtime.Queries.GetInvocationTarget;

/// <param name="ApiKey">The function's own key, compared with the caller's when <paramref name="RequiresApiKey"/>.</param>
/// <param name="ActiveVersion">Null when no version is active.</param>
public sealed record InvocationTargetDto(
    Guid FunctionId,
    string Name,
    Guid? ProjectId,
    bool ProjectActive,
    bool IsActive,
    bool RequiresApiKey,
    string? ApiKey,
    ActiveVersionDto? ActiveVersion);
