using Invoke.ArchitectureTests.Analyzers;
using Invoke.ArchitectureTests.Violations.Infrastructure.Caching;
using Invoke.ArchitectureTests.Violations.Infrastructure.Persistence.MigrationsBackfill;
using Invoke.ArchitectureTests.Violations.Infrastructure.RawSql;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using CachingListener = Invoke.ArchitectureTests.Violations.Infrastructure.Caching.PostgresNotificationListener;

namespace Invoke.ArchitectureTests;

public sealed class BannedApiAnalyzerTests
{
    private const string BannedApiDiagnostic = "RS0030";

    [Fact]
    public void BannedSymbols_EveryTypeMemberId_ShouldResolveInTheProductsReferences()
    {
        var compilation = RepositoryCompilation.Create([]);

        // Namespace entries (N:Dapper) ban libraries Invoke does not reference, so they resolve to nothing on purpose.
        var unresolved = BannedSymbolIds()
            .Where(id => !id.StartsWith("N:", StringComparison.Ordinal))
            .Where(id => DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).IsEmpty)
            .ToList();

        Assert.True(BannedSymbolIds().Count() > 50, "BannedSymbols.txt lost its entries.");
        Assert.Empty(unresolved);
    }

    [Theory]
    [InlineData("src/Infrastructure/Persistence/Migrations/20260101000000_InitialSchema.cs", false)]
    [InlineData("src/Infrastructure/Persistence/Migrations/Scripts/Triggers.cs", false)]
    [InlineData("src/Infrastructure/Notifications/PostgresNotificationListener.cs", false)]
    [InlineData("src/Infrastructure/Persistence/MigrationsBackfill/Backfill.cs", true)]
    [InlineData("src/Infrastructure/Persistence/InvokeDbContext.cs", true)]
    [InlineData("src/Infrastructure/Notifications/NotificationDispatcher.cs", true)]
    [InlineData("src/Infrastructure/Caching/PostgresNotificationListener.cs", true)]
    [InlineData("src/Application/Functions/Queries/GetFunctionById/GetFunctionByIdQueryHandler.cs", true)]
    [InlineData("src/Api/Controllers/FunctionsController.cs", true)]
    public void EditorConfig_ForSourcePath_ShouldMakeRs0030AnErrorOutsideTheTwoExemptions(string path, bool banned)
    {
        var options = RepositoryCompilation.EditorConfig.GetOptionsForSourcePath(RepositoryCompilation.Root + path);

        var severity = options.TreeOptions.GetValueOrDefault(BannedApiDiagnostic, ReportDiagnostic.Default);

        Assert.Equal(banned ? ReportDiagnostic.Error : ReportDiagnostic.Suppress, severity);
    }

    [Fact]
    public async Task Analyzer_OnViolationFixtureCompiledUnderSrc_ShouldReportRs0030InExactlyTheBreachingClasses()
    {
        var compilation = RepositoryCompilation.Create(ViolationFixtureSourcesPlacedUnderSrc());

        var diagnostics = await RepositoryCompilation.BannedApiDiagnosticsAsync(compilation);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var banned = diagnostics.Where(d => d.Id == BannedApiDiagnostic).ToList();
        Assert.All(banned, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        ArchAssert.SameTypes(
            [
                typeof(ExecuteSqlRawCall),
                typeof(ExecuteSqlInterpolatedCall),
                typeof(ExecuteSqlRawAsyncInAsyncMethod),
                typeof(FromSqlRawInLambda),
                typeof(SqlQueryCall),
                typeof(GetDbConnectionCommandText),
                typeof(ChainedCreateCommandExecuteScalar),
                typeof(DataSourceCreateCommandExecuteNonQueryAsync),
                typeof(NewNpgsqlCommand),
                typeof(NpgsqlBatchCommands),
                typeof(DbConnectionInterfaceCommand),
                typeof(CopyImport),
                typeof(ComputedColumnSqlConfiguration),
                typeof(BackfillWithRawSql),
                typeof(CachingListener),
                typeof(NotificationEavesdropper),
            ],
            banned.Select(d => EnclosingTypeName(compilation, d)));
    }

    private static IEnumerable<string> BannedSymbolIds() =>
        RepositoryCompilation.BannedSymbols
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line.Split(';')[0]);

    // The fixture's folders mirror the product's layers, so "Infrastructure/Persistence/Migrations/X.cs" is compiled as
    // src/Infrastructure/Persistence/Migrations/X.cs and gets that folder's .editorconfig exemption.
    private static IEnumerable<SyntaxTree> ViolationFixtureSourcesPlacedUnderSrc()
    {
        var sources = Path.Combine(AppContext.BaseDirectory, "violations-source");
        return Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories)
            .Select(file => RepositoryCompilation.Parse(
                File.ReadAllText(file),
                "src/" + Path.GetRelativePath(sources, file).Replace(Path.DirectorySeparatorChar, '/')));
    }

    private static string EnclosingTypeName(Compilation compilation, Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree!;
        var declaration = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan)
            .AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().Last();
        var type = compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration)!;
        return $"{type.ContainingNamespace.ToDisplayString()}.{type.Name}";
    }
}
