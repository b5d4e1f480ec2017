namespace Invoke.Api.IntegrationTests.Support;

/// <summary>A user created directly in the database, with its plain password and a valid session token.</summary>
public sealed record TestUser(int Id, string Username, string Email, string Password, bool IsAdmin, string Token);
