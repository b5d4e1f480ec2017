namespace Invoke.Application.Auth.Queries.GetAuthenticatedUser;

public sealed record AuthenticatedUserDto(int Id, string Username, string Email, bool IsAdmin);
