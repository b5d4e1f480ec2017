using System.Net.Http.Headers;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Support;

/// <summary>Credentials on an <see cref="HttpClient"/>, the way the admin UI (JWT) and the CLI (API key) send them.</summary>
public static class AuthenticatedClients
{
    public static HttpClient CreateClientFor(this InvokeApiFactory factory, TestUser user) => factory.CreateClient().WithJwt(user);

    public static HttpClient WithJwt(this HttpClient client, TestUser user) => client.WithBearer(user.Token);

    public static HttpClient WithBearer(this HttpClient client, string credential)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return client;
    }

    public static HttpClient WithApiKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Remove("x-api-key");
        client.DefaultRequestHeaders.Add("x-api-key", key);
        return client;
    }
}
