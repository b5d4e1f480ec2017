namespace Invoke.Application.Common.Exceptions;

/// <summary>409: the request collides with existing state (a taken name, slug or domain).</summary>
public sealed class ConflictException(string message) : Exception(message);
