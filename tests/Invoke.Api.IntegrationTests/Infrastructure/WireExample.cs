using System.Text.Json;

namespace Invoke.Api.IntegrationTests.Infrastructure;

/// <summary>A request/response pair recorded from the original platform (files in WireExamples/).</summary>
public sealed record WireExample(int Status, JsonElement Body)
{
    public static WireExample Load(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WireExamples", fileName)));
        var response = document.RootElement.GetProperty("response");
        return new WireExample(response.GetProperty("status").GetInt32(), response.GetProperty("body").Clone());
    }
}
