namespace Invoke.Infrastructure.UnitTests.Caching.Elsewhere;

/// <summary>A query type with the same short name as <see cref="Caching.UserQuery"/>, in another namespace.</summary>
internal sealed record UserQuery;
