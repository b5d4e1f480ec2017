using System.Net.Http.Json;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Runtime.Queries.GetExecutionLimits;

namespace Invoke.Api.IntegrationTests.Functions;

/// <summary>
/// Per-function execution limits through PATCH, checked against the seeded execution settings (60 s and 1024 MB at
/// most), and the effective limits the runtime reads.
/// </summary>
[Collection(FunctionsCollection.Name)]
public sealed class FunctionLimitsTests(InvokeApiFactory factory)
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public async Task Patch_WithCustomLimits_ShouldStoreThemAndShowThemInTheRowDetailsAndList()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.PatchAsJsonAsync($"/api/functions/{functionId}", new
        {
            custom_timeout_enabled = true, custom_timeout_seconds = 45, custom_memory_enabled = true, custom_memory_mb = 512,
        });

        var row = (await response.AssertSuccessAsync()).GetProperty("data");
        var details = (await (await client.GetAsync($"/api/functions/{functionId}")).AssertSuccessAsync()).GetProperty("data");
        var listed = (await (await client.GetAsync("/api/functions")).AssertSuccessAsync()).GetProperty("data")
            .EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == functionId);
        Assert.All([row, details, listed], function => Assert.Equal(
            (true, 45, true, 512),
            (function.GetProperty("custom_timeout_enabled").GetBoolean(), function.GetProperty("custom_timeout_seconds").GetInt32(),
                function.GetProperty("custom_memory_enabled").GetBoolean(), function.GetProperty("custom_memory_mb").GetInt32())));
        var stored = (await factory.FindFunctionAsync(functionId))!;
        Assert.Equal((true, (int?)45, true, (int?)512), (stored.CustomTimeoutEnabled, stored.CustomTimeoutSeconds, stored.CustomMemoryEnabled, stored.CustomMemoryMb));
    }

    [Fact]
    public async Task Patch_DisablingALimit_ShouldKeepItsValueAndLeaveTheOtherAsItIs()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await client.PatchAsJsonAsync($"/api/functions/{functionId}", new
        {
            custom_timeout_enabled = true, custom_timeout_seconds = 45, custom_memory_enabled = true, custom_memory_mb = 512,
        });

        var response = await client.PatchAsJsonAsync($"/api/functions/{functionId}", new { custom_timeout_enabled = false });

        await response.AssertSuccessAsync();
        var stored = (await factory.FindFunctionAsync(functionId))!;
        Assert.Equal((false, (int?)45, true, (int?)512), (stored.CustomTimeoutEnabled, stored.CustomTimeoutSeconds, stored.CustomMemoryEnabled, stored.CustomMemoryMb));
    }

    [Theory]
    [InlineData("""{"custom_timeout_seconds":0}""", "custom_timeout_seconds")]
    [InlineData("""{"custom_timeout_seconds":-30}""", "custom_timeout_seconds")]
    [InlineData("""{"custom_timeout_seconds":61}""", "custom_timeout_seconds")]
    [InlineData("""{"custom_timeout_seconds":"thirty"}""", "custom_timeout_seconds")]
    [InlineData("""{"custom_timeout_seconds":1.5}""", "custom_timeout_seconds")]
    [InlineData("""{"custom_timeout_enabled":true}""", "custom_timeout_seconds")]
    [InlineData("""{"custom_timeout_enabled":"yes"}""", "custom_timeout_enabled")]
    [InlineData("""{"custom_memory_mb":0}""", "custom_memory_mb")]
    [InlineData("""{"custom_memory_mb":1025}""", "custom_memory_mb")]
    [InlineData("""{"custom_memory_mb":99999999999}""", "custom_memory_mb")]
    [InlineData("""{"custom_memory_enabled":true,"custom_memory_mb":null}""", "custom_memory_mb")]
    [InlineData("""{"custom_memory_enabled":1}""", "custom_memory_enabled")]
    public async Task Patch_WithAnInvalidLimit_ShouldAnswer400NamingItAndChangeNothing(string json, string field)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/functions/{functionId}", json);

        await response.AssertNamesFieldAsync(field);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Patch_AboveTheMaximum_ShouldSayWhatTheMaximumIs()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.PatchAsJsonAsync($"/api/functions/{functionId}", new { custom_timeout_seconds = 61 });

        await response.AssertErrorAsync(400, "custom_timeout_seconds must be at most 60, the platform's maximum");
    }

    [Fact]
    public async Task ExecutionLimits_ShouldBeTheDefaultsUntilTheFunctionsOwnAreEnabled()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        var before = await factory.SendAsync(new GetExecutionLimitsQuery(functionId));

        await (await client.PatchAsJsonAsync($"/api/functions/{functionId}", new
        {
            custom_timeout_enabled = true, custom_timeout_seconds = 45, custom_memory_enabled = false, custom_memory_mb = 512,
        })).AssertSuccessAsync();

        Assert.Equal(new ExecutionLimitsDto(TimeSpan.FromSeconds(30), 256 * Megabyte), before);
        Assert.Equal(new ExecutionLimitsDto(TimeSpan.FromSeconds(45), 256 * Megabyte), await factory.SendAsync(new GetExecutionLimitsQuery(functionId)));
    }

    [Fact]
    public async Task ExecutionLimits_ForAnUnknownFunction_ShouldBeTheDefaults()
    {
        var limits = await factory.SendAsync(new GetExecutionLimitsQuery(Guid.NewGuid()));

        Assert.Equal(new ExecutionLimitsDto(TimeSpan.FromSeconds(30), 256 * Megabyte), limits);
    }
}
