namespace Invoke.Application.Common.Interfaces;

/// <summary>Stand-in for the identity branch's contract (wave 2); replaced by its version on merge.</summary>
public interface ICurrentUser
{
    int UserId { get; }

    bool IsAuthenticated { get; }

    bool IsAdmin { get; }

    string Username { get; }

    bool ViaApiKey { get; }
}
