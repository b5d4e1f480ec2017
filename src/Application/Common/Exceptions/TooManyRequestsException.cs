namespace Invoke.Application.Common.Exceptions;

/// <summary>429 with <c>Retry-After</c>, e.g. a login locked after too many failures.</summary>
public sealed class TooManyRequestsException(string message, int retryAfterSeconds) : Exception(message)
{
    public int RetryAfterSeconds { get; } = retryAfterSeconds;
}
