using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Acornima.Ast;
using Invoke.Application.Runtime.Execution;
using Jint;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// Parsed scripts shared by every engine: the sandbox bootstrap and the JavaScript built-in modules once per process,
/// and each module of a package once per package (its files are the same for every version with that hash, and the
/// cache lives as long as the package's files are cached).
/// </summary>
internal sealed class SandboxScripts
{
    private const string ModuleHeader = "(function (exports, require, module, __filename, __dirname) {";

    private static readonly ScriptPreparationOptions Preparation = new();

    private readonly ConditionalWeakTable<PackageFiles, ConcurrentDictionary<string, Prepared<Script>>> _modules = new();

    public SandboxScripts()
    {
        using var stream = typeof(SandboxScripts).Assembly.GetManifestResourceStream(BootstrapResource)
            ?? throw new InvalidOperationException($"The sandbox bootstrap {BootstrapResource} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Bootstrap = Engine.PrepareScript(reader.ReadToEnd(), "invoke:sandbox", strict: false, Preparation);
        Builtins = typeof(SandboxScripts).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(BuiltinResourcePrefix, StringComparison.Ordinal))
            .ToDictionary(name => name[BuiltinResourcePrefix.Length..^".js".Length].Replace('.', '/'), PrepareBuiltin);
    }

    public const string BootstrapResource = "Invoke.Infrastructure.Scripting.Bootstrap.sandbox.js";

    private const string BuiltinResourcePrefix = "Invoke.Infrastructure.Scripting.Builtins.";

    public Prepared<Script> Bootstrap { get; }

    /// <summary>
    /// The built-in modules written in JavaScript, by module name (<c>events</c>, <c>stream</c>, ...). Each script is
    /// one function expression that the bootstrap calls, on first <c>require</c>, with its internals and gets the
    /// module's exports back.
    /// </summary>
    public IReadOnlyDictionary<string, Prepared<Script>> Builtins { get; }

    /// <summary>The module at <paramref name="path"/> wrapped as a CommonJS factory function.</summary>
    /// <exception cref="Acornima.ParseErrorException">The module is not valid JavaScript.</exception>
    public Prepared<Script> Module(PackageFiles package, string path, string source) =>
        _modules.GetOrCreateValue(package).GetOrAdd(path, static (key, text) =>
            Engine.PrepareScript(Wrap(text), "/app/" + key, strict: false, Preparation), source);

    private static Prepared<Script> PrepareBuiltin(string resource)
    {
        using var stream = typeof(SandboxScripts).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Engine.PrepareScript(reader.ReadToEnd(), "node:" + resource[BuiltinResourcePrefix.Length..^".js".Length], strict: true, Preparation);
    }

    // The header stays on the first line so that reported line numbers match the file.
    private static string Wrap(string source) =>
        ModuleHeader + (source.StartsWith("#!", StringComparison.Ordinal) ? "//" + source : source) + "\n})";
}
