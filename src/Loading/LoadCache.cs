using System.Collections.Concurrent;
using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>
/// What one build can hand to the next (the preview server builds again on every save): the parsed reference data and
/// every parsed document with its diagnostics, keyed by path and valid while the file's text is unchanged. A change to
/// <c>data/</c> throws every document away, since documents are checked against it.
/// Thread-safe: the loader reads files in parallel.
/// </summary>
public sealed class LoadCache
{
    private readonly ConcurrentDictionary<string, Entry> _documents = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string>? _referenceFiles;
    private ReferenceData? _reference;

    /// <summary>A parsed document (null when it had errors) and the diagnostics reading it produced.</summary>
    private sealed record Entry(string Text, object? Document, ImmutableArray<Diagnostic> Diagnostics);

    /// <summary>How many documents the last build took from the cache and how many it had to read.</summary>
    public (int Reused, int Read) LastLoad => (_reused, _read);

    private int _reused;
    private int _read;

    /// <summary>The reference data of the last build when <c>data/</c> is unchanged; otherwise parses it (and caches it when valid).</summary>
    public ReferenceData? Reference(IReadOnlyDictionary<string, string> files, DiagnosticBag diagnostics)
    {
        if (_reference is not null && _referenceFiles is not null && SameFiles(files, _referenceFiles))
        {
            return _reference;
        }

        var reference = ReferenceDataReader.Read(files, diagnostics);
        _referenceFiles = reference is null ? null : files;
        _reference = reference;
        _documents.Clear();
        return reference;
    }

    /// <summary>Called once per build before loading, after <see cref="Reference"/>.</summary>
    internal void BeginLoad(IReadOnlyList<string> paths)
    {
        Retain(paths);
        _reused = 0;
        _read = 0;
    }

    /// <summary>The cached result for this exact text, replaying its diagnostics into <paramref name="diagnostics"/>.</summary>
    internal bool TryGet(SourceFile file, DiagnosticBag diagnostics, out object? document)
    {
        if (_documents.TryGetValue(file.Path, out var entry) && string.Equals(entry.Text, file.Text, StringComparison.Ordinal))
        {
            foreach (var diagnostic in entry.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            Interlocked.Increment(ref _reused);
            document = entry.Document;
            return true;
        }

        document = null;
        return false;
    }

    internal void Store(SourceFile file, object? document, DiagnosticBag fileDiagnostics)
    {
        Interlocked.Increment(ref _read);
        _documents[file.Path] = new Entry(file.Text, document, [.. fileDiagnostics.Sorted()]);
    }

    /// <summary>Forgets files that no longer exist, so the cache does not grow with renames.</summary>
    private void Retain(IReadOnlyList<string> paths)
    {
        var present = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _documents.Keys.Where(p => !present.Contains(p)))
        {
            _documents.TryRemove(path, out _);
        }
    }

    private static bool SameFiles(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var text) && string.Equals(text, kv.Value, StringComparison.Ordinal));
}
