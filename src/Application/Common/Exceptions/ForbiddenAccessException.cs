namespace Invoke.Application.Common.Exceptions;

/// <summary>403: authenticated, but not allowed, e.g. <c>Access denied to this project</c>.</summary>
public sealed class ForbiddenAccessException(string message = "Access denied") : Exception(message);
