using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.ApiKeys.Queries.GetApiKeyOwner;
using Invoke.Application.Auth.Queries.GetAuthenticatedUser;
using Invoke.Application.Auth.Queries.GetUserProjects;
using Invoke.Application.Common.Security;

namespace Invoke.Api.IntegrationTests.Caching;

/// <summary>The per-request identity lookups are cached on every instance and follow changes made anywhere.</summary>
public sealed class IdentityCacheTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Me_AfterTheEmailIsChangedThroughHostA_ShouldShowTheNewEmailOnHostBWithin200Ms()
    {
        var user = await hosts.A.CreateUserAsync();
        var onA = hosts.A.CreateClientFor(user);
        var onB = hosts.B.CreateClientFor(user);
        await WarmAsync(onB, nameof(GetAuthenticatedUserQuery));
        var email = $"new-{Guid.NewGuid():N}@example.test";

        var changed = await onA.PutAsJsonAsync("/api/auth/change-email", new { email });
        var stopwatch = Stopwatch.StartNew();
        var seen = await EmailOnAsync(onB);
        while (seen != email && stopwatch.Elapsed < TimeSpan.FromSeconds(5))
        {
            seen = await EmailOnAsync(onB);
        }

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(email, seen);
        Assert.True(stopwatch.Elapsed < Deadline, $"Host B showed the new email after {stopwatch.Elapsed.TotalMilliseconds:F1} ms.");
    }

    [Fact]
    public async Task Me_WhenTheUserIsDeletedWithPlainSql_ShouldBeRefusedOnHostBWithin200Ms()
    {
        var user = await hosts.A.CreateUserAsync();
        var onB = hosts.B.CreateClientFor(user);
        await WarmAsync(onB, nameof(GetAuthenticatedUserQuery));

        await Database.ExecuteAsync(hosts.ConnectionString, $"DELETE FROM users WHERE id = {user.Id}");
        var stopwatch = Stopwatch.StartNew();
        var status = (await onB.GetAsync("/api/auth/me")).StatusCode;
        while (status == HttpStatusCode.OK && stopwatch.Elapsed < TimeSpan.FromSeconds(5))
        {
            status = (await onB.GetAsync("/api/auth/me")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(stopwatch.Elapsed < Deadline, $"Host B refused the deleted user after {stopwatch.Elapsed.TotalMilliseconds:F1} ms.");
    }

    [Fact]
    public async Task ApiKey_WhenRevokedThroughHostA_ShouldBeRefusedOnHostBWithin200Ms()
    {
        var user = await hosts.A.CreateUserAsync();
        var key = await hosts.A.CreateApiKeyAsync(user);
        var onB = hosts.B.CreateClient().WithApiKey(key);
        await WarmAsync(onB, nameof(GetApiKeyOwnerQuery));
        var keyId = await Database.ScalarAsync<int>(hosts.ConnectionString, $"SELECT id FROM api_keys WHERE created_by = {user.Id}");

        var revoked = await hosts.A.CreateClientFor(user).DeleteAsync($"/api/auth/api-keys/{keyId}");
        var stopwatch = Stopwatch.StartNew();
        var status = (await onB.GetAsync("/api/auth/me")).StatusCode;
        while (status == HttpStatusCode.OK && stopwatch.Elapsed < TimeSpan.FromSeconds(5))
        {
            status = (await onB.GetAsync("/api/auth/me")).StatusCode;
        }

        Assert.True(revoked.IsSuccessStatusCode, $"Revoking answered {revoked.StatusCode}.");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(stopwatch.Elapsed < Deadline, $"Host B refused the revoked key after {stopwatch.Elapsed.TotalMilliseconds:F1} ms.");
    }

    [Fact]
    public async Task ApiKey_UnknownOnHostBThenCreated_ShouldBeAcceptedOnHostB()
    {
        var user = await hosts.A.CreateUserAsync();
        var key = ApiKeySecret.Generate();
        var onB = hosts.B.CreateClient().WithApiKey(key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onB.GetAsync("/api/auth/me")).StatusCode);

        await Database.ExecuteAsync(hosts.ConnectionString, $"INSERT INTO api_keys (key_hash, name, created_by) VALUES ('{ApiKeySecret.Hash(key)}', 'late', {user.Id})");
        await hosts.B.SettleCacheAsync();

        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Me_WhenAMembershipIsAddedWithPlainSql_ShouldListTheProjectOnHostB()
    {
        var user = await hosts.A.CreateUserAsync();
        var project = await hosts.A.CreateProjectAsync();
        var onB = hosts.B.CreateClientFor(user);
        await WarmAsync(onB, nameof(GetUserProjectsQuery));

        await Database.ExecuteAsync(hosts.ConnectionString, $"INSERT INTO project_memberships (project_id, user_id, role) VALUES ('{project.Id}', {user.Id}, 'developer')");
        await hosts.B.SettleCacheAsync();
        var projects = (await MeAsync(onB)).GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetGuid());

        Assert.Contains(project.Id, projects);
    }

    /// <summary>Calls <c>/api/auth/me</c> on B until B answers it with <paramref name="queryName"/> from its cache.</summary>
    private async Task WarmAsync(HttpClient onB, string queryName)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var hits = hosts.B.CountersOf(queryName).Hits;
            Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/auth/me")).StatusCode);
            if (hosts.B.CountersOf(queryName).Hits > hits)
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"Host B never served {queryName} from its cache.");
    }

    private static async Task<JsonElement> MeAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("data");

    private static async Task<string> EmailOnAsync(HttpClient client) => (await MeAsync(client)).GetProperty("email").GetString()!;
}
