namespace Invoke.Application.Common.Exceptions;

/// <summary>The request collides with existing data (a duplicate name, path, domain, ...).</summary>
public sealed class ConflictException(string message) : Exception(message);
