using System.Text;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.CrossProject;

/// <summary>
/// The cross-project matrix: whatever endpoint takes a project, or an object of a project, a caller who is not
/// allowed there is refused and the database stays exactly as it was.
/// </summary>
public static class CrossProjectAssert
{
    private static readonly int[] RefusalStatuses = [403, 404];

    /// <summary>
    /// Sends the request (path and JSON body resolved against <paramref name="world"/>) and asserts a 403 or 404 error
    /// body (with <paramref name="expectedMessage"/> when given) and an unchanged database.
    /// </summary>
    public static async Task DeniedAsync(
        InvokeApiFactory factory,
        HttpClient caller,
        CrossProjectWorld world,
        HttpMethod method,
        string path,
        string? jsonBody = null,
        string? expectedMessage = null,
        int[]? allowedStatuses = null)
    {
        var before = await DatabaseSnapshot.TakeAsync(factory.ConnectionString);
        using var request = new HttpRequestMessage(method, world.Resolve(path));
        if (jsonBody is not null)
        {
            request.Content = new StringContent(world.Resolve(jsonBody), Encoding.UTF8, "application/json");
        }

        using var response = await caller.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        var statuses = allowedStatuses ?? RefusalStatuses;
        Assert.True(
            statuses.Contains((int)response.StatusCode),
            $"{method} {request.RequestUri} answered {(int)response.StatusCode}, expected one of {string.Join(", ", statuses)}: {text}");
        var body = await JsonShape.ReadBodyAsync(response);
        Assert.False(body.GetProperty("success").GetBoolean());
        if (expectedMessage is not null)
        {
            Assert.Equal(expectedMessage, body.GetProperty("message").GetString());
            Assert.Equal(expectedMessage, body.GetProperty("error").GetString());
        }

        before.AssertUnchangedIn(await DatabaseSnapshot.TakeAsync(factory.ConnectionString));
    }

    /// <summary>
    /// For list endpoints that filter rather than refuse: the answer is a success, mentions nothing of project A
    /// (neither its id, nor its name, nor its slug), and does mention the caller's own project B, so that an empty
    /// answer cannot pass for a filtered one.
    /// </summary>
    public static async Task HidesProjectAAsync(HttpClient caller, CrossProjectWorld world, string path)
    {
        using var response = await caller.GetAsync(world.Resolve(path));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {text}");
        Assert.DoesNotContain(world.ProjectA.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(world.ProjectA.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.ProjectA.Slug, text, StringComparison.Ordinal);
        Assert.Contains(world.ProjectB.Id.ToString(), text, StringComparison.OrdinalIgnoreCase);
    }
}
