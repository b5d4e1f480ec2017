using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Invoke.Application.Runtime.Execution;
using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// One invocation: a fresh engine with every limit set, the sandbox bootstrap, the function's module, and an event
/// loop that runs timer callbacks one at a time until the response is sent. No thread is held while the function
/// waits; the engine is only ever touched by the one logical flow of <see cref="RunAsync"/>.
/// </summary>
internal sealed class SandboxRun : IDisposable
{
    private const string PackageRoot = "/app";

    private readonly FunctionInvocation _invocation;
    private readonly SandboxScripts _scripts;
    private readonly ExecutionOptions _options;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _lifetime;
    private readonly Channel<Action> _callbacks = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<int, CancellationTokenSource> _timers = [];
    private readonly ConsoleCapture _console;
    private readonly MemoryStream _body = new();
    private readonly long _allocationBudget;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Engine _engine;

    private int _nextTimerId;
    private long _allocated;
    private bool _settled;
    private JsValue? _settledError;
    private (int Status, List<KeyValuePair<string, string>> Headers)? _response;
    private bool _responseTooLarge;

    public SandboxRun(
        FunctionInvocation invocation, SandboxScripts scripts, ExecutionOptions options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        _invocation = invocation;
        _scripts = scripts;
        _options = options;
        _time = time;
        _console = new ConsoleCapture(options.MaxConsoleEntries, options.MaxConsoleCharacters, time);
        _allocationBudget = invocation.Limits.MemoryBytes * options.AllocationBudgetFactor;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _lifetime.CancelAfter(invocation.Limits.Timeout);
        _engine = new Engine(ConfigureLimits);
        _engine.Constraints.Find<OperationDeadlineConstraint>()?.Begin(invocation.Limits.Timeout, _lifetime.Token);
    }

    public async Task<FunctionResponse> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            RunSlice(Start);
            while (_response is null && !(_settled && (_settledError is not null || _timers.Count == 0)))
            {
                var callback = await _callbacks.Reader.ReadAsync(_lifetime.Token);
                RunSlice(callback);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && Classify(exception) is { } failure)
        {
            return Fail(failure);
        }

        if (_responseTooLarge)
        {
            return Fail(new InvocationFailure(
                InvocationFailureKind.ResponseTooLarge,
                $"The response body exceeded {_options.MaxResponseBodyBytes} bytes"));
        }

        if (_response is { } response)
        {
            return new FunctionResponse(response.Status, response.Headers, _body.ToArray(), _console.Entries, _console.Truncated, null);
        }

        if (_settledError is { } error)
        {
            return Fail(new InvocationFailure(InvocationFailureKind.CodeError, Describe(error)));
        }

        // The handler settled without sending and nothing is left to run: Express would hang until the client gave
        // up; Invoke answers at once with what the response holds (the original's behaviour).
        return new FunctionResponse(200, [], [], _console.Entries, _console.Truncated, null);
    }

    public void Dispose()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Cancel();
            timer.Dispose();
        }

        _timers.Clear();
        _lifetime.Dispose();
        _engine.Dispose();
    }

    private void ConfigureLimits(Options options)
    {
        var limits = _invocation.Limits;
        options.LimitMemory(limits.MemoryBytes)
            .TimeoutInterval(limits.Timeout)
            .LimitRecursion(_options.MaxRecursionDepth)
            .RegexTimeoutInterval(_options.RegexTimeout < limits.Timeout ? _options.RegexTimeout : limits.Timeout)
            .MaxArraySize(_options.MaxArraySize)
            .CancellationToken(_lifetime.Token)
            .Constraint(static () => new OperationDeadlineConstraint())
            .LocalTimeZone(TimeZoneInfo.Utc)
            .Culture(CultureInfo.InvariantCulture);
        // Without the guard a getter or valueOf recursion overflows the thread's stack, which ends the process.
        options.Constraints.StackOverflowGuard = true;
        options.Constraints.PromiseTimeout = limits.Timeout;
        options.Interop.AllowGetType = false;
        options.Interop.AllowSystemReflection = false;
    }

    private void Start()
    {
        _engine.SetValue("__host", CreateHost());
        _engine.Execute(_scripts.Bootstrap);
        var invoke = _engine.GetValue("__invoke");
        _engine.Global.Delete("__invoke");
        _engine.Global.Delete("__host");
        _engine.Call(invoke, RequestObject());
    }

    /// <summary>
    /// Runs script until it yields, then its promise jobs. The engine's per-entry limits (time, and memory, which counts
    /// allocations of the current thread) are reset here, where a run begins on whatever thread the loop resumed on; the
    /// deadline across entries is the cancellation token, and the whole invocation's allocations are summed against a
    /// budget as well.
    /// </summary>
    private void RunSlice(Action slice)
    {
        _lifetime.Token.ThrowIfCancellationRequested();
        _engine.Constraints.Reset();
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            slice();
            _engine.Advanced.ProcessTasks();
        }
        finally
        {
            _allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        if (_allocated > _allocationBudget)
        {
            throw new MemoryLimitExceededException(
                $"The invocation allocated {_allocated} bytes in total, over its budget of {_allocationBudget}");
        }
    }

    private InvocationFailure? Classify(Exception exception) => exception switch
    {
        OperationCanceledException or ExecutionCanceledException or TimeoutException =>
            new InvocationFailure(InvocationFailureKind.Timeout,
                $"timeout: the function ran longer than {_invocation.Limits.Timeout.TotalSeconds:0.###} s"),
        MemoryLimitExceededException memory =>
            new InvocationFailure(InvocationFailureKind.MemoryLimit, "memory limit: " + memory.Message),
        InsufficientExecutionStackException or RecursionDepthOverflowException =>
            new InvocationFailure(InvocationFailureKind.CodeError, "RangeError: Maximum call stack size exceeded"),
        JavaScriptException script => new InvocationFailure(InvocationFailureKind.CodeError, Describe(script.Error)),
        Acornima.ParseErrorException parse => new InvocationFailure(InvocationFailureKind.CodeError, "SyntaxError: " + parse.Message),
        StatementsCountOverflowException =>
            new InvocationFailure(InvocationFailureKind.CodeError, exception.Message),
        // The engine's own limits (array size, regex) surface as these; host failures keep their message in the log.
        InvalidOperationException or ArgumentException or System.Text.RegularExpressions.RegexMatchTimeoutException =>
            new InvocationFailure(InvocationFailureKind.CodeError, exception.GetType().Name + ": " + exception.Message),
        _ => null,
    };

    private FunctionResponse Fail(InvocationFailure failure) =>
        FunctionResponse.Failed(failure, _console.Entries, _console.Truncated);

    private static string Describe(JsValue error)
    {
        if (error is ObjectInstance errorObject && errorObject.Get("stack") is JsString stack)
        {
            // Jint's stack lists frames only; Node's starts with "Name: message".
            var heading = TypeConverter.ToString(errorObject);
            var frames = stack.ToString();
            return frames.StartsWith(heading, StringComparison.Ordinal) ? frames : heading + "\n" + frames;
        }

        return error.IsObject() ? TypeConverter.ToString(error) : "Uncaught " + TypeConverter.ToString(error);
    }

    private JsValue RequestObject()
    {
        var request = _invocation.Request;
        var data = new JsObject(_engine);
        data.Set("method", request.Method);
        data.Set("path", request.Path);
        data.Set("query", request.QueryString);
        data.Set("protocol", request.Protocol);
        data.Set("hostname", request.Hostname);
        data.Set("ip", request.ClientIp is null ? JsValue.Undefined : request.ClientIp);
        var headers = new JsArray(_engine, (uint)request.Headers.Count);
        foreach (var (name, value) in request.Headers)
        {
            headers.Push(new JsArray(_engine, [name, value]));
        }

        data.Set("headers", headers);
        data.Set("body", Bytes(request.Body));
        var parameters = new JsObject(_engine);
        foreach (var (name, value) in request.Params)
        {
            parameters.Set(name, value);
        }

        data.Set("params", parameters);
        return data;
    }

    private JsObject CreateHost()
    {
        var host = new JsObject(_engine);
        Add(host, "console", (_, a) =>
        {
            _console.Write(Text(a, 0), Text(a, 1));
            return JsValue.Undefined;
        });
        Add(host, "consoleClear", (_, _) =>
        {
            _console.Clear();
            return JsValue.Undefined;
        });
        Add(host, "now", (_, _) => _clock.Elapsed.TotalMilliseconds);
        Add(host, "timeOrigin", (_, _) => _time.GetUtcNow().ToUnixTimeMilliseconds() - _clock.Elapsed.TotalMilliseconds);
        Add(host, "environment", (_, _) =>
        {
            var environment = new JsObject(_engine);
            foreach (var (name, value) in _invocation.Environment)
            {
                environment.Set(name, value);
            }

            return environment;
        });
        Add(host, "encode", (_, a) => Bytes(TextCodec.Encode(Text(a, 0), Text(a, 1))));
        Add(host, "decode", (_, a) =>
        {
            try
            {
                return TextCodec.Decode(ByteArgument(a, 0), Text(a, 1), a.Length > 2 && a[2].AsBoolean());
            }
            catch (DecoderFallbackException)
            {
                throw new JavaScriptException(_engine.Intrinsics.TypeError, "The encoded data was not valid for encoding utf-8");
            }
        });
        Add(host, "byteLength", (_, a) => TextCodec.ByteLength(Text(a, 0), Text(a, 1)));
        Add(host, "parseUrl", (_, a) =>
        {
            var parts = UrlParts.Parse(Text(a, 0), a.Length > 1 && !a[1].IsUndefined() ? Text(a, 1) : null);
            return parts is null ? JsValue.Null : new JsArray(_engine, parts.Select(p => (JsValue)p).ToArray());
        });
        Add(host, "stat", (_, a) => PackagePath(Text(a, 0)) is { } path
            ? _invocation.Package.IsFile(path) ? 1 : _invocation.Package.IsDirectory(path) ? 2 : 0
            : 0);
        Add(host, "readText", (_, a) => Encoding.UTF8.GetString(ReadPackageFile(Text(a, 0))));
        Add(host, "readBytes", (_, a) => Bytes(ReadPackageFile(Text(a, 0))));
        Add(host, "compile", (_, a) =>
        {
            var absolute = Text(a, 0);
            var path = PackagePath(absolute)!;
            var source = Encoding.UTF8.GetString(ReadPackageFile(absolute));
            var prepared = _scripts.Module(_invocation.Package, path, source);
            return _engine.Evaluate(prepared);
        });
        Add(host, "packageTime", (_, _) => _time.GetUtcNow().ToUnixTimeMilliseconds());
        Add(host, "statusText", (_, a) => HttpStatusText.For((int)TypeConverter.ToNumber(a[0])) is { } text ? text : JsValue.Undefined);
        Add(host, "contentType", (_, a) => MimeTypes.ContentType(Text(a, 0)) is { } type ? type : JsBoolean.False);
        Add(host, "setCharset", (_, a) => MimeTypes.WithCharset(Text(a, 0), Text(a, 1)));
        Add(host, "etag", (_, a) => WeakEtag(ByteArgument(a, 0)));
        Add(host, "write", (_, a) =>
        {
            var bytes = ByteArgument(a, 0);
            if (_body.Length + bytes.Length > _options.MaxResponseBodyBytes)
            {
                _responseTooLarge = true;
                return JsBoolean.False;
            }

            _body.Write(bytes);
            return JsBoolean.True;
        });
        Add(host, "respond", (_, a) =>
        {
            var list = a[1].AsArray();
            var headers = new List<KeyValuePair<string, string>>((int)list.Length / 2);
            for (uint i = 0; i + 1 < list.Length; i += 2)
            {
                headers.Add(new(TypeConverter.ToString(list[i]), TypeConverter.ToString(list[i + 1])));
            }

            _response ??= ((int)TypeConverter.ToNumber(a[0]), headers);
            return JsValue.Undefined;
        });
        Add(host, "settled", (_, a) =>
        {
            _settled = true;
            if (a.Length > 0 && !a[0].IsUndefined())
            {
                _settledError ??= a[0];
            }

            return JsValue.Undefined;
        });
        Add(host, "setTimer", (_, a) => SetTimer(TypeConverter.ToNumber(a[0]), a[1]));
        Add(host, "clearTimer", (_, a) =>
        {
            var id = (int)TypeConverter.ToNumber(a[0]);
            if (_timers.Remove(id, out var timer))
            {
                timer.Cancel();
                timer.Dispose();
            }

            return JsValue.Undefined;
        });
        return host;
    }

    private int SetTimer(double milliseconds, JsValue callback)
    {
        var id = ++_nextTimerId;
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        _timers[id] = cancellation;
        var delay = TimeSpan.FromMilliseconds(Math.Max(0, milliseconds));
        _ = FireAsync();
        return id;

        async Task FireAsync()
        {
            try
            {
                await Task.Delay(delay, _time, cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _callbacks.Writer.TryWrite(() =>
            {
                if (_timers.Remove(id, out var timer))
                {
                    timer.Dispose();
                    _engine.Call(callback);
                }
            });
        }
    }

    private static void Add(JsObject host, string name, Func<JsValue, JsValue[], JsValue> body) =>
        host.FastSetProperty(name, new Jint.Runtime.Descriptors.PropertyDescriptor(
            new ClrFunction(host.Engine, name, body), Jint.Runtime.Descriptors.PropertyFlag.NonEnumerable));

    private static string Text(JsValue[] arguments, int index) =>
        index < arguments.Length ? TypeConverter.ToString(arguments[index]) : "";

    private byte[] ByteArgument(JsValue[] arguments, int index) =>
        index < arguments.Length && arguments[index].IsUint8Array()
            ? arguments[index].AsUint8Array()
            : throw new JavaScriptException(_engine.Intrinsics.TypeError, "Expected a Uint8Array");

    private JsValue Bytes(ReadOnlySpan<byte> bytes) => _engine.Intrinsics.Uint8Array.Construct(bytes);

    /// <summary>The package-relative path of an absolute sandbox path, or null when it lies outside the package.</summary>
    private static string? PackagePath(string absolute)
    {
        if (absolute == PackageRoot)
        {
            return "";
        }

        return absolute.StartsWith(PackageRoot + "/", StringComparison.Ordinal) ? absolute[(PackageRoot.Length + 1)..].TrimEnd('/') : null;
    }

    private byte[] ReadPackageFile(string absolute) =>
        (PackagePath(absolute) is { } path ? _invocation.Package.Read(path) : null)
        ?? throw new JavaScriptException(_engine.Intrinsics.Error, $"ENOENT: no such file or directory, open '{absolute}'");

    /// <summary>Express's default ETag: <c>W/"&lt;length hex&gt;-&lt;27 chars of base64 SHA-1&gt;"</c>.</summary>
    private static string WeakEtag(ReadOnlySpan<byte> body) =>
        $"W/\"{body.Length:x}-{Convert.ToBase64String(SHA1.HashData(body))[..27]}\"";
}
