using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Admin;

/// <summary>Requests as the admin UI sends them: JSON bodies, also on DELETE.</summary>
public static class AdminHttp
{
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object body) =>
        client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });

    /// <summary>Sends <paramref name="json"/> as it is, for malformed bodies.</summary>
    public static Task<HttpResponseMessage> SendRawJsonAsync(this HttpClient client, HttpMethod method, string path, string json) =>
        client.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    public static async Task<JsonElement> ReadSuccessAsync(this HttpResponseMessage response, int expectedStatus = 200)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == (int)response.StatusCode, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Asserts an error answer: the status, <c>error</c> and <c>message</c> both equal to <paramref name="message"/>,
    /// and, when given, <paramref name="field"/> among the <c>errors</c>.
    /// </summary>
    public static async Task<JsonElement> AssertErrorAsync(
        this HttpResponseMessage response, int status, string? message = null, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(body.GetProperty("message").GetString(), body.GetProperty("error").GetString());
        if (message is not null)
        {
            Assert.Equal(message, body.GetProperty("error").GetString());
        }

        if (field is not null)
        {
            Assert.True(
                body.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"Expected the field '{field}' to be named: {text}");
        }

        return body;
    }
}
