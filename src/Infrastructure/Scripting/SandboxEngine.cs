using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Invoke.Application.Runtime.Execution;
using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// An engine prepared for one function version and one set of limits: every limit set, the sandbox bootstrap run, the
/// native host bridge installed where only the bootstrap sees it. It serves one invocation at a time (see
/// <see cref="SandboxRun"/>) and, while every invocation ends cleanly, the next ones of the same version.
/// </summary>
internal sealed class SandboxEngine : IDisposable
{
    private const string PackageRoot = "/app";

    private readonly PackageFiles _package;
    private readonly SandboxScripts _scripts;
    private readonly TimeProvider _time;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly JsValue _invoke;

    public SandboxEngine(WarmEngineKey key, PackageFiles package, SandboxScripts scripts, ExecutionOptions options, TimeProvider time)
    {
        Key = key;
        _package = package;
        _scripts = scripts;
        _time = time;
        Engine = new Engine(engineOptions => Configure(engineOptions, key.Limits, options));
        Cancellation = Engine.Constraints.Find<InvocationCancellation>()!;
        Engine.SetValue("__host", CreateHost());
        Engine.Execute(scripts.Bootstrap);
        _invoke = Engine.GetValue("__invoke");
        Engine.Global.Delete("__invoke");
        Engine.Global.Delete("__host");
    }

    public WarmEngineKey Key { get; }

    public Engine Engine { get; }

    public InvocationCancellation Cancellation { get; }

    public long LastUsed { get; set; }

    /// <summary>Hands an invocation's request and bridge to the bootstrap, which loads the function and calls it.</summary>
    public void Invoke(JsValue request, JsValue bridge) => Engine.Call(_invoke, request, bridge);

    public void Dispose() => Engine.Dispose();

    private static void Configure(Options engineOptions, InvocationLimits limits, ExecutionOptions options)
    {
        engineOptions.LimitMemory(limits.MemoryBytes)
            .TimeoutInterval(limits.Timeout)
            .LimitRecursion(options.MaxRecursionDepth)
            .RegexTimeoutInterval(options.RegexTimeout < limits.Timeout ? options.RegexTimeout : limits.Timeout)
            .MaxArraySize(options.MaxArraySize)
            .Constraint(static () => new InvocationCancellation())
            .Constraint(static () => new OperationDeadlineConstraint())
            .LocalTimeZone(TimeZoneInfo.Utc)
            .Culture(CultureInfo.InvariantCulture);
        // Without the guard a getter or valueOf recursion overflows the thread's stack, which ends the process.
        engineOptions.Constraints.StackOverflowGuard = true;
        engineOptions.Constraints.PromiseTimeout = limits.Timeout;
        engineOptions.Interop.AllowGetType = false;
        engineOptions.Interop.AllowSystemReflection = false;
    }

    /// <summary>The engine's own host functions: everything that does not belong to one invocation.</summary>
    private JsObject CreateHost()
    {
        var host = new JsObject(Engine);
        Add(host, "now", (_, _) => _clock.Elapsed.TotalMilliseconds);
        Add(host, "timeOrigin", (_, _) => _time.GetUtcNow().ToUnixTimeMilliseconds() - _clock.Elapsed.TotalMilliseconds);
        Add(host, "encode", (_, a) => Bytes(TextCodec.Encode(Text(a, 0), Text(a, 1))));
        Add(host, "decode", (_, a) =>
        {
            try
            {
                return TextCodec.Decode(ByteArgument(a, 0), Text(a, 1), a.Length > 2 && a[2].AsBoolean());
            }
            catch (DecoderFallbackException)
            {
                throw new JavaScriptException(Engine.Intrinsics.TypeError, "The encoded data was not valid for encoding utf-8");
            }
        });
        Add(host, "byteLength", (_, a) => TextCodec.ByteLength(Text(a, 0), Text(a, 1)));
        Add(host, "parseUrl", (_, a) =>
        {
            var parts = UrlParts.Parse(Text(a, 0), a.Length > 1 && !a[1].IsUndefined() ? Text(a, 1) : null);
            return parts is null ? JsValue.Null : new JsArray(Engine, parts.Select(p => (JsValue)p).ToArray());
        });
        Add(host, "stat", (_, a) => PackagePath(Text(a, 0)) is { } path
            ? _package.IsFile(path) ? 1 : _package.IsDirectory(path) ? 2 : 0
            : 0);
        Add(host, "readText", (_, a) => Encoding.UTF8.GetString(ReadPackageFile(Text(a, 0))));
        Add(host, "readBytes", (_, a) => Bytes(ReadPackageFile(Text(a, 0))));
        Add(host, "compile", (_, a) =>
        {
            var absolute = Text(a, 0);
            var source = Encoding.UTF8.GetString(ReadPackageFile(absolute));
            return Engine.Evaluate(_scripts.Module(_package, PackagePath(absolute)!, source));
        });
        Add(host, "packageTime", (_, _) => _time.GetUtcNow().ToUnixTimeMilliseconds());
        Add(host, "statusText", (_, a) => HttpStatusText.For((int)TypeConverter.ToNumber(a[0])) is { } text ? text : JsValue.Undefined);
        Add(host, "contentType", (_, a) => MimeTypes.ContentType(Text(a, 0)) is { } type ? type : JsBoolean.False);
        Add(host, "setCharset", (_, a) => MimeTypes.WithCharset(Text(a, 0), Text(a, 1)));
        Add(host, "etag", (_, a) => WeakEtag(ByteArgument(a, 0)));
        Add(host, "describe", (_, a) => NodeErrors.Describe(a.Length > 0 ? a[0] : JsValue.Undefined));
        Add(host, "builtinScript", (_, a) => Engine.Evaluate(_scripts.Builtins[Text(a, 0)]));
        Add(host, "nativeModule", (_, a) => NativeModule(Text(a, 0)));
        return host;
    }

    /// <summary>The native half of a built-in module, built when the module is first required in this engine.</summary>
    private JsObject NativeModule(string name) => name switch
    {
        "path" => NativePath.Create(Engine),
        "fs" => NativeFs.Create(this, _package),
        "punycode" => NativePunycode.Create(this),
        "crypto" => NativeCrypto.Create(this),
        // Jint counts the thread's allocations: growing, copying and handing over the output costs about four times its size.
        "zlib" => NativeZlib.Create(this, Key.Limits.MemoryBytes / 4),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such native module"),
    };

    public static void Add(JsObject target, string name, Func<JsValue, JsValue[], JsValue> body) =>
        target.FastSetProperty(name, new PropertyDescriptor(new ClrFunction(target.Engine, name, body), PropertyFlag.NonEnumerable));

    public static string Text(JsValue[] arguments, int index) =>
        index < arguments.Length ? TypeConverter.ToString(arguments[index]) : "";

    public byte[] ByteArgument(JsValue[] arguments, int index) =>
        index < arguments.Length && arguments[index].IsUint8Array()
            ? arguments[index].AsUint8Array()
            : throw new JavaScriptException(Engine.Intrinsics.TypeError, "Expected a Uint8Array");

    public JsValue Bytes(ReadOnlySpan<byte> bytes) => Engine.Intrinsics.Uint8Array.Construct(bytes);

    /// <summary>The package-relative path of an absolute sandbox path, or null when it lies outside the package.</summary>
    public static string? PackagePath(string absolute)
    {
        if (absolute == PackageRoot)
        {
            return "";
        }

        return absolute.StartsWith(PackageRoot + "/", StringComparison.Ordinal) ? absolute[(PackageRoot.Length + 1)..].TrimEnd('/') : null;
    }

    private byte[] ReadPackageFile(string absolute) =>
        (PackagePath(absolute) is { } path ? _package.Read(path) : null)
        ?? throw new JavaScriptException(Engine.Intrinsics.Error, $"ENOENT: no such file or directory, open '{absolute}'");

    /// <summary>Express's default ETag: <c>W/"&lt;length hex&gt;-&lt;27 chars of base64 SHA-1&gt;"</c>.</summary>
    private static string WeakEtag(ReadOnlySpan<byte> body) =>
        $"W/\"{body.Length:x}-{Convert.ToBase64String(SHA1.HashData(body))[..27]}\"";
}
