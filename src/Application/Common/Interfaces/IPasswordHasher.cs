namespace Invoke.Application.Common.Interfaces;

/// <summary>bcrypt, compatible with the original's hashes (<c>$2a$</c>/<c>$2b$</c> of any cost).</summary>
public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>False for a wrong password and for a stored hash that is not a bcrypt hash.</summary>
    bool Verify(string password, string hash);

    /// <summary>
    /// Spends the time of one <see cref="Verify"/>, so that answering "no such user" takes as long as answering
    /// "wrong password" and response times do not reveal which usernames exist.
    /// </summary>
    void VerifyNothing(string password);
}
