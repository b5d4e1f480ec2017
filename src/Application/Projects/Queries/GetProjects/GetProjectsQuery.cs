using MediatR;

namespace Invoke.Application.Projects.Queries.GetProjects;

/// <summary>Every project, newest first, with its creator's name and its member and function counts.</summary>
public sealed record GetProjectsQuery : IRequest<IReadOnlyList<ProjectSummaryDto>>;
