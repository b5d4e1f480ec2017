using System.Net.Http.Json;

namespace Invoke.Api.IntegrationTests.Auth;

/// <summary>
/// Login requests from a client address of the test's choosing. Each call without an address gets a fresh one, so
/// the per-address lockout of one test never reaches another.
/// </summary>
public static class Logins
{
    private static int _addresses;

    public static string NewAddress() => $"2001:db8::{Interlocked.Increment(ref _addresses):x}";

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, object? body, string? address = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = body is null ? null : JsonContent.Create(body),
        };
        return client.SendAsync(IdentityApiFactory.FromAddress(request, address ?? NewAddress()));
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string username, string password, string? address = null) =>
        PostAsync(client, new { username, password }, address);
}
