using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Functions;

public static class JsonRequests
{
    /// <summary>Sends <paramref name="json"/> exactly as written, so tests can send what a typed client never would.</summary>
    public static async Task<HttpResponseMessage> SendJsonAsync(
        this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return await client.SendAsync(request);
    }

    /// <summary>Asserts the status and the error envelope's message, and returns the body.</summary>
    public static async Task<JsonElement> AssertErrorAsync(this HttpResponseMessage response, int status, string? message = null)
    {
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.True(status == (int)response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal(status, body.GetProperty("statusCode").GetInt32());
        if (message is not null)
        {
            Assert.Equal(message, body.GetProperty("message").GetString());
        }

        return body;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task AssertNamesFieldAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.AssertErrorAsync(400);
        Assert.True(
            body.GetProperty("errors").TryGetProperty(field, out _),
            $"Expected the errors to name '{field}': {body}");
    }

    /// <summary>Asserts a 2xx status and returns the body.</summary>
    public static async Task<JsonElement> AssertSuccessAsync(this HttpResponseMessage response, int status = 200)
    {
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.True(status == (int)response.StatusCode, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.True(body.GetProperty("success").GetBoolean());
        return body;
    }
}
