using Invoke.Api.IntegrationTests.Functions;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Application.Runtime.Commands.InvokeFunction;
using Invoke.Application.Runtime.Execution;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Invoke.Api.IntegrationTests.Execution;

public sealed class ExecutionEndpointTests(ExecutionRoleFactory factory) : IClassFixture<ExecutionRoleFactory>
{
    private readonly HttpClient _execution = factory.ExecutionClient();

    [Fact]
    public async Task Invoke_RunsTheActiveVersionWithItsSubPathQueryAndBody()
    {
        var function = await factory.DeployAsync(
            "module.exports = async (req, res) => res.status(201).set('x-seen', req.get('x-custom')).json({ path: req.path, q: req.query.a, body: req.body, id: req.params.functionId });");

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/invoke/{function.Id}/deep/path?a=1")
        {
            Content = new StringContent("{\"n\":2}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-custom", "hello");
        var response = await _execution.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("hello", response.Headers.GetValues("x-seen").Single());
        Assert.Equal($"{{\"path\":\"/deep/path\",\"q\":\"1\",\"body\":{{\"n\":2}},\"id\":\"{function.Id}\"}}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    public async Task Invoke_AnUnknownFunction_Is404FunctionNotFound(string functionId)
    {
        var response = await _execution.GetAsync($"/invoke/{functionId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("{\"success\":false,\"message\":\"Function not found\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_AnInactiveFunction_Is404()
    {
        var function = await factory.DeployAsync("module.exports = (req, res) => res.send('x');");
        await factory.ExecuteDbAsync(async context =>
        {
            var stored = await context.Functions.FindAsync(function.Id);
            stored!.Deactivate();
            await context.SaveChangesAsync();
        });

        var response = await _execution.GetAsync($"/invoke/{function.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_AKeyProtectedFunction_AsksForTheKeyAndAcceptsItFromEveryPlace()
    {
        var function = await factory.DeployAsync("module.exports = (req, res) => res.json({ headers: req.headers, query: req.query });", requiresApiKey: true);
        var key = function.ApiKey!;

        var missing = await _execution.GetAsync($"/invoke/{function.Id}");
        var wrong = await SendWithAsync(function.Id, r => r.Headers.Add("x-api-key", "wrong"));
        var viaHeader = await SendWithAsync(function.Id, r => r.Headers.Add("x-api-key", key));
        var viaBearer = await SendWithAsync(function.Id, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key));
        var viaQuery = await _execution.GetAsync($"/invoke/{function.Id}?api_key={key}&keep=1");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("{\"success\":false,\"message\":\"API key required\"}", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal("{\"success\":false,\"message\":\"Invalid API key\"}", await wrong.Content.ReadAsStringAsync());
        foreach (var accepted in new[] { viaHeader, viaBearer, viaQuery })
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            var seen = await accepted.Content.ReadAsStringAsync();
            Assert.DoesNotContain(key, seen);
        }

        using var query = JsonDocument.Parse(await viaQuery.Content.ReadAsStringAsync());
        Assert.Equal("{\"keep\":\"1\"}", query.RootElement.GetProperty("query").GetRawText());
    }

    [Theory]
    [InlineData(InvocationSource.Gateway)]
    [InlineData(InvocationSource.Schedule)]
    public async Task InvokeCommand_FromTheGatewayOrTheScheduler_RunsAKeyProtectedFunctionWithoutItsKey(InvocationSource source)
    {
        var function = await factory.DeployAsync("module.exports = (req, res) => res.send('ran');", requiresApiKey: true);
        var request = new InvocationRequest("POST", "/", "", "http", "localhost", null, [], [], new Dictionary<string, string>());

        var fromExecution = await factory.SendAsync(new InvokeFunctionCommand(function.Id, request, PresentedApiKey: null));
        var fromSource = await factory.SendAsync(new InvokeFunctionCommand(function.Id, request, PresentedApiKey: null, source));

        Assert.Equal(InvocationOutcome.ApiKeyRequired, fromExecution.Outcome);
        Assert.Equal(InvocationOutcome.Executed, fromSource.Outcome);
        Assert.Equal("ran", Encoding.UTF8.GetString(fromSource.Response!.Body));
    }

    [Fact]
    public async Task Invoke_WhenTheCodeFails_Answers500WithoutItsMessage()
    {
        var function = await factory.DeployAsync("module.exports = () => { throw new Error('secret detail'); };");

        var response = await _execution.GetAsync($"/invoke/{function.Id}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("{\"success\":false,\"message\":\"Execution failed\"}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"a\":", "application/json")]
    [InlineData("not json", "application/vnd.api+json")]
    public async Task Invoke_AnInvalidJsonBody_Is400BeforeTheFunctionRuns(string body, string contentType)
    {
        var function = await factory.DeployAsync("module.exports = (req, res) => { console.log('ran'); res.send('ran'); };");

        var response = await _execution.PostAsync($"/invoke/{function.Id}", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("{\"success\":false,\"message\":\"Invalid JSON in the request body\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_ABodyOverTheCap_Is413()
    {
        var function = await factory.DeployAsync("module.exports = (req, res) => res.send('x');");

        var response = await _execution.PostAsync($"/invoke/{function.Id}", new ByteArrayContent(new byte[ExecutionRoleFactory.MaxRequestBodyBytes + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_RecordsOneRedactedLogRowAndCountsTheExecution()
    {
        var function = await factory.DeployAsync("module.exports = (req, res) => { console.log('hello log'); res.send('logged'); };", requiresApiKey: true);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/invoke/{function.Id}/p?x=1");
        request.Headers.Add("x-api-key", function.ApiKey);
        request.Headers.Add("Cookie", "session=secret");
        (await _execution.SendAsync(request)).EnsureSuccessStatusCode();

        Domain.ExecutionLogs.ExecutionLog? log = null;
        int? count = null;
        for (var attempt = 0; attempt < 100 && log is null; attempt++)
        {
            await Task.Delay(50);
            await factory.ExecuteDbAsync(async context =>
            {
                log = await context.ExecutionLogs.AsNoTracking().SingleOrDefaultAsync(l => l.FunctionId == function.Id);
                count = (await context.Functions.AsNoTracking().SingleAsync(f => f.Id == function.Id)).ExecutionCount;
            });
        }

        Assert.NotNull(log);
        Assert.Equal(200, log.StatusCode);
        Assert.Equal("/p?x=1", log.RequestUrl);
        Assert.Equal("logged", log.ResponseBody);
        Assert.Contains("hello log", log.ConsoleLogs);
        Assert.DoesNotContain("secret", log.RequestHeaders);
        Assert.DoesNotContain(function.ApiKey!, log.RequestHeaders);
        Assert.True(log.ApiKeyUsed);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Invoke_EndsAtTheFunctionsOwnTimeoutWith504()
    {
        var function = await factory.DeployAsync("module.exports = async () => { await sleep(1); while (true) {} };");
        await factory.ExecuteDbAsync(async context =>
        {
            var stored = await context.Functions.FindAsync(function.Id);
            stored!.SetCustomLimits(timeoutEnabled: true, timeoutSeconds: 1, memoryEnabled: false, memoryMb: null);
            await context.SaveChangesAsync();
        });
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var response = await _execution.GetAsync($"/invoke/{function.Id}");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("{\"success\":false,\"message\":\"Execution failed\"}", await response.Content.ReadAsStringAsync());
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Invoke_SeesProjectVariablesOverriddenByItsOwn()
    {
        var function = await factory.DeployAsync("module.exports = (req, res) => res.json({ shared: process.env.SHARED, own: process.env.OWN });");
        await factory.ExecuteDbAsync(async context =>
        {
            context.ProjectEnvironmentVariables.Add(Domain.Projects.ProjectEnvironmentVariable.Create(function.ProjectId!.Value, "SHARED", "project", null));
            context.ProjectEnvironmentVariables.Add(Domain.Projects.ProjectEnvironmentVariable.Create(function.ProjectId!.Value, "OWN", "project", null));
            await context.SaveChangesAsync();
        });
        await factory.AddEnvironmentVariableAsync(function.Id, "OWN", "function");

        var response = await _execution.GetAsync($"/invoke/{function.Id}");

        Assert.Equal("{\"shared\":\"project\",\"own\":\"function\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_ReportsThePool()
    {
        var response = await _execution.GetAsync("/health");

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("invoke-execution", body.RootElement.GetProperty("service").GetString());
        Assert.True(body.RootElement.GetProperty("pool").TryGetProperty("running", out _));
    }

    [Fact]
    public async Task Ports_ServeOnlyTheirOwnRole()
    {
        var function = await factory.DeployAsync("module.exports = (req, res) => res.send('ran');");

        var adminOnExecution = await _execution.GetAsync("/api/auth/me");
        var invokeOnAdmin = await factory.AdminClient().GetAsync($"/invoke/{function.Id}");
        var invokeOnGateway = await factory.GatewayClient().GetAsync($"/invoke/{function.Id}");
        var adminOnAdmin = await factory.AdminClient().GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.NotFound, adminOnExecution.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, invokeOnAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, invokeOnGateway.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, adminOnAdmin.StatusCode);
    }

    private async Task<HttpResponseMessage> SendWithAsync(Guid functionId, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/invoke/{functionId}");
        configure(request);
        return await _execution.SendAsync(request);
    }
}
