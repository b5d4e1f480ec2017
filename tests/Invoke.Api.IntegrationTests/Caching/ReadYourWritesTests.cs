using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Common.Caching;
using Invoke.Application.Functions.Queries.GetFunctionList;
using Invoke.Application.Settings.Queries.GetGlobalSettings;
using Microsoft.Extensions.DependencyInjection;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>
/// A client's next request on the same instance sees its own write, although that instance's cache hears of the write
/// <see cref="SlowListenerApiFactory.Delay"/> after the commit (docs/adr/0022).
/// </summary>
public sealed class ReadYourWritesTests(SlowListenerApiFactory api) : IClassFixture<SlowListenerApiFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => api.WaitUntilCacheServesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Me_RightAfterChangingTheEmail_ShouldShowTheNewEmail()
    {
        var client = api.CreateClientFor(await api.CreateUserAsync());
        await WarmAsync(nameof(GetAuthenticatedUserQuery), () => client.GetAsync("/api/auth/me"));
        var email = $"new-{Guid.NewGuid():N}@example.test";

        var changed = await client.PutAsJsonAsync("/api/auth/change-email", new { email });
        var me = await DataAsync(client, "/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(email, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task GlobalSettings_RightAfterAnUpdate_ShouldShowTheNewValue()
    {
        var client = api.CreateClientFor(await api.CreateUserAsync(isAdmin: true));
        await WarmAsync(nameof(GetGlobalSettingsQuery), () => client.GetAsync("/api/admin/global-settings"));
        var domain = $"https://{Guid.NewGuid():N}.example.test";

        var updated = await client.PutAsJsonAsync("/api/admin/global-settings", new { api_gateway_domain = domain });
        var settings = await DataAsync(client, "/api/admin/global-settings");

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(domain, settings.GetProperty("api_gateway_domain").GetProperty("value").GetString());
    }

    [Fact]
    public async Task FunctionList_RightAfterCreatingAFunction_ShouldListIt()
    {
        var user = await api.CreateUserAsync();
        var project = await api.CreateProjectAsync(owner: user);
        var client = api.CreateClientFor(user);
        await WarmAsync(nameof(GetFunctionListQuery), () => client.GetAsync("/api/functions"));
        var name = IdentityData.UniqueName("fn");

        var created = await client.PostAsJsonAsync("/api/functions", new { name, project_id = project.Id });
        var functions = await DataAsync(client, "/api/functions");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(functions.EnumerateArray(), function => function.GetProperty("name").GetString() == name);
    }

    /// <summary>Reads until the read is answered from the cache, so that a stale entry would be there to serve.</summary>
    private async Task WarmAsync(string queryName, Func<Task<HttpResponseMessage>> read)
    {
        var statistics = api.Services.GetRequiredService<ICacheStatistics>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var hits = HitsOf(statistics, queryName);
            Assert.Equal(HttpStatusCode.OK, (await read()).StatusCode);
            if (HitsOf(statistics, queryName) > hits)
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"{queryName} was never served from the cache.");
    }

    private static long HitsOf(ICacheStatistics statistics, string queryName) =>
        statistics.Capture().Queries.GetValueOrDefault(queryName)?.Hits ?? 0;

    private static async Task<JsonElement> DataAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("data");
}
