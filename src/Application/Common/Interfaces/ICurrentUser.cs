namespace Invoke.Application.Common.Interfaces;

/// <summary>
/// Placeholder of the identity branch's contract (docs: /work/notes/wave2.md), replaced by its file at the merge.
/// </summary>
public interface ICurrentUser
{
    int UserId { get; }

    bool IsAuthenticated { get; }

    bool IsAdmin { get; }

    string Username { get; }

    bool ViaApiKey { get; }
}
