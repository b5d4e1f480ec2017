using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Invoke.Application.Functions.Packages;

namespace Invoke.Application.Functions.Templates;

/// <summary>
/// The package of <c>POST /api/functions/create-from-template</c>: <c>index.js</c> (a handler that greets
/// <c>?name=</c>, hashes it and fetches a public JSON document), <c>package.json</c> and <c>README.md</c>
/// (admin-api.md §5.7). The text is Invoke's own.
/// </summary>
public static class HelloWorldTemplate
{
    private const string IndexJs = """
        // Invoke calls the exported function once per request, Express style.
        const crypto = require('crypto');

        module.exports = async function (req, res) {
          const name = req.query.name || 'World';

          let fetchedData = null;
          try {
            const response = await fetch('http://httpbin.org/json');
            fetchedData = await response.json();
          } catch (error) {
            fetchedData = { error: 'Could not fetch the sample document: ' + error.message };
          }

          res.setHeader('x-powered-by', 'Invoke');
          res.json({
            message: `Hello, ${name}!`,
            name: {
              base64: Buffer.from(name).toString('base64'),
              sha256: crypto.createHash('sha256').update(name).digest('hex'),
            },
            fetchedData,
            timestamp: new Date().toISOString(),
          });
        };

        """;

    private static readonly JsonSerializerOptions PackageJsonOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<PackageEntry> Files(Guid functionId, string name, string description) =>
    [
        PackageEntry.File("index.js", Encoding.UTF8.GetBytes(IndexJs)),
        PackageEntry.File("package.json", Encoding.UTF8.GetBytes(PackageJson(name, description))),
        PackageEntry.File("README.md", Encoding.UTF8.GetBytes(Readme(functionId, name, description))),
    ];

    private static string PackageJson(string name, string description) =>
        new JsonObject
        {
            ["name"] = name,
            ["version"] = "1.0.0",
            ["description"] = description,
            ["license"] = "UNLICENSED",
            ["private"] = true,
            ["type"] = "commonjs",
            ["main"] = "index.js",
            ["scripts"] = new JsonObject
            {
                ["start"] = "invoke run",
                ["deploy"] = $"invoke function:deploy --name {name} --project \"Default Project\"",
                ["test"] = $"invoke function:test {name} --path ?name=World",
            },
        }.ToJsonString(PackageJsonOptions) + "\n";

    private static string Readme(Guid functionId, string name, string description) => $"""
        # {name}

        {description}

        Created from Invoke's Hello World template.

        ## Try it

        Call the function through the execution service:

            GET /invoke/{functionId}?name=YourName

        It answers with a greeting, the name in base64 and its SHA-256 hash, a sample JSON document fetched from
        httpbin.org and the current time.

        ## Change it

        Edit `index.js` in the source editor of the admin UI and save it as a new version, or deploy a new version
        with the CLI: `invoke function:deploy --name {name}`.

        """;
}
