using System.Text.Json.Serialization;
using Invoke.Application.Users.Queries.GetUsers;

namespace Invoke.Api.Controllers.Admin;

public sealed record UsersResponse([property: JsonPropertyName("users")] IReadOnlyList<UserSummaryDto> Users);
