using Samenleven.Content;

namespace Samenleven.Cli;

/// <summary>Prints diagnostics as <c>path:line:col: error SID0003: message</c>, and as GitHub annotations inside GitHub Actions.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error, bool githubActions)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            if (githubActions)
            {
                error.WriteLine(GitHubAnnotation(diagnostic));
            }
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
        {
            error.WriteLine($"{errors} error(s), {warnings} warning(s). Every code is explained in docs/diagnostics.md.");
        }
    }

    /// <summary><c>::error file=input/x.md,line=3,col=1,title=SID0003::message</c>, escaped as the Actions runner expects.</summary>
    public static string GitHubAnnotation(Diagnostic d) =>
        $"::{(d.Severity == Severity.Error ? "error" : "warning")} file={Escape(d.Path, true)},line={d.Line},col={d.Column},title={d.Code.Id()}::{Escape(d.Message, false)}";

    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
