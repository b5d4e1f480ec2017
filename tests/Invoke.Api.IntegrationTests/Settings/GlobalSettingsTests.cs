using System.Net.Http.Json;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Runtime.Queries.GetExecutionLimits;
using Invoke.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Settings;

/// <summary>These tests change shared settings; each puts back what it changed (the collection runs them one at a time).</summary>
[Collection(FunctionsCollection.Name)]
public sealed class GlobalSettingsTests(InvokeApiFactory factory)
{
    private const string Path = "/api/admin/global-settings";

    [Fact]
    public async Task Get_AsAdmin_ShouldServeEverySettingAsStringsUnderTheOriginalsKeys()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var body = await (await factory.CreateClientFor(admin).GetAsync(Path)).AssertSuccessAsync();

        Assert.Equal("Global settings retrieved successfully", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.Equal(
            [
                "api_gateway_domain", "enabled", "execution_default_memory_mb", "execution_default_timeout_seconds",
                "execution_max_memory_mb", "execution_max_timeout_seconds", "function_base_url", "kv_storage_limit_bytes",
                "type", "value",
            ],
            JsonShape.PropertyNames(data).Order());
        Assert.Equal("time", data.GetProperty("type").GetProperty("value").GetString());
        Assert.Equal("7", data.GetProperty("value").GetProperty("value").GetString());
        Assert.Equal("true", data.GetProperty("enabled").GetProperty("value").GetString());
        Assert.Equal("1073741824", data.GetProperty("kv_storage_limit_bytes").GetProperty("value").GetString());
        Assert.Equal("60", data.GetProperty("execution_max_timeout_seconds").GetProperty("value").GetString());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("function_base_url").GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Get_AsUser_ShouldServeOnlyWhatTheAdminUiNeedsForUrlsAndFunctionLimits()
    {
        var user = await factory.CreateUserAsync();

        var body = await (await factory.CreateClientFor(user).GetAsync(Path)).AssertSuccessAsync();

        Assert.Equal(
            [
                "api_gateway_domain", "execution_default_memory_mb", "execution_default_timeout_seconds",
                "execution_max_memory_mb", "execution_max_timeout_seconds", "function_base_url",
            ],
            JsonShape.PropertyNames(body.GetProperty("data")).Order());
    }

    [Fact]
    public async Task Get_WithAnApiKey_ShouldServeTheSettingsAsToASessionOfTheSameUser()
    {
        var user = await factory.CreateUserAsync();

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(user)).GetAsync(Path);

        var viaKey = await response.AssertSuccessAsync();
        var viaSession = await (await factory.CreateClientFor(user).GetAsync(Path)).AssertSuccessAsync();
        Assert.Equal(JsonShape.PropertyNames(viaSession.GetProperty("data")), JsonShape.PropertyNames(viaKey.GetProperty("data")));
    }

    [Fact]
    public async Task Put_WithAnApiKey_ShouldAnswer401BecauseChangesTakeASessionToken()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClient().WithApiKey(await factory.CreateApiKeyAsync(admin))
            .PutAsJsonAsync(Path, new { function_base_url = "http://changed.example" });

        await response.AssertErrorAsync(401);
    }

    [Fact]
    public async Task Put_AsAdmin_ShouldStoreEveryGivenSettingAsAString()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var saved = await SettingsAsync();

        try
        {
            var response = await factory.CreateClientFor(admin).PutAsJsonAsync(Path, new
            {
                type = "count",
                value = 1000,
                enabled = false,
                function_base_url = "https://functions.example.test/invoke",
                kv_storage_limit_bytes = 2048,
                api_gateway_domain = "",
            });

            var body = await response.AssertSuccessAsync();
            Assert.Equal("Global settings updated successfully", body.GetProperty("message").GetString());
            Assert.Equal(6, body.GetProperty("data").GetProperty("updatedRows").GetInt32());
            var stored = await SettingsAsync();
            Assert.Equal("count", stored["log_retention_type"]);
            Assert.Equal("1000", stored["log_retention_value"]);
            Assert.Equal("false", stored["log_retention_enabled"]);
            Assert.Equal("https://functions.example.test/invoke", stored["function_base_url"]);
            Assert.Equal("2048", stored["kv_storage_limit_bytes"]);
            Assert.Equal("", stored["api_gateway_domain"]);
        }
        finally
        {
            await RestoreAsync(saved);
        }
    }

    [Fact]
    public async Task Put_WithOneSetting_ShouldChangeOnlyThatRow()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var saved = await SettingsAsync();

        try
        {
            var response = await factory.CreateClientFor(admin).PutAsJsonAsync(Path, new { api_gateway_domain = "https://gw.example.test" });

            Assert.Equal(1, (await response.AssertSuccessAsync()).GetProperty("data").GetProperty("updatedRows").GetInt32());
            var stored = await SettingsAsync();
            Assert.Equal("https://gw.example.test", stored["api_gateway_domain"]);
            Assert.Equal(saved.Where(s => s.Key != "api_gateway_domain"), stored.Where(s => s.Key != "api_gateway_domain"));
        }
        finally
        {
            await RestoreAsync(saved);
        }
    }

    [Fact]
    public async Task Put_ExecutionLimits_ShouldStoreThemAndMoveTheEffectiveLimitsOfFunctions()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var (_, functionId) = await factory.CreateOwnedFunctionAsync();
        var saved = await SettingsAsync();

        try
        {
            var response = await factory.CreateClientFor(admin).PutAsJsonAsync(Path, new
            {
                execution_default_timeout_seconds = 90,
                execution_max_timeout_seconds = 120,
                execution_default_memory_mb = 128,
                execution_max_memory_mb = 2048,
            });

            Assert.Equal(4, (await response.AssertSuccessAsync()).GetProperty("data").GetProperty("updatedRows").GetInt32());
            var stored = await SettingsAsync();
            Assert.Equal(
                ["90", "120", "128", "2048"],
                new[] { stored["execution_default_timeout_seconds"], stored["execution_max_timeout_seconds"], stored["execution_default_memory_mb"], stored["execution_max_memory_mb"] });
            Assert.Equal(
                new ExecutionLimitsDto(TimeSpan.FromSeconds(90), 128L * 1024 * 1024),
                await factory.SendAsync(new GetExecutionLimitsQuery(functionId)));
        }
        finally
        {
            await RestoreAsync(saved);
        }
    }

    [Fact]
    public async Task Put_LoweringAMaximumBelowAFunctionsOwnLimit_ShouldCapTheFunctionAtTheNewMaximum()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await (await client.PatchAsJsonAsync($"/api/functions/{functionId}", new { custom_timeout_enabled = true, custom_timeout_seconds = 55 }))
            .AssertSuccessAsync();
        var saved = await SettingsAsync();

        try
        {
            var response = await factory.CreateClientFor(admin).PutAsJsonAsync(Path, new { execution_max_timeout_seconds = 40, execution_default_timeout_seconds = 20 });

            await response.AssertSuccessAsync();
            Assert.Equal(TimeSpan.FromSeconds(40), (await factory.SendAsync(new GetExecutionLimitsQuery(functionId))).Timeout);
        }
        finally
        {
            await RestoreAsync(saved);
        }
    }

    [Fact]
    public async Task Put_AsUser_ShouldAnswerTheOriginals403AndChangeNothing()
    {
        var user = await factory.CreateUserAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(user).PutAsJsonAsync(Path, new { enabled = false });

        await response.AssertErrorAsync(403, "Only administrators can modify global settings");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Put_WithNoKnownSetting_ShouldAnswerTheOriginals400()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);

        var response = await factory.CreateClientFor(admin).SendJsonAsync(HttpMethod.Put, Path, """{"unknown":"x"}""");

        await response.AssertErrorAsync(400, "No settings provided to update");
    }

    [Theory]
    [InlineData("""{"type":"forever"}""", "type")]
    [InlineData("""{"value":-1}""", "value")]
    [InlineData("""{"value":"many"}""", "value")]
    [InlineData("""{"enabled":"sometimes"}""", "enabled")]
    [InlineData("""{"kv_storage_limit_bytes":0}""", "kv_storage_limit_bytes")]
    [InlineData("""{"function_base_url":"ftp://files.example.test"}""", "function_base_url")]
    [InlineData("""{"function_base_url":"not a url"}""", "function_base_url")]
    [InlineData("""{"api_gateway_domain":"gateway without scheme"}""", "api_gateway_domain")]
    [InlineData("""{"execution_default_timeout_seconds":0}""", "execution_default_timeout_seconds")]
    [InlineData("""{"execution_max_timeout_seconds":-60}""", "execution_max_timeout_seconds")]
    [InlineData("""{"execution_default_memory_mb":"lots"}""", "execution_default_memory_mb")]
    [InlineData("""{"execution_max_memory_mb":1.5}""", "execution_max_memory_mb")]
    [InlineData("""{"execution_default_timeout_seconds":61}""", "execution_default_timeout_seconds")]
    [InlineData("""{"execution_max_memory_mb":255}""", "execution_max_memory_mb")]
    [InlineData("""{"execution_default_memory_mb":2048,"execution_max_memory_mb":1536}""", "execution_default_memory_mb")]
    public async Task Put_WithAnInvalidValue_ShouldAnswer400NamingItAndChangeNothing(string json, string field)
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await factory.CreateClientFor(admin).SendJsonAsync(HttpMethod.Put, Path, json);

        await response.AssertNamesFieldAsync(field);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Put_WhenTheRowIsMissing_ShouldAnswerTheOriginals404()
    {
        var admin = await factory.CreateUserAsync(isAdmin: true);
        var row = await factory.QueryDbAsync(c => c.GlobalSettings.AsNoTracking().SingleAsync(s => s.SettingKey == "api_gateway_domain"));
        await factory.ExecuteDbAsync(c => c.GlobalSettings.Where(s => s.Id == row.Id).ExecuteDeleteAsync());

        try
        {
            var response = await factory.CreateClientFor(admin).PutAsJsonAsync(Path, new { api_gateway_domain = "" });

            await response.AssertErrorAsync(
                404, "No settings were found to update. Please ensure the global_settings table is properly initialized.");
        }
        finally
        {
            await factory.ExecuteDbAsync(async c =>
            {
                c.GlobalSettings.Add(GlobalSetting.Create(row.SettingKey, row.SettingValue, row.Description));
                await c.SaveChangesAsync();
            });
        }
    }

    private Task<Dictionary<string, string>> SettingsAsync() =>
        factory.QueryDbAsync(c => c.GlobalSettings.AsNoTracking().ToDictionaryAsync(s => s.SettingKey, s => s.SettingValue));

    private Task RestoreAsync(Dictionary<string, string> saved) =>
        factory.ExecuteDbAsync(async c =>
        {
            foreach (var setting in await c.GlobalSettings.ToListAsync())
            {
                setting.ChangeValue(saved[setting.SettingKey], DateTime.UtcNow);
            }

            await c.SaveChangesAsync();
        });
}
