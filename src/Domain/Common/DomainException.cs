namespace Invoke.Domain.Common;

/// <summary>
/// A broken business rule. The message is written for the API client and is safe to show.
/// </summary>
public abstract class DomainException(string message) : Exception(message);
