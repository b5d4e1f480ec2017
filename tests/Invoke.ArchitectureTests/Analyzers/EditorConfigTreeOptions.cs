using Microsoft.CodeAnalysis;

namespace Invoke.ArchitectureTests.Analyzers;

/// <summary>Applies .editorconfig severities and generated_code markers to an in-memory compilation, as MSBuild does.</summary>
public sealed class EditorConfigTreeOptions(AnalyzerConfigSet editorConfig) : SyntaxTreeOptionsProvider
{
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
        editorConfig.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out var generated)
            && generated == "true"
            ? GeneratedKind.MarkedGenerated
            : GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(
        SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        editorConfig.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        severity = default;
        return false;
    }
}
