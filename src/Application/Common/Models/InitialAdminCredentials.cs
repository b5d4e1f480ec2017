namespace Invoke.Application.Common.Models;

/// <summary>The first administrator's login, shown once when it is created.</summary>
public sealed record InitialAdminCredentials(string Username, string Email, string Password);
