using Invoke.Application.Runtime.Execution;
using Jint.Native;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The native half of <c>fs</c>: the package's files as a read-only tree at <c>/app</c>. Each function takes an
/// absolute, normalised sandbox path and answers null for what does not exist (a path outside the package included);
/// the JavaScript half turns that into Node's errors.
/// </summary>
internal static class NativeFs
{
    private const int File = 1;
    private const int Directory = 2;

    public static JsObject Create(SandboxEngine sandbox, PackageFiles package)
    {
        var engine = sandbox.Engine;
        var fs = new JsObject(engine);
        SandboxEngine.Add(fs, "stat", (_, a) => SandboxEngine.PackagePath(SandboxEngine.Text(a, 0)) switch
        {
            { } path when package.Read(path) is { } content => new JsArray(engine, [File, content.Length]),
            { } path when package.IsDirectory(path) => new JsArray(engine, [Directory, 0]),
            _ => JsValue.Null,
        });
        SandboxEngine.Add(fs, "list", (_, a) => SandboxEngine.PackagePath(SandboxEngine.Text(a, 0)) is { } path && package.IsDirectory(path)
            ? new JsArray(engine, [.. package.List(path).Select(entry => (JsValue)new JsArray(engine, [entry.Name, entry.IsDirectory ? Directory : File]))])
            : JsValue.Null);
        SandboxEngine.Add(fs, "read", (_, a) => SandboxEngine.PackagePath(SandboxEngine.Text(a, 0)) is { } path && package.Read(path) is { } content
            ? sandbox.Bytes(content)
            : JsValue.Null);
        return fs;
    }
}
