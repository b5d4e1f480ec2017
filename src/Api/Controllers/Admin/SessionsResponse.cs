using System.Text.Json.Serialization;
using Invoke.Api.Contracts.Auth;

namespace Invoke.Api.Controllers.Admin;

public sealed record SessionsResponse([property: JsonPropertyName("sessions")] IReadOnlyList<SessionResponse> Sessions);
