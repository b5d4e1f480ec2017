using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Retention;

[Collection(FunctionsCollection.Name)]
public sealed class RetentionTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task PutThenGet_ShouldAnswerTheOriginalsBodiesAndStoreTheSettings()
    {
        var put = WireExample.Load("29-retention-put.json");
        var get = WireExample.Load("30-retention-get.json");
        var (client, functionId) = await factory.CreateOwnedFunctionAsync(viaApiKey: true);

        var putResponse = await client.PutAsJsonAsync(
            Path(functionId), new { retention_type = "time", retention_value = 7, retention_enabled = true });
        var getResponse = await client.GetAsync(Path(functionId));

        var putBody = await putResponse.AssertSuccessAsync();
        JsonShape.AssertExtends(put.Body, putBody);
        Assert.Equal("Function retention settings updated successfully", putBody.GetProperty("message").GetString());
        var getBody = await getResponse.AssertSuccessAsync();
        JsonShape.AssertExtends(get.Body, getBody);
        JsonShape.AssertExtends(get.Body.GetProperty("data"), getBody.GetProperty("data"));
        Assert.Equal("Function retention settings retrieved successfully", getBody.GetProperty("message").GetString());
        var stored = await factory.FindFunctionAsync(functionId);
        Assert.Equal(("time", (int?)7, (bool?)true), (stored!.RetentionType, stored.RetentionValue, stored.RetentionEnabled));
    }

    [Fact]
    public async Task Get_OfANewFunction_ShouldReportRetentionOffWithoutSettings()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var data = (await (await client.GetAsync(Path(functionId))).AssertSuccessAsync()).GetProperty("data");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("retention_type").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("retention_value").ValueKind);
        Assert.False(data.GetProperty("retention_enabled").GetBoolean());
    }

    [Fact]
    public async Task Put_WithSomeFields_ShouldLeaveTheOthersAsTheyWere()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await client.PutAsJsonAsync(Path(functionId), new { retention_type = "count", retention_value = 500, retention_enabled = true });

        var response = await client.PutAsJsonAsync(Path(functionId), new { retention_enabled = false });

        await response.AssertSuccessAsync();
        var stored = await factory.FindFunctionAsync(functionId);
        Assert.Equal(("count", (int?)500, (bool?)false), (stored!.RetentionType, stored.RetentionValue, stored.RetentionEnabled));
    }

    [Theory]
    [InlineData("time", "log_retention_days", 14, 14, null)]
    [InlineData("count", "log_retention_count", 250, null, 250)]
    public async Task Put_WithTheCliNames_ShouldTurnTheFunctionsSettingsOnAndGetShouldAnswerThemBack(
        string type, string valueField, int value, int? days, int? count)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync(viaApiKey: true);

        var response = await client.SendJsonAsync(
            HttpMethod.Put, Path(functionId), $$"""{"log_retention_type":"{{type}}","{{valueField}}":{{value}}}""");
        var data = (await (await client.GetAsync(Path(functionId))).AssertSuccessAsync()).GetProperty("data");

        await response.AssertSuccessAsync();
        Assert.True(data.GetProperty("retention_enabled").GetBoolean());
        Assert.Equal((type, value), (data.GetProperty("log_retention_type").GetString(), data.GetProperty("retention_value").GetInt32()));
        Assert.Equal(days, NullableInt(data.GetProperty("log_retention_days")));
        Assert.Equal(count, NullableInt(data.GetProperty("log_retention_count")));
    }

    [Theory]
    [InlineData("""{"retention_type":"time","retention_value":-1,"retention_enabled":true}""", "retention_value")]
    [InlineData("""{"retention_type":"time","retention_value":0,"retention_enabled":true}""", "retention_value")]
    [InlineData("""{"retention_type":"forever","retention_value":1,"retention_enabled":true}""", "retention_type")]
    [InlineData("""{"retention_type":"time","retention_value":"seven"}""", "retention_value")]
    [InlineData("""{"retention_type":"time","retention_value":7.5}""", "retention_value")]
    [InlineData("""{"retention_enabled":"true"}""", "retention_enabled")]
    [InlineData("""{"log_retention_type":"time","log_retention_days":-3}""", "retention_value")]
    public async Task Put_WithAnInvalidValue_ShouldAnswer400NamingItAndChangeNothing(string json, string field)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await client.SendJsonAsync(HttpMethod.Put, Path(functionId), json);

        await response.AssertNamesFieldAsync(field);
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Put_WhenTimeRetentionHasNoValue_ShouldAnswer400AndChangeNothing()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await client.PutAsJsonAsync(Path(functionId), new { retention_type = "time", retention_enabled = true });

        await response.AssertErrorAsync(400, "retention_value is required for retention type time");
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Put_WhenTheFunctionDoesNotExist_ShouldAnswer404()
    {
        var (client, _) = await factory.CreateOwnedFunctionAsync();

        var response = await client.PutAsJsonAsync(Path(Guid.NewGuid()), new { retention_enabled = false });

        await response.AssertErrorAsync(404, "Function not found");
    }

    private static int? NullableInt(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetInt32();

    private static string Path(Guid functionId) => $"/api/functions/{functionId}/retention";
}
