using System.Text.Json.Serialization;
using Invoke.Application.ProjectMembers.Queries.GetProjectMembers;

namespace Invoke.Api.Controllers.Admin;

public sealed record MembersResponse([property: JsonPropertyName("members")] IReadOnlyList<ProjectMemberDto> Members);
