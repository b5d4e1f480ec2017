using System.Text.Json;

namespace Invoke.Api.IntegrationTests.ExecutionLogs;

public static class ShapeAssert
{
    /// <summary>
    /// Asserts that <paramref name="actual"/> has the recorded body's shape all the way down: every object starts with
    /// the original's members in the same order and with the same JSON kinds (Invoke may only append members), and
    /// arrays' first elements have the same shape. Values may differ.
    /// </summary>
    public static void SameShape(JsonElement original, JsonElement actual, string path = "$")
    {
        Assert.True(Kind(original) == Kind(actual), $"{path}: expected {original.ValueKind}, got {actual.ValueKind}");
        switch (original.ValueKind)
        {
            case JsonValueKind.Object:
                var originalMembers = original.EnumerateObject().ToArray();
                var actualMembers = actual.EnumerateObject().Take(originalMembers.Length).ToArray();
                Assert.Equal(originalMembers.Select(m => $"{path}.{m.Name}"), actualMembers.Select(m => $"{path}.{m.Name}"));
                foreach (var (expected, got) in originalMembers.Zip(actualMembers))
                {
                    SameShape(expected.Value, got.Value, $"{path}.{expected.Name}");
                }

                break;
            case JsonValueKind.Array when original.GetArrayLength() > 0:
                Assert.True(actual.GetArrayLength() > 0, $"{path}: expected a non-empty array");
                SameShape(original[0], actual[0], $"{path}[0]");
                break;
        }
    }

    private static JsonValueKind Kind(JsonElement element) =>
        element.ValueKind == JsonValueKind.False ? JsonValueKind.True : element.ValueKind;
}
