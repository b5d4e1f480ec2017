using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Invoke.Application.KeyValueStore;
using Invoke.Application.Runtime.Execution;
using Invoke.Infrastructure.Networking;
using Jint;
using Jint.Constraints;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// One invocation on a <see cref="SandboxEngine"/>: its bridge (console, timers, response), and an event loop that runs
/// timer callbacks one at a time until the response is sent. No thread is held while the function waits; the engine is
/// only ever touched by the one logical flow of <see cref="RunAsync"/>.
/// </summary>
internal sealed class SandboxRun : IDisposable
{
    private readonly FunctionInvocation _invocation;
    private readonly SandboxEngine _sandbox;
    private readonly Engine _engine;
    private readonly ExecutionOptions _options;
    private readonly CancellationTokenSource _lifetime;
    private readonly Channel<Action> _callbacks = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<int, CancellationTokenSource> _timers = [];
    private readonly ConsoleCapture _console;
    private readonly MemoryStream _body = new();
    private readonly long _allocationBudget;
    private readonly TimeProvider _time;
    private readonly IFunctionKeyValueStore _keyValueStore;
    private readonly EgressServices _egress;
    private readonly HostOperations _operations;

    private int _nextTimerId;
    private long _allocated;
    private bool _settled;
    private JsValue? _settledError;
    private (int Status, List<KeyValuePair<string, string>> Headers)? _response;
    private bool _responseTooLarge;
    private InvocationNetwork? _network;
    private JsObject? _nativeNetwork;

    public SandboxRun(
        FunctionInvocation invocation, SandboxEngine sandbox, ExecutionOptions options, TimeProvider time,
        IFunctionKeyValueStore keyValueStore, EgressServices egress, CancellationToken cancellationToken)
    {
        _egress = egress;
        _operations = new HostOperations(callback => _callbacks.Writer.TryWrite(callback));
        _invocation = invocation;
        _sandbox = sandbox;
        _engine = sandbox.Engine;
        _options = options;
        _time = time;
        _keyValueStore = keyValueStore;
        _console = new ConsoleCapture(options.MaxConsoleEntries, options.MaxConsoleCharacters, time);
        _allocationBudget = invocation.Limits.MemoryBytes * options.AllocationBudgetFactor;
        _lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _lifetime.CancelAfter(invocation.Limits.Timeout);
        sandbox.Cancellation.Token = _lifetime.Token;
        _engine.Constraints.Find<OperationDeadlineConstraint>()?.Begin(invocation.Limits.Timeout, _lifetime.Token);
    }

    /// <summary>True when the invocation ended in a way that leaves the engine fit for the next one.</summary>
    public bool EndedCleanly { get; private set; }

    public async Task<FunctionResponse> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            RunSlice(() => _sandbox.Invoke(RequestObject(), CreateBridge()));
            while (_response is null && !(_settled && (_settledError is not null || (_timers.Count == 0 && _operations.Pending == 0))))
            {
                var callback = await _callbacks.Reader.ReadAsync(_lifetime.Token);
                RunSlice(callback);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(Classify(exception));
        }
        catch (ExecutionCanceledException)
        {
            // The caller went away (the port promises OperationCanceledException then, whatever the engine threw).
            throw new OperationCanceledException(cancellationToken);
        }

        if (_responseTooLarge)
        {
            return Fail(new InvocationFailure(
                InvocationFailureKind.ResponseTooLarge,
                $"The response body exceeded {_options.MaxResponseBodyBytes} bytes"));
        }

        if (_response is { } response)
        {
            EndedCleanly = true;
            return new FunctionResponse(response.Status, response.Headers, _body.ToArray(), _console.Entries, _console.Truncated, null);
        }

        if (_settledError is { } error)
        {
            return Fail(new InvocationFailure(InvocationFailureKind.CodeError, Describe(error)));
        }

        // The handler settled without sending and nothing is left to run: Express would hang until the client gave
        // up; Invoke answers at once with what the response holds (the original's behaviour).
        EndedCleanly = true;
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
        _network?.Dispose();
        _engine.Constraints.Find<OperationDeadlineConstraint>()?.End();
        _sandbox.Cancellation.Token = CancellationToken.None;
        _lifetime.Dispose();
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

    private InvocationFailure Classify(Exception exception) => exception switch
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
        // The engine's own limits (array size, regex) and failures of native modules surface as other exceptions; their
        // message goes to the log only, never to script.
        _ => new InvocationFailure(InvocationFailureKind.CodeError, exception.GetType().Name + ": " + exception.Message),
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
        data.Set("body", _sandbox.Bytes(request.Body));
        var parameters = new JsObject(_engine);
        foreach (var (name, value) in request.Params)
        {
            parameters.Set(name, value);
        }

        data.Set("params", parameters);
        return data;
    }

    /// <summary>The invocation's own host functions; the bootstrap routes console, timers and the response through them.</summary>
    private JsObject CreateBridge()
    {
        var bridge = new JsObject(_engine);
        SandboxEngine.Add(bridge, "console", (_, a) =>
        {
            _console.Write(SandboxEngine.Text(a, 0), SandboxEngine.Text(a, 1));
            return JsValue.Undefined;
        });
        SandboxEngine.Add(bridge, "consoleClear", (_, _) =>
        {
            _console.Clear();
            return JsValue.Undefined;
        });
        SandboxEngine.Add(bridge, "environment", (_, _) =>
        {
            var environment = new JsObject(_engine);
            foreach (var (name, value) in _invocation.Environment)
            {
                environment.Set(name, value);
            }

            return environment;
        });
        SandboxEngine.Add(bridge, "write", (_, a) =>
        {
            var bytes = _sandbox.ByteArgument(a, 0);
            if (_body.Length + bytes.Length > _options.MaxResponseBodyBytes)
            {
                _responseTooLarge = true;
                return JsBoolean.False;
            }

            _body.Write(bytes);
            return JsBoolean.True;
        });
        SandboxEngine.Add(bridge, "respond", (_, a) =>
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
        SandboxEngine.Add(bridge, "settled", (_, a) =>
        {
            _settled = true;
            if (a.Length > 0 && !a[0].IsUndefined())
            {
                _settledError ??= a[0];
            }

            return JsValue.Undefined;
        });
        bridge.Set("kv", NativeKv.Create(_engine, _operations, _keyValueStore, _invocation.ProjectId, _lifetime.Token));
        SandboxEngine.Add(bridge, "network", (_, _) => _nativeNetwork ??= NativeNetwork.Create(
            _sandbox,
            _network = _egress.ForInvocation(_invocation.ProjectId, _lifetime.Token),
            _operations,
            line => _console.Write("log", line)));
        SandboxEngine.Add(bridge, "setTimer", (_, a) => SetTimer(TypeConverter.ToNumber(a[0]), a[1]));
        SandboxEngine.Add(bridge, "clearTimer", (_, a) =>
        {
            var id = (int)TypeConverter.ToNumber(a[0]);
            if (_timers.Remove(id, out var timer))
            {
                timer.Cancel();
                timer.Dispose();
            }

            return JsValue.Undefined;
        });
        return bridge;
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
}
