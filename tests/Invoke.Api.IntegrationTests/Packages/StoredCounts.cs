namespace Invoke.Api.IntegrationTests.Packages;

/// <summary>Row counts compared before and after a refused request: it must leave nothing behind.</summary>
public sealed record StoredCounts(int Functions, int Versions, int Packages);
