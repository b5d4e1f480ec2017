using System.Text.Json.Serialization;
using Invoke.Application.Auth.Queries.GetUserProjects;

namespace Invoke.Api.Contracts.Auth;

public sealed record MyProjectsResponse([property: JsonPropertyName("projects")] IReadOnlyList<UserProjectDto> Projects);
