using System.Text.Json;

namespace Invoke.Api.IntegrationTests.Infrastructure;

public static class JsonShape
{
    public static async Task<JsonElement> ReadBodyAsync(HttpResponseMessage response, int maxDepth = 64)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(), new JsonDocumentOptions { MaxDepth = maxDepth });
        return document.RootElement.Clone();
    }

    public static string[] PropertyNames(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>
    /// Asserts that <paramref name="actual"/> starts with every member of the original's body, in the same order and
    /// with the same JSON kinds; Invoke may only add members after them.
    /// </summary>
    public static void AssertExtends(JsonElement original, JsonElement actual)
    {
        var originalMembers = original.EnumerateObject().ToArray();
        var actualMembers = actual.EnumerateObject().Take(originalMembers.Length).ToArray();

        Assert.Equal(originalMembers.Select(m => m.Name), actualMembers.Select(m => m.Name));
        Assert.Equal(originalMembers.Select(m => m.Value.ValueKind), actualMembers.Select(m => m.Value.ValueKind));
    }

    public const string IsoTimestampPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";
}
