using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// Node's <c>path</c> (POSIX flavour, the only one a Linux function sees) computed natively. The working directory is
/// the package root, as <c>process.cwd()</c> says.
/// </summary>
internal static class NativePath
{
    private const string WorkingDirectory = "/app";

    public static JsObject Create(Engine engine)
    {
        var path = new JsObject(engine);
        SandboxEngine.Add(path, "join", (_, a) => Join(Paths(engine, a)));
        SandboxEngine.Add(path, "resolve", (_, a) => Resolve(Paths(engine, a)));
        SandboxEngine.Add(path, "normalize", (_, a) => Normalize(PathArgument(engine, a, 0, "path")));
        SandboxEngine.Add(path, "isAbsolute", (_, a) => PathArgument(engine, a, 0, "path").StartsWith('/'));
        SandboxEngine.Add(path, "dirname", (_, a) => Dirname(PathArgument(engine, a, 0, "path")));
        SandboxEngine.Add(path, "basename", (_, a) => Basename(
            PathArgument(engine, a, 0, "path"), a.Length > 1 && !a[1].IsUndefined() ? PathArgument(engine, a, 1, "suffix") : null));
        SandboxEngine.Add(path, "extname", (_, a) => Extname(PathArgument(engine, a, 0, "path")));
        SandboxEngine.Add(path, "relative", (_, a) => Relative(PathArgument(engine, a, 0, "from"), PathArgument(engine, a, 1, "to")));
        SandboxEngine.Add(path, "toNamespacedPath", (_, a) => a.Length > 0 ? a[0] : JsValue.Undefined);
        SandboxEngine.Add(path, "parse", (_, a) => Parse(engine, PathArgument(engine, a, 0, "path")));
        SandboxEngine.Add(path, "format", (_, a) => Format(engine, a.Length > 0 ? a[0] : JsValue.Undefined));
        path.Set("sep", "/");
        path.Set("delimiter", ":");
        path.Set("posix", path);
        return path;
    }

    private static string PathArgument(Engine engine, JsValue[] arguments, int index, string name)
    {
        var value = index < arguments.Length ? arguments[index] : JsValue.Undefined;
        return value.IsString() ? value.AsString() : throw NodeErrors.InvalidArgType(engine, name, "string", value);
    }

    private static string[] Paths(Engine engine, JsValue[] arguments)
    {
        var paths = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            paths[i] = PathArgument(engine, arguments, i, "path");
        }

        return paths;
    }

    public static string Join(string[] paths)
    {
        var joined = string.Join('/', paths.Where(p => p.Length > 0));
        return joined.Length == 0 ? "." : Normalize(joined);
    }

    public static string Resolve(string[] paths)
    {
        var resolved = "";
        for (var i = paths.Length - 1; i >= -1 && !resolved.StartsWith('/'); i--)
        {
            var next = i >= 0 ? paths[i] : WorkingDirectory;
            if (next.Length > 0)
            {
                resolved = resolved.Length == 0 ? next : next + "/" + resolved;
            }
        }

        return "/" + string.Join('/', Segments(resolved, aboveRoot: false));
    }

    public static string Normalize(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var absolute = path.StartsWith('/');
        var body = string.Join('/', Segments(path, aboveRoot: !absolute));
        if (body.Length == 0 && !absolute)
        {
            body = ".";
        }

        if (path.EndsWith('/') && body.Length > 0)
        {
            body += "/";
        }

        return absolute ? "/" + body : body;
    }

    /// <summary>The path's segments with <c>.</c> and empty ones dropped and <c>..</c> applied; a relative path keeps the <c>..</c> that go above its start.</summary>
    private static List<string> Segments(string path, bool aboveRoot)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment != "..")
            {
                segments.Add(segment);
            }
            else if (segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (aboveRoot)
            {
                segments.Add("..");
            }
        }

        return segments;
    }

    public static string Dirname(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var end = path.Length - 1;
        while (end > 0 && path[end] == '/')
        {
            end--;
        }

        var slash = path.LastIndexOf('/', end);
        if (slash == -1)
        {
            return path[0] == '/' ? "/" : ".";
        }

        var dir = path[..slash].TrimEnd('/');
        return dir.Length > 0 ? dir : path[0] == '/' && slash == 1 && path[1] == '/' ? "//" : "/";
    }

    public static string Basename(string path, string? suffix)
    {
        var trimmed = path.TrimEnd('/');
        var name = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        // Node strips a suffix equal to the whole name only when no trailing slash follows it.
        if (suffix is { Length: > 0 } && name.EndsWith(suffix, StringComparison.Ordinal) && (name != suffix || trimmed.Length == path.Length))
        {
            return name[..^suffix.Length];
        }

        return name;
    }

    public static string Extname(string path)
    {
        var name = Basename(path, null);
        var dot = name.LastIndexOf('.');
        return dot <= 0 || name == ".." ? "" : name[dot..];
    }

    private static string Relative(string from, string to)
    {
        var fromSegments = Segments(Resolve([from]), aboveRoot: false);
        var toSegments = Segments(Resolve([to]), aboveRoot: false);
        var common = 0;
        while (common < fromSegments.Count && common < toSegments.Count && fromSegments[common] == toSegments[common])
        {
            common++;
        }

        var relative = new StringBuilder();
        for (var i = common; i < fromSegments.Count; i++)
        {
            relative.Append(relative.Length > 0 ? "/.." : "..");
        }

        foreach (var segment in toSegments.Skip(common))
        {
            relative.Append(relative.Length > 0 ? "/" : "").Append(segment);
        }

        return relative.ToString();
    }

    private static JsObject Parse(Engine engine, string path)
    {
        var root = path.StartsWith('/') ? "/" : "";
        var trimmed = path.TrimEnd('/');
        var name = Basename(path, null);
        var extension = Extname(path);
        var dir = trimmed.Contains('/') ? Dirname(path) : root;
        var parsed = new JsObject(engine);
        parsed.Set("root", root);
        parsed.Set("dir", dir);
        parsed.Set("base", name);
        parsed.Set("ext", extension);
        parsed.Set("name", name[..^extension.Length]);
        return parsed;
    }

    private static string Format(Engine engine, JsValue value)
    {
        if (value is not ObjectInstance parts)
        {
            throw NodeErrors.InvalidArgType(engine, "pathObject", "object", value);
        }

        string? Part(string name) => parts.Get(name) is { } v && !v.IsUndefined() && !v.IsNull() && TypeConverter.ToString(v) is { Length: > 0 } text ? text : null;
        var dir = Part("dir") ?? Part("root");
        var extension = Part("ext") is { } ext ? ext.StartsWith('.') ? ext : "." + ext : "";
        var name = Part("base") ?? (Part("name") ?? "") + extension;
        return dir is null ? name : dir == Part("root") ? dir + name : dir + "/" + name;
    }
}
