using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.CrossProject;

/// <summary>
/// The identity endpoints that list projects filter them to the caller's memberships: another project never shows,
/// whichever credential the caller uses.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IdentityEndpointsMatrixTests(InvokeApiFactory factory) : IAsyncLifetime
{
    private CrossProjectWorld _world = null!;

    public async Task InitializeAsync() => _world = await CrossProjectWorld.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/api/my-projects")]
    [InlineData("/api/auth/me")]
    public async Task ProjectListing_WithAnotherProjectsOwnersToken_ShouldNotShowProjectA(string path)
    {
        var caller = factory.CreateClientFor(_world.Outsider);

        await CrossProjectAssert.HidesProjectAAsync(caller, _world, path);
    }

    [Fact]
    public async Task Me_WithAnotherProjectsOwnersApiKey_ShouldNotShowProjectA()
    {
        var key = await factory.CreateApiKeyAsync(_world.Outsider);
        var caller = factory.CreateClient().WithApiKey(key);

        await CrossProjectAssert.HidesProjectAAsync(caller, _world, "/api/auth/me");
    }
}
