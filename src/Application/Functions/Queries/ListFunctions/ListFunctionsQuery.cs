using MediatR;

namespace Invoke.Application.Functions.Queries.ListFunctions;

/// <param name="ProjectId">A project id, <see cref="SystemProject"/> or null: every project the caller can see.</param>
public sealed record ListFunctionsQuery(string? ProjectId) : IRequest<FunctionListDto>
{
    /// <summary>The admin UI's pseudo project meaning "all projects" (admin-api.md §2.5).</summary>
    public const string SystemProject = "system";

    public Guid? ProjectFilter =>
        string.IsNullOrEmpty(ProjectId) || ProjectId == SystemProject ? null : Guid.Parse(ProjectId);
}
