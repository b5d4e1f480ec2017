namespace Invoke.Api.IntegrationTests.Packages;

/// <param name="VersionIds">The ids of versions 1, 2, ... in order.</param>
public sealed record SeededFunction(Guid Id, string Name, IReadOnlyList<Guid> VersionIds);
