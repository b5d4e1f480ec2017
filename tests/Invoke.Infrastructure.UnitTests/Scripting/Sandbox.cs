using System.Text;
using Invoke.Application.Functions.Packages;
using Invoke.Application.KeyValueStore;
using Invoke.Application.Runtime.Execution;
using Invoke.Infrastructure.Scripting;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Invoke.Infrastructure.UnitTests.Scripting;

/// <summary>Runs a function's files in the real Jint runtime, below HTTP.</summary>
internal static class Sandbox
{
    public static readonly SandboxScripts Scripts = new();

    public static ExecutionOptions Options { get; } = new();

    /// <param name="keyValueStore">What <c>kv</c> reaches; by default a substitute that answers nothing.</param>
    public static IFunctionRuntime Runtime(ExecutionOptions? options = null, IFunctionKeyValueStore? keyValueStore = null)
    {
        var wrapped = Microsoft.Extensions.Options.Options.Create(options ?? Options);
        return new JintFunctionRuntime(
            Scripts, new WarmEngines(wrapped, TimeProvider.System), wrapped, TimeProvider.System,
            keyValueStore ?? Substitute.For<IFunctionKeyValueStore>(), TestEgress.DenyAll);
    }

    public static PackageFiles Package(string indexJs, params (string Path, string Content)[] files) =>
        PackageFiles.From(
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(indexJs + string.Join("|", files.Select(f => f.Path + f.Content))))),
            [PackageEntry.File("index.js", Encoding.UTF8.GetBytes(indexJs)), .. files.Select(f => PackageEntry.File(f.Path, Encoding.UTF8.GetBytes(f.Content)))]);

    public static InvocationRequest Request(
        string method = "GET", string path = "/", string query = "", byte[]? body = null,
        params (string Name, string Value)[] headers) =>
        new(method, path, query, "http", "localhost", "127.0.0.1",
            [.. headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))],
            body ?? [], new Dictionary<string, string> { ["functionId"] = Guid.Empty.ToString() });

    public static Task<FunctionResponse> RunAsync(
        string indexJs, InvocationRequest? request = null, InvocationLimits? limits = null,
        IReadOnlyDictionary<string, string>? environment = null, ExecutionOptions? options = null,
        params (string Path, string Content)[] files) =>
        Runtime(options).RunAsync(
            new FunctionInvocation(
                Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Package(indexJs, files), environment ?? new Dictionary<string, string>(),
                request ?? Request(), limits ?? new InvocationLimits(TimeSpan.FromSeconds(5), 64L * 1024 * 1024)),
            CancellationToken.None);

    public static string Text(this FunctionResponse response) => Encoding.UTF8.GetString(response.Body);

    public static string? Header(this FunctionResponse response, string name) =>
        response.Headers.Where(h => h.Key == name).Select(h => h.Value).FirstOrDefault();
}
