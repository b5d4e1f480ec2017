using System.Security.Cryptography;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The running digests and MACs of <c>createHash</c> and <c>createHmac</c>, fed chunk by chunk as <c>update</c> is
/// called: the data goes to .NET once, instead of being copied into the script's heap to be concatenated at the end.
/// A script holds a number that names its state here.
/// </summary>
/// <remarks>
/// The states live in native memory that the engine's memory limit does not see, so one engine keeps a bounded number
/// open at a time; <c>digest</c> releases one.
/// </remarks>
internal sealed class NativeHashes(SandboxEngine sandbox)
{
    public const int MaxOpen = 10_000;

    private readonly Dictionary<int, IncrementalHash> _open = [];
    private int _lastId;

    public void AddTo(JsObject crypto)
    {
        var engine = sandbox.Engine;
        SandboxEngine.Add(crypto, "hashBegin", (_, a) => Open(IncrementalHash.CreateHash(
            NativeCrypto.Digest(SandboxEngine.Text(a, 0)) ?? throw new JavaScriptException(engine.Intrinsics.Error, "Digest method not supported"))));
        SandboxEngine.Add(crypto, "hmacBegin", (_, a) => Open(IncrementalHash.CreateHMAC(
            NativeCrypto.RequiredDigest(engine, SandboxEngine.Text(a, 0)), sandbox.ByteArgument(a, 1))));
        SandboxEngine.Add(crypto, "hashUpdate", (_, a) =>
        {
            State(a).AppendData(sandbox.ByteArgument(a, 1));
            return JsValue.Undefined;
        });
        SandboxEngine.Add(crypto, "hashCopy", (_, a) => Open(State(a).Clone()));
        SandboxEngine.Add(crypto, "hashEnd", (_, a) =>
        {
            var state = State(a);
            _open.Remove(Id(a));
            using (state)
            {
                return sandbox.Bytes(state.GetHashAndReset());
            }
        });
    }

    private JsValue Open(IncrementalHash state)
    {
        if (_open.Count >= MaxOpen)
        {
            state.Dispose();
            throw new JavaScriptException(
                sandbox.Engine.Intrinsics.Error, $"Too many hashes in progress: at most {MaxOpen} may be open at once");
        }

        _open[++_lastId] = state;
        return _lastId;
    }

    private IncrementalHash State(JsValue[] arguments) =>
        _open.TryGetValue(Id(arguments), out var state)
            ? state
            : throw new JavaScriptException(sandbox.Engine.Intrinsics.Error, "Digest already called");

    private static int Id(JsValue[] arguments) => arguments.Length > 0 ? (int)TypeConverter.ToNumber(arguments[0]) : 0;
}
