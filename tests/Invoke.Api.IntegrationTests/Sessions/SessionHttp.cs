using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Auth;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace Invoke.Api.IntegrationTests.Sessions;

/// <summary>Clients as a browser (cookie jar, same-origin <c>Origin</c>) and as a script (tokens in bodies) use sessions.</summary>
public static class SessionHttp
{
    /// <summary>The origin of the test server, as a browser on the admin UI sends it.</summary>
    public const string OwnOrigin = "http://localhost";

    /// <summary>A client that keeps cookies and sends this origin, as a browser on the admin UI does.</summary>
    public static HttpClient CreateBrowser(this InvokeApiFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", OwnOrigin);
        return client;
    }

    /// <summary>A client without a cookie jar, whose Set-Cookie headers the test reads itself.</summary>
    public static HttpClient CreateCookielessClient(this InvokeApiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    public static async Task<JsonElement> SignInAsync(this HttpClient client, TestUser user, bool refreshTokenInBody = false)
    {
        var response = await Logins.PostAsync(
            client, new { username = user.Username, password = user.Password, refreshTokenInBody });
        return await DataAsync(response);
    }

    public static Task<HttpResponseMessage> RefreshAsync(this HttpClient client, string? refreshToken = null) =>
        client.PostAsync("/api/auth/refresh", refreshToken is null ? null : JsonContent.Create(new { refreshToken }));

    public static Task<HttpResponseMessage> LogoutAsync(this HttpClient client, string? refreshToken = null) =>
        client.PostAsync("/api/auth/logout", refreshToken is null ? null : JsonContent.Create(new { refreshToken }));

    /// <summary>The <c>data</c> of a 200 answer.</summary>
    public static async Task<JsonElement> DataAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {text}");
        return (await JsonShape.ReadBodyAsync(response)).GetProperty("data");
    }

    public static string Text(this JsonElement data, string property) => data.GetProperty(property).GetString()!;

    /// <summary>The cookies an answer sets, by name.</summary>
    public static Dictionary<string, SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values)
            ? SetCookieHeaderValue.ParseList(values.ToList()).ToDictionary(c => c.Name.ToString())
            : [];

    /// <summary>A request carrying session cookies by hand, as a browser would send them.</summary>
    public static HttpRequestMessage WithCookies(this HttpRequestMessage request, string? origin, params (string Name, string Value)[] cookies)
    {
        request.Headers.Add(HeaderNames.Cookie, string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        if (origin is not null)
        {
            request.Headers.Add(HeaderNames.Origin, origin);
        }

        return request;
    }
}
