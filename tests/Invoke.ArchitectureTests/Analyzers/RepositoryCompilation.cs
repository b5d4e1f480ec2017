using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Invoke.ArchitectureTests.Analyzers;

/// <summary>
/// Compiles C# in memory as if it sat at a given path of this repository: against the product's packages, with the
/// repository's .editorconfig and BannedSymbols.txt, and with the same BannedApiAnalyzers the build runs.
/// </summary>
public static class RepositoryCompilation
{
    public const string Root = "/repository/";

    private static readonly string CopiedFiles = AppContext.BaseDirectory;

    public static AnalyzerConfigSet EditorConfig { get; } = AnalyzerConfigSet.Create(ImmutableArray.Create(
        AnalyzerConfig.Parse(File.ReadAllText(Path.Combine(CopiedFiles, "repository", ".editorconfig")), Root + ".editorconfig")));

    public static string BannedSymbols { get; } = File.ReadAllText(Path.Combine(CopiedFiles, "repository", "BannedSymbols.txt"));

    // ImplicitUsings of Microsoft.NET.Sdk, which the in-memory compilation does not get from MSBuild.
    private static SyntaxTree ImplicitUsings { get; } = CSharpSyntaxTree.ParseText(
        """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """,
        path: Root + "obj/ImplicitUsings.g.cs");

    // Everything the test host runs on (framework, ASP.NET Core, EF Core, Npgsql, ...) except this repository's test
    // assemblies, whose types would clash with the sources being compiled.
    private static ImmutableArray<MetadataReference> References { get; } =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("Invoke.ArchitectureTests", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path)),
    ];

    public static CSharpCompilation Create(IEnumerable<SyntaxTree> sources) =>
        CSharpCompilation.Create(
            "RepositoryProbe",
            [ImplicitUsings, .. sources],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSyntaxTreeOptionsProvider(new EditorConfigTreeOptions(EditorConfig)));

    public static SyntaxTree Parse(string source, string repositoryPath) =>
        CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), Root + repositoryPath);

    public static async Task<ImmutableArray<Diagnostic>> BannedApiDiagnosticsAsync(CSharpCompilation compilation) =>
        await compilation
            .WithAnalyzers([BannedApiAnalyzer()], new AnalyzerOptions([new InMemoryText(Root + "BannedSymbols.txt", BannedSymbols)]))
            .GetAnalyzerDiagnosticsAsync();

    private static DiagnosticAnalyzer BannedApiAnalyzer() =>
        Assembly.LoadFrom(Path.Combine(CopiedFiles, "analyzer", "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll"))
            .GetTypes()
            .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(DiagnosticAnalyzer)))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Single(a => a.SupportedDiagnostics.Any(d => d.Id == "RS0030"));

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
