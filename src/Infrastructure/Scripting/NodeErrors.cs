using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Invoke.Infrastructure.Scripting;

/// <summary>Errors thrown into script the way Node builds them: the intrinsic type, Node's message and a <c>code</c>.</summary>
internal static class NodeErrors
{
    public static JavaScriptException Create(Engine engine, ObjectInstance constructor, string code, string message)
    {
        var error = engine.Construct(constructor, message).AsObject();
        error.Set("code", code);
        return new JavaScriptException(error);
    }

    public static JavaScriptException InvalidArgType(Engine engine, string name, string expected, JsValue actual) =>
        Create(engine, engine.Intrinsics.TypeError, "ERR_INVALID_ARG_TYPE",
            $"The \"{name}\" argument must be of type {expected}. Received {Describe(actual)}");

    public static JavaScriptException InvalidArgValue(Engine engine, string name, JsValue actual, string reason = "is invalid") =>
        Create(engine, engine.Intrinsics.TypeError, "ERR_INVALID_ARG_VALUE",
            $"The argument '{name}' {reason}. Received {Describe(actual)}");

    /// <summary>How Node names a received value in argument errors.</summary>
    public static string Describe(JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return value.IsNull() ? "null" : "undefined";
        }

        if (value is Jint.Native.Function.Function function)
        {
            var name = TypeConverter.ToString(function.Get("name"));
            return name.Length > 0 ? $"function {name}" : "function ";
        }

        if (value is ObjectInstance instance)
        {
            var constructor = instance.Get("constructor");
            return constructor is ObjectInstance c && TypeConverter.ToString(c.Get("name")) is { Length: > 0 } name
                ? $"an instance of {name}"
                : "[Object: null prototype] {}";
        }

        var shown = value.IsString() ? $"'{value.AsString()}'" : value.IsSymbol() ? value.ToString() : value.IsBigInt() ? TypeConverter.ToString(value) + "n" : TypeConverter.ToString(value);
        if (shown.Length > 28)
        {
            shown = shown[..25] + "...";
        }

        var type = value.IsString() ? "string" : value.IsNumber() ? "number" : value.IsBoolean() ? "boolean" : value.IsBigInt() ? "bigint" : "symbol";
        return $"type {type} ({shown})";
    }
}
