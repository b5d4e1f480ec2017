namespace Invoke.Application.Common.Models;

public sealed record InitialAdminCredentials(string Username, string Email, string Password)
{
    // A record prints every member; keep the password out of logs that format this value.
    public override string ToString() => $"{Username} <{Email}>";
}
