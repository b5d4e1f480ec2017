using MediatR;

namespace Invoke.Application.Projects.Queries.FindProjects;

/// <summary>
/// The projects the caller may see, newest first, optionally only the one of an exact slug or name: how the newest
/// original CLI resolves its <c>--project</c> option.
/// </summary>
public sealed record FindProjectsQuery(string? Slug, string? Name) : IRequest<IReadOnlyList<ProjectLookupDto>>;
