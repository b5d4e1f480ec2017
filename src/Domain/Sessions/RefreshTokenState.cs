namespace Invoke.Domain.Sessions;

public enum RefreshTokenState
{
    /// <summary>The session's current token: it can be rotated.</summary>
    Active,

    /// <summary>Past its expiry and never rotated.</summary>
    Expired,

    /// <summary>Replaced by a successor; presenting it again is reuse.</summary>
    Rotated,

    /// <summary>Its session was ended.</summary>
    Revoked,
}
