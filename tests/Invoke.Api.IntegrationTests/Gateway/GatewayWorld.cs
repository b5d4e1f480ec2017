using System.Net.Http.Headers;
using System.Text.Json;
using Invoke.Api.IntegrationTests.Execution;
using Invoke.Api.IntegrationTests.Support;
using Invoke.Domain.ApiGateway;
using Invoke.Domain.Functions;

namespace Invoke.Api.IntegrationTests.Gateway;

/// <summary>A function published on a fresh custom domain through one route, and requests to it on the gateway port.</summary>
public sealed record PublishedRoute(Function Function, ApiGatewayConfig Config, ApiGatewayRoute Route, string Domain);

public static class GatewayWorld
{
    /// <summary>Answers with what it saw; <c>/redirect</c> redirects, <c>/hang</c> never answers, <c>/cors</c> sets its own CORS header.</summary>
    public const string EchoJs = """
        module.exports = async (req, res) => {
          if (req.path === '/redirect') { res.status(302).set('Location', 'http://127.0.0.1:9/elsewhere').end(); return; }
          if (req.path === '/hang') { await new Promise(() => {}); }
          if (req.path === '/cors') { res.set('Access-Control-Allow-Origin', 'https://function.test'); }
          res.json({ path: req.path, query: req.query, method: req.method, ip: req.ip, headers: req.headers,
                     body: Buffer.isBuffer(req.body) ? req.body.toString() : req.body });
        };
        """;

    private static readonly HttpClient Client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    public static async Task<PublishedRoute> PublishAsync(
        this ExecutionRoleFactory factory,
        string routePath,
        Action<ApiGatewayRoute>? configure = null,
        Func<Guid, Guid, Task<IReadOnlyList<(string Name, string Type, string Config)>>>? methods = null,
        string indexJs = EchoJs)
    {
        var function = await factory.DeployAsync(indexJs);
        var domain = $"{IdentityData.UniqueName("gw")}.test";
        var config = ApiGatewayConfig.Create(function.ProjectId!.Value);
        config.Configure(true, domain);
        var authMethods = methods is null
            ? []
            : (await methods(function.ProjectId.Value, config.Id)).Select(m => ApiGatewayAuthMethod.Create(config.Id, m.Name, m.Type, m.Config)).ToList();
        var route = ApiGatewayRoute.Create(config.Id, routePath, function.Id, 0, RouteHttpMethod.All);
        route.SetAuthMethods([.. authMethods.Select(m => m.Id)]);
        configure?.Invoke(route);
        await factory.ExecuteDbAsync(async db =>
        {
            db.ApiGatewayConfigs.Add(config);
            await db.SaveChangesAsync();
            db.ApiGatewayAuthMethods.AddRange(authMethods);
            db.ApiGatewayRoutes.Add(route);
            await db.SaveChangesAsync();
        });
        return new PublishedRoute(function, config, route, domain);
    }

    public static async Task<HttpResponseMessage> SendToGatewayAsync(
        this ExecutionRoleFactory factory, string host, HttpMethod method, string pathAndQuery,
        Action<HttpRequestMessage>? prepare = null)
    {
        using var request = new HttpRequestMessage(method, $"http://127.0.0.1:{factory.GatewayPort}{pathAndQuery}");
        request.Headers.Host = host;
        prepare?.Invoke(request);
        return await Client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetFromGatewayAsync(this ExecutionRoleFactory factory, PublishedRoute published, string pathAndQuery,
        Action<HttpRequestMessage>? prepare = null) =>
        factory.SendToGatewayAsync(published.Domain, HttpMethod.Get, pathAndQuery, prepare);

    public static async Task<JsonElement> EchoAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static void Authorize(this HttpRequestMessage request, string scheme, string value) =>
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, value);
}
