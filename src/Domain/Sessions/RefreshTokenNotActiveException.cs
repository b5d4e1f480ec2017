using Invoke.Domain.Common;

namespace Invoke.Domain.Sessions;

/// <summary>Only the active token of a session can be rotated.</summary>
public sealed class RefreshTokenNotActiveException() : DomainException("Invalid or expired refresh token");
