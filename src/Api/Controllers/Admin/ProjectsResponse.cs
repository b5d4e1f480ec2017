using System.Text.Json.Serialization;
using Invoke.Application.Projects.Queries.GetProjects;

namespace Invoke.Api.Controllers.Admin;

public sealed record ProjectsResponse([property: JsonPropertyName("projects")] IReadOnlyList<ProjectSummaryDto> Projects);
