using MediatR;

namespace Invoke.Application.Functions.Queries.ListFunctions;

/// <param name="ProjectId">A project id, <see cref="SystemProject"/> or null: every project the caller can see.</param>
/// <param name="Name">Only the function of exactly this name (names are unique per project, ADR 0015).</param>
public sealed record ListFunctionsQuery(string? ProjectId, string? Name) : IRequest<FunctionListDto>
{
    /// <summary>The admin UI's pseudo project meaning "all projects" (admin-api.md §2.5).</summary>
    public const string SystemProject = "system";

    public Guid? ProjectFilter =>
        string.IsNullOrEmpty(ProjectId) || ProjectId == SystemProject ? null : Guid.Parse(ProjectId);
}
