using System.Text.Json.Serialization;
using Invoke.Application.Projects.Commands;

namespace Invoke.Api.Controllers.Admin;

public sealed record ProjectResponse([property: JsonPropertyName("project")] ProjectDto Project);
