using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Invoke.Domain.ApiGateway;

namespace Invoke.Runtime.DifferentialTests;

/// <summary>
/// Every (route path, request path) pair below goes through the real path-to-regexp 6 under Node
/// (tests/differential/path-to-regexp-match.js) and through <see cref="RoutePattern"/>: the verdict (refused pattern
/// with its message, no match, malformed encoding, or the matched length and decoded parameters) must be equal.
/// </summary>
public sealed class RoutePatternDifferentialTests
{
    private static readonly (string Pattern, string Path)[] Cases =
    [
        // Literal prefixes: segment boundary, case, trailing slash, query and hash delimiters.
        ("/test", "/test"), ("/test", "/test/"), ("/test", "/test/abc/def"), ("/test", "/testing"), ("/test", "/TEST/x"),
        ("/test", "/tes"), ("/test", "/test#frag"), ("/test", "/test?x=1"), ("/test/", "/test"), ("/test/", "/test/"),
        ("/test/", "/test/abc"), ("/", "/"), ("/", "/anything"), ("/", ""), ("", "/a"), ("/a.b", "/a.b/c"),
        ("/a.b", "/aXb"), ("/caf%C3%A9", "/caf%C3%A9/x"), ("/caf%C3%A9", "/caf%c3%a9"), ("/api/v1", "/api/v1//x"),
        ("/hello world", "/hello world"), ("/a\\:b", "/a:b/c"),
        // Named parameters and modifiers.
        ("/users/:id", "/users/42"), ("/users/:id", "/users/42/books"), ("/users/:id", "/users"), ("/users/:id", "/users/"),
        ("/users/:id", "/USERS/Ab%20c"), ("/users/:id", "/users/%E2%82%AC"), ("/users/:id", "/users/%E2%82"),
        ("/users/:id", "/users/%zz"), ("/users/:id", "/users/a+b"), ("/users/:id?", "/users"), ("/users/:id?", "/users/7"),
        ("/users/:id?", "/users/7/x"), ("/files/:path*", "/files"), ("/files/:path*", "/files/a/b/c"),
        ("/files/:path+", "/files"), ("/files/:path+", "/files/a/b%2Fc"), ("/:a/:b", "/x/y/z"), ("/:a-:b", "/one-two"),
        ("/:a.:ext", "/file.tar.gz"), ("/users/:id.json", "/users/5.json"), ("/u/:id/books/:book", "/u/1/books/2/pages"),
        // Custom and unnamed patterns, groups.
        ("/orders/:id(\\d+)", "/orders/123"), ("/orders/:id(\\d+)", "/orders/abc"), ("/(.*)", "/any/thing/here"),
        ("/static/(.*)", "/static/css/site.css"), ("/v:major(\\d+)", "/v2/x"), ("/(\\d+)/:slug", "/12/post"),
        ("/api{/:version}?/items", "/api/items"), ("/api{/:version}?/items", "/api/v2/items"),
        ("/shop{-:category}", "/shop-toys"), ("/shop{-:category}", "/shop"), ("/x/:rest(.*)", "/x/a/b?c"),
        ("/blog/:year(\\d{4})/:month(\\d{2})", "/blog/2024/05/title"), ("/a/(?:b|c)", "/a/c/d"),
        // Patterns the library refuses.
        ("*", "/x"), ("/files/*", "/files/a"), ("/:", "/x"), ("/:a:b", "/x"), ("/(", "/x"), ("/()", "/x"),
        ("/(?x)", "/x"), ("/((a))", "/x"), ("/{:a", "/x"), ("/:a(x)+", "/ab"), ("/(a)*", "/a"), ("/:id+", "/1/2"),
        ("/x\\", "/x"), ("/{a}b}", "/ab"),
    ];

    [Fact]
    public async Task Routes_match_as_path_to_regexp_6_matches_them()
    {
        var expected = await RunNodeAsync();
        var mismatches = new List<string>();
        for (var i = 0; i < Cases.Length; i++)
        {
            var (pattern, path) = Cases[i];
            var actual = Describe(pattern, path);
            if (!JsonNode.DeepEquals(actual, expected[i]))
            {
                mismatches.Add($"{pattern} ~ {path}: path-to-regexp {expected[i]!.ToJsonString()}, Invoke {actual.ToJsonString()}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static JsonNode Describe(string pattern, string path)
    {
        RoutePattern compiled;
        try
        {
            compiled = RoutePattern.Compile(pattern);
        }
        catch (RoutePatternException exception)
        {
            return new JsonObject { ["error"] = exception.Message };
        }

        try
        {
            if (compiled.Match(path) is not { } match)
            {
                return new JsonObject { ["matched"] = false };
            }

            var parameters = new JsonArray([.. match.Parameters.Select(p => (JsonNode)new JsonArray(p.Key, p.Value))]);
            return new JsonObject { ["matched"] = true, ["length"] = match.Length, ["params"] = parameters };
        }
        catch (MalformedPathEncodingException)
        {
            return new JsonObject { ["malformed"] = true };
        }
    }

    private static async Task<JsonArray> RunNodeAsync()
    {
        var directory = NodeExpressHarness.HarnessDirectory;
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "path-to-regexp-6")))
        {
            throw new InvalidOperationException("Run 'npm ci' in tests/differential first (.ci/run does).");
        }

        using var node = Process.Start(new ProcessStartInfo("node", ["path-to-regexp-match.js"])
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("node did not start.");
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(Cases.Select(c => new { pattern = c.Pattern, path = c.Path })));
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync());
        return JsonNode.Parse(output)!.AsArray();
    }
}
