using System.Net.Http.Json;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Infrastructure;

namespace Invoke.Api.IntegrationTests.Schedules;

[Collection(FunctionsCollection.Name)]
public sealed class ScheduleTests(InvokeApiFactory factory)
{
    [Fact]
    public async Task PutThenGet_ShouldAnswerTheOriginalsBodiesWithTheNextFiveMinuteBoundary()
    {
        var put = WireExample.Load("31-schedule-put.json");
        var get = WireExample.Load("32-schedule-get.json");
        var (client, functionId) = await factory.CreateOwnedFunctionAsync(viaApiKey: true);
        var before = DateTime.UtcNow;

        var putResponse = await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = true, schedule_cron = "*/5 * * * *" });
        var getResponse = await client.GetAsync(Path(functionId));

        var putBody = await putResponse.AssertSuccessAsync();
        Assert.Equal(JsonShape.PropertyNames(put.Body), JsonShape.PropertyNames(putBody));
        Assert.Equal(JsonShape.PropertyNames(put.Body.GetProperty("data")), JsonShape.PropertyNames(putBody.GetProperty("data")));
        Assert.Equal("Schedule settings updated successfully", putBody.GetProperty("message").GetString());
        var next = putBody.GetProperty("data").GetProperty("next_execution").GetDateTime().ToUniversalTime();
        Assert.True(next > before && next <= before.AddMinutes(5), $"next run {next:O} after {before:O}");
        Assert.Equal((0, 0, 0), (next.Minute % 5, next.Second, next.Millisecond));
        var getBody = await getResponse.AssertSuccessAsync();
        Assert.Equal(JsonShape.PropertyNames(get.Body), JsonShape.PropertyNames(getBody));
        Assert.Equal(JsonShape.PropertyNames(get.Body.GetProperty("data")), JsonShape.PropertyNames(getBody.GetProperty("data")));
        Assert.Equal("*/5 * * * *", getBody.GetProperty("data").GetProperty("schedule_cron").GetString());
        Assert.Equal(next, getBody.GetProperty("data").GetProperty("next_execution").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task Put_WithSixFieldsIncludingSeconds_ShouldBeAccepted()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = true, schedule_cron = "30 0 12 * * *" });

        var next = (await response.AssertSuccessAsync()).GetProperty("data").GetProperty("next_execution").GetDateTime().ToUniversalTime();
        Assert.Equal((12, 0, 30), (next.Hour, next.Minute, next.Second));
    }

    [Theory]
    [InlineData("not a cron")]
    [InlineData("61 * * * *")]
    [InlineData("* * * * * * *")]
    [InlineData("0 0 30 2 *")]
    public async Task Put_WithAnInvalidCron_ShouldAnswerTheOriginals400AndChangeNothing(string cron)
    {
        var original = WireExample.Load("33-schedule-put-invalid-cron.json");
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        var before = await TablesSnapshot.TakeAsync(factory.ConnectionString);

        var response = await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = true, schedule_cron = cron });

        await response.AssertErrorAsync(original.Status, original.Body.GetProperty("error").GetString());
        before.AssertUnchangedIn(await TablesSnapshot.TakeAsync(factory.ConnectionString));
    }

    [Fact]
    public async Task Put_WhenEnabledWithoutAnyCron_ShouldAnswerTheOriginals400()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = true });

        await response.AssertErrorAsync(400, "Cron expression is required when scheduling is enabled");
    }

    [Fact]
    public async Task Put_Disabled_ShouldKeepTheExpressionAndClearTheNextRun()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = true, schedule_cron = "0 * * * *" });

        var response = await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = false });

        var data = (await response.AssertSuccessAsync()).GetProperty("data");
        Assert.False(data.GetProperty("schedule_enabled").GetBoolean());
        Assert.Equal("0 * * * *", data.GetProperty("schedule_cron").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("next_execution").ValueKind);
    }

    [Fact]
    public async Task Put_DisabledWithABlankCronAsTheAdminUiSends_ShouldClearTheExpression()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = true, schedule_cron = "0 * * * *" });

        var response = await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = false, schedule_cron = "" });

        await response.AssertSuccessAsync();
        Assert.Null((await factory.FindFunctionAsync(functionId))!.ScheduleCron);
    }

    [Fact]
    public async Task Put_EnablingAStoredExpression_ShouldComputeTheNextRun()
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();
        await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = false, schedule_cron = "0 3 * * *" });

        var response = await client.PutAsJsonAsync(Path(functionId), new { schedule_enabled = true });

        var next = (await response.AssertSuccessAsync()).GetProperty("data").GetProperty("next_execution").GetDateTime().ToUniversalTime();
        Assert.Equal((3, 0), (next.Hour, next.Minute));
    }

    [Theory]
    [InlineData("""{"schedule_enabled":"yes"}""", "schedule_enabled")]
    [InlineData("""{"schedule_enabled":true,"schedule_cron":5}""", "schedule_cron")]
    public async Task Put_WithTheWrongJsonType_ShouldAnswer400NamingIt(string json, string field)
    {
        var (client, functionId) = await factory.CreateOwnedFunctionAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, Path(functionId), json);

        await response.AssertNamesFieldAsync(field);
    }

    [Fact]
    public async Task Get_WhenTheFunctionDoesNotExist_ShouldAnswer404()
    {
        var (client, _) = await factory.CreateOwnedFunctionAsync();

        var response = await client.GetAsync(Path(Guid.NewGuid()));

        await response.AssertErrorAsync(404, "Function not found");
    }

    private static string Path(Guid functionId) => $"/api/functions/{functionId}/schedule";
}
