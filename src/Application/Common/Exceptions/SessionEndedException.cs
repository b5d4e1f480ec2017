namespace Invoke.Application.Common.Exceptions;

/// <summary>
/// 401: the session the client presented is over (revoked, expired, unknown or no longer allowed), so the client
/// should drop what it holds of it; the API also clears its session cookies.
/// </summary>
public sealed class SessionEndedException(string message) : Exception(message);
