using System.Globalization;

namespace Samenleven.Content;

/// <summary>How bad a diagnostic is: errors fail the build, warnings are only reported.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>A problem in the content, with the place a contributor has to look (1-based line and column) and a code to look up.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, DiagnosticCode Code, string Message)
{
    public static Diagnostic Error(DiagnosticCode code, string path, int line, int column, string message) => new(path, line, column, Severity.Error, code, message);

    public static Diagnostic Warning(DiagnosticCode code, string path, int line, int column, string message) => new(path, line, column, Severity.Warning, code, message);

    /// <summary>The compiler-style form editors and CI understand: <c>path:line:col: error SID0003: message</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code.Id()}: {Message}");
}

/// <summary>Collects diagnostics from parallel stages; reports them in a stable order.</summary>
/// <remarks>
/// A list under a lock, not a <c>ConcurrentBag</c>: the loader makes a bag per file, and every concurrent bag owns a
/// thread-local whose finalizer cost more than the parsing at 10,000 files. Diagnostics are rare; the lock is uncontended.
/// </remarks>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(DiagnosticBag other)
    {
        foreach (var diagnostic in other.Snapshot())
        {
            Add(diagnostic);
        }
    }

    public void Error(DiagnosticCode code, string path, int line, int column, string message) => Add(Diagnostic.Error(code, path, line, column, message));

    public void Warning(DiagnosticCode code, string path, int line, int column, string message) => Add(Diagnostic.Warning(code, path, line, column, message));

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Sorted by path, line and column. Ordinal: output must be byte-identical on every machine.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. Snapshot()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];

    private Diagnostic[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _items];
        }
    }
}
