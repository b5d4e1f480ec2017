namespace Invoke.Infrastructure.UnitTests.Caching;

/// <summary>A second stand-in query type.</summary>
internal sealed record SettingsQuery;
