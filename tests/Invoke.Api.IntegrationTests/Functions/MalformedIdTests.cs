using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;

namespace Invoke.Api.IntegrationTests.Functions;

[Collection(FunctionsCollection.Name)]
public sealed class MalformedIdTests(InvokeApiFactory factory)
{
    public static TheoryData<string, string, string?> Requests => new()
    {
        { "GET", "/api/functions/{id}", null },
        { "PATCH", "/api/functions/{id}", """{"is_active":true}""" },
        { "PUT", "/api/functions/{id}", """{"is_active":true}""" },
        { "DELETE", "/api/functions/{id}", null },
        { "POST", "/api/functions/{id}/regenerate-key", null },
        { "GET", "/api/functions/{id}/environment-variables", null },
        { "PUT", "/api/functions/{id}/environment-variables", """{"variables":[]}""" },
        { "POST", "/api/functions/{id}/environment-variables", """{"variable_name":"A","variable_value":"1"}""" },
        { "DELETE", "/api/functions/{id}/environment-variables?variable_name=A", null },
        { "DELETE", "/api/functions/{id}/environment-variables/A", null },
        { "GET", "/api/functions/{id}/retention", null },
        { "PUT", "/api/functions/{id}/retention", """{"retention_enabled":false}""" },
        { "GET", "/api/functions/{id}/schedule", null },
        { "PUT", "/api/functions/{id}/schedule", """{"schedule_enabled":false}""" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Route_WhenTheFunctionIdIsNotAUuid_ShouldAnswer400NamingItAndChangeNothing(
        string method, string path, string? body)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(admin)
            .SendJsonAsync(new HttpMethod(method), path.Replace("{id}", "1%20OR%201=1"), body);

        await response.AssertNamesFieldAsync("id");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }
}
