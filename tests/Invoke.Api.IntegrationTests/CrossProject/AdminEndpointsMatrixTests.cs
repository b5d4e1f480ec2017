using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.CrossProject;

/// <summary>
/// Every admin endpoint, called by users who are not administrators (the owner of another project, and the owner
/// and a developer of the very project the request is about): 403 <c>Admin access required</c>, nothing changed.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AdminEndpointsMatrixTests(InvokeApiFactory factory) : IAsyncLifetime
{
    private const string AdminAccessRequired = "Admin access required";

    private CrossProjectWorld _world = null!;

    public static TheoryData<string, string, string?> AdminRequests => new()
    {
        { "GET", "/api/admin/users", null },
        { "POST", "/api/admin/users", """{"username":"intruder","email":"intruder@example.test","password":"Correct-Horse-Battery-9","is_admin":true}""" },
        { "PUT", "/api/admin/users", """{"id":{outsider},"is_admin":true}""" },
        { "PUT", "/api/admin/users", """{"id":{ownerA},"password":"Correct-Horse-Battery-9"}""" },
        { "DELETE", "/api/admin/users", """{"id":{ownerA}}""" },
        { "DELETE", "/api/admin/users/{developerA}", null },
        { "GET", "/api/admin/projects", null },
        { "POST", "/api/admin/projects", """{"name":"intruder project"}""" },
        { "PUT", "/api/admin/projects", """{"id":"{projectA}","name":"taken over","kv_storage_limit_bytes":1}""" },
        { "DELETE", "/api/admin/projects", """{"id":"{projectA}"}""" },
        { "DELETE", "/api/admin/projects/{projectA}", null },
        { "GET", "/api/admin/project-members?projectId={projectA}", null },
        { "POST", "/api/admin/project-members", """{"projectId":"{projectA}","userId":{outsider},"role":"owner"}""" },
        { "PUT", "/api/admin/project-members", """{"membershipId":{ownerMembershipA},"role":"developer"}""" },
        { "DELETE", "/api/admin/project-members", """{"membershipId":{ownerMembershipA}}""" },
        { "DELETE", "/api/admin/project-members/{ownerMembershipA}", null },
    };

    public async Task InitializeAsync() => _world = await CrossProjectWorld.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(AdminRequests))]
    public async Task AdminEndpoint_WhenCalledByAnotherProjectsOwner_ShouldAnswer403AndChangeNothing(
        string method, string path, string? body)
    {
        var caller = factory.CreateClientFor(_world.Outsider);

        await CrossProjectAssert.DeniedAsync(
            factory, caller, _world, new HttpMethod(method), path, body, AdminAccessRequired, [403]);
    }

    [Theory]
    [MemberData(nameof(AdminRequests))]
    public async Task AdminEndpoint_WhenCalledByTheProjectsOwnOwner_ShouldAnswer403AndChangeNothing(
        string method, string path, string? body)
    {
        var caller = factory.CreateClientFor(_world.OwnerA);

        await CrossProjectAssert.DeniedAsync(
            factory, caller, _world, new HttpMethod(method), path, body, AdminAccessRequired, [403]);
    }

    [Theory]
    [MemberData(nameof(AdminRequests))]
    public async Task AdminEndpoint_WhenCalledByTheProjectsDeveloper_ShouldAnswer403AndChangeNothing(
        string method, string path, string? body)
    {
        var caller = factory.CreateClientFor(_world.DeveloperA);

        await CrossProjectAssert.DeniedAsync(
            factory, caller, _world, new HttpMethod(method), path, body, AdminAccessRequired, [403]);
    }
}
