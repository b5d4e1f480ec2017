using Invoke.Application.Common.Exceptions;
using Invoke.Application.KeyValueStore;
using Invoke.Domain.Common;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The native half of the <c>kv</c> global (Builtins/kv.js) for one invocation, bound to the invocation's project: the
/// function's code names keys only, never a project. Values cross as JSON text. Each function takes its arguments, then
/// the resolve and reject functions of the promise that the JavaScript half returns.
/// </summary>
internal static class NativeKv
{
    private const string UnavailableMessage = "the key-value store could not complete the operation";

    public static JsObject Create(
        Engine engine, HostOperations operations, IFunctionKeyValueStore store, Guid projectId, CancellationToken cancellationToken)
    {
        var kv = new JsObject(engine);
        Add(kv, "get", 1, (a, settle) => settle.Start(
            () => store.GetAsync(projectId, Text(a[0]), cancellationToken),
            json => json is null ? JsValue.Undefined : json));
        Add(kv, "set", 3, (a, settle) => settle.Start(
            async () =>
            {
                await store.SetAsync(projectId, Text(a[0]), Text(a[1]), a[2].IsNumber() ? (long)a[2].AsNumber() : null, cancellationToken);
                return true;
            },
            Flag));
        Add(kv, "delete", 1, (a, settle) => settle.Start(
            () => store.DeleteAsync(projectId, Text(a[0]), cancellationToken), Flag));
        Add(kv, "has", 1, (a, settle) => settle.Start(
            () => store.HasAsync(projectId, Text(a[0]), cancellationToken), Flag));
        Add(kv, "clear", 0, (_, settle) => settle.Start(
            async () =>
            {
                await store.ClearAsync(projectId, cancellationToken);
                return true;
            },
            Flag));
        Add(kv, "list", 3, (a, settle) => settle.Start(
            () => store.ListAsync(
                projectId, a[0].IsString() ? a[0].AsString() : null, (int)TypeConverter.ToNumber(a[1]),
                a[2].IsString() ? a[2].AsString() : null, cancellationToken),
            page =>
            {
                var result = new JsObject(engine);
                result.Set("keys", new JsArray(engine, [.. page.Keys.Select(k => (JsValue)k)]));
                result.Set("cursor", page.Cursor is null ? JsValue.Undefined : page.Cursor);
                return result;
            }));
        Add(kv, "increment", 2, (a, settle) => settle.Start(
            () => store.IncrementAsync(projectId, Text(a[0]), TypeConverter.ToNumber(a[1]), cancellationToken),
            sum => sum));
        return kv;

        void Add(JsObject target, string name, int arity, Action<JsValue[], Settlement> start) =>
            SandboxEngine.Add(target, name, (_, arguments) =>
            {
                var padded = arguments.Length >= arity + 2 ? arguments : [.. arguments, .. Enumerable.Repeat(JsValue.Undefined, arity + 2 - arguments.Length)];
                start(padded, new Settlement(engine, operations, padded[arity], padded[arity + 1]));
                return JsValue.Undefined;
            });
    }

    private static string Text(JsValue value) => TypeConverter.ToString(value);

    private static JsValue Flag(bool value) => value ? JsBoolean.True : JsBoolean.False;

    /// <summary>What script may read of a failure: the refusals of the store's rules, nothing of the host's internals.</summary>
    private static string Describe(Exception exception) => exception switch
    {
        ValidationException or DomainException or PayloadTooLargeException or BadRequestException or NotFoundException => exception.Message,
        _ => UnavailableMessage,
    };

    private readonly record struct Settlement(Engine Engine, HostOperations Operations, JsValue Resolve, JsValue Reject)
    {
        public void Start<T>(Func<Task<T>> operation, Func<T, JsValue> toScript)
        {
            var (engine, resolve, reject) = (Engine, Resolve, Reject);
            Operations.Start(operation, value => engine.Call(resolve, toScript(value)), exception => engine.Call(reject, Describe(exception)));
        }
    }
}
