namespace Invoke.Application.Common.Exceptions;

/// <summary>502: a service Invoke depends on failed, e.g. <c>Verification service error</c>.</summary>
public sealed class UpstreamServiceException(string message, Exception? innerException = null)
    : Exception(message, innerException);
