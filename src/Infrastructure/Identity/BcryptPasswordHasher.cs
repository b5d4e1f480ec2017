using BCrypt.Net;
using Invoke.Application.Common.Interfaces;

namespace Invoke.Infrastructure.Identity;

/// <summary>
/// New hashes are <c>$2b$</c> with cost 12 (the original uses 10 for some paths and 12 for others); any cost and
/// both <c>$2a$</c> and <c>$2b$</c> verify, so the original's users keep their passwords.
/// </summary>
internal sealed class BcryptPasswordHasher : IPasswordHasher
{
    public const int WorkFactor = 12;

    // A hash of a random password at the same cost, verified when there is no user, to spend the same time.
    private static readonly string DecoyHash = BCrypt.Net.BCrypt.HashPassword(
        Guid.NewGuid().ToString(), BCrypt.Net.BCrypt.GenerateSalt(WorkFactor, 'b'));

    public string Hash(string password) =>
        BCrypt.Net.BCrypt.HashPassword(password, BCrypt.Net.BCrypt.GenerateSalt(WorkFactor, 'b'));

    public bool Verify(string password, string hash)
    {
        try
        {
            return BCrypt.Net.BCrypt.Verify(password, hash);
        }
        catch (Exception exception) when (exception is SaltParseException or ArgumentException)
        {
            // A stored value that is not a bcrypt hash (BCrypt.Net reports some as argument errors) matches nothing.
            return false;
        }
    }

    public void VerifyNothing(string password) => BCrypt.Net.BCrypt.Verify(password, DecoyHash);
}
