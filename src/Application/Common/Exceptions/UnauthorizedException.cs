namespace Invoke.Application.Common.Exceptions;

/// <summary>401: no usable credentials, e.g. <c>Invalid token</c>.</summary>
public sealed class UnauthorizedException(string message = "Authentication required") : Exception(message);
