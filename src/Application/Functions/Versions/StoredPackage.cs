namespace Invoke.Application.Functions.Versions;

/// <summary>A version's package with what the source and download responses say about it.</summary>
public sealed record StoredPackage(
    Guid FunctionId,
    string FunctionName,
    Guid? ProjectId,
    string? ProjectName,
    Guid VersionId,
    int Version,
    byte[]? Content);
