using System.Net.Http.Headers;
using System.Text;
using Invoke.Application.Functions.Packages;
using Invoke.Application.KeyValueStore;
using Invoke.Application.Runtime.Egress;
using Invoke.Application.Runtime.Execution;
using Invoke.Domain.NetworkPolicies.Egress;
using Invoke.Infrastructure.Networking;
using Invoke.Infrastructure.Scripting;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Invoke.Runtime.DifferentialTests;

/// <summary>
/// The same function source and request, answered by Node + Express 5 and by Invoke's runtime: status, body and the
/// headers a function controls must be equal.
/// </summary>
public sealed class ExpressDifferentialTests(NodeExpressHarness node) : IClassFixture<NodeExpressHarness>
{
    /// <summary>
    /// Headers the server adds or that depend on the clock or the connection, not on the function. Invoke's HTTP layer
    /// always derives Content-Length from the body, which is compared.
    /// </summary>
    private static readonly HashSet<string> TransportHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "connection", "keep-alive", "transfer-encoding", "content-length",
    };

    private static readonly IFunctionRuntime Runtime = CreateRuntime();

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var fixture in DifferentialFixtures.All)
        {
            for (var i = 0; i < fixture.Requests.Length; i++)
            {
                cases.Add(fixture.Name, i);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Invoke_AnswersAsExpress5Does(string fixtureName, int requestIndex)
    {
        var fixture = DifferentialFixtures.All.Single(f => f.Name == fixtureName);
        var request = FetchUpstream.Resolve(fixture.Requests[requestIndex]);

        var expected = await AskNodeAsync(fixture, request);
        var actual = await AskInvokeAsync(fixture, request);

        Assert.Null(actual.Failure);
        Assert.Equal(expected.Status, actual.StatusCode);
        Assert.Equal(expected.Body, Encoding.UTF8.GetString(actual.Body));
        Assert.Equal(Normalise(expected.Headers, fixture.IgnoredHeaders), Normalise(actual.Headers, fixture.IgnoredHeaders));
    }

    private async Task<(int Status, string Body, List<KeyValuePair<string, string>> Headers)> AskNodeAsync(
        DifferentialFixture fixture, DifferentialRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path + (request.Query.Length > 0 ? "?" + request.Query : ""));
        message.Headers.Add("x-fixture", fixture.Name);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
            if (request.ContentType is not null)
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }
        }

        using var response = await node.Client.SendAsync(message);
        var headers = response.Headers.Concat(response.Content.Headers)
            .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key.ToLowerInvariant(), v)))
            .ToList();
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), headers);
    }

    private static Task<FunctionResponse> AskInvokeAsync(DifferentialFixture fixture, DifferentialRequest request)
    {
        var files = fixture.Files.Select(f => PackageEntry.File(f.Name, Encoding.UTF8.GetBytes(f.Content)));
        var body = request.Body is null ? [] : Encoding.UTF8.GetBytes(request.Body);
        var headers = new List<KeyValuePair<string, string>> { new("host", "127.0.0.1") };
        headers.AddRange(request.Headers.Select(h => new KeyValuePair<string, string>(h.Name.ToLowerInvariant(), h.Value)));
        if (request.Body is not null)
        {
            headers.Add(new("content-length", body.Length.ToString()));
            if (request.ContentType is not null)
            {
                headers.Add(new("content-type", request.ContentType));
            }
        }

        return Runtime.RunAsync(
            new FunctionInvocation(
                Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PackageFiles.From(fixture.Name, files), new Dictionary<string, string>(),
                new InvocationRequest(request.Method, request.Path, request.Query, "http", "127.0.0.1", "127.0.0.1", headers, body, new Dictionary<string, string>()),
                new InvocationLimits(TimeSpan.FromSeconds(10), 128L * 1024 * 1024)),
            CancellationToken.None);
    }

    private static JintFunctionRuntime CreateRuntime()
    {
        var options = Options.Create(new ExecutionOptions());
        return new JintFunctionRuntime(
            new SandboxScripts(), new WarmEngines(options, TimeProvider.System), options, TimeProvider.System,
            Substitute.For<IFunctionKeyValueStore>(), LoopbackEgress());
    }

    /// <summary>The fetch fixtures' upstream on loopback, the only place functions here may connect to.</summary>
    private static EgressServices LoopbackEgress()
    {
        var policy = new EgressPolicy(
            new BuiltInDenyList([BuiltInDenyList.Loopback], []),
            [new EgressRule("allow", "ip", "127.0.0.1", null, 1, "the fetch upstream", "project")]);
        var tls = new EgressTls(Options.Create(new EgressTlsOptions()));
        return new EgressServices(
            new FixedPolicy(policy), new SystemHostResolver(), new ProjectConnectionPools(tls), tls, Options.Create(new EgressOptions()));
    }

    private sealed class FixedPolicy(EgressPolicy policy) : IEgressPolicySource
    {
        public Task<EgressPolicy> GetAsync(Guid projectId, CancellationToken cancellationToken) => Task.FromResult(policy);
    }

    /// <summary>Sorted by name, each value split on commas so that folded and repeated headers compare equal.</summary>
    private static List<string> Normalise(IEnumerable<KeyValuePair<string, string>> headers, IReadOnlySet<string> ignored) =>
        headers
            .Where(h => !TransportHeaders.Contains(h.Key) && !ignored.Contains(h.Key))
            .SelectMany(h => h.Key == "set-cookie" ? [h.Value] : h.Value.Split(", ").Select(v => v.Trim()), (h, v) => $"{h.Key.ToLowerInvariant()}: {v}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
