using System.Collections.Immutable;
using System.Diagnostics;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Output;
using Samenleven.Search;
using Samenleven.Tools;

namespace Samenleven.Serve;

/// <summary>What one preview build did: its diagnostics, the site paths whose files changed, and how long it took.</summary>
public sealed record PreviewBuild(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    ImmutableArray<string> ChangedPaths,
    TimeSpan Elapsed,
    int DocumentsReused,
    int DocumentsRead,
    int FilesOffered);

/// <summary>
/// Runs the build pipeline again and again for one project, in-process: parsed files are reused while their text is
/// unchanged (<see cref="LoadCache"/>), and only files whose bytes changed are written (<see cref="IncrementalOutputWriter"/>).
/// Planning and rendering still cover the whole site, because lists, counts and links depend on every document.
/// Not thread-safe: one build at a time (the server's rebuild loop).
/// </summary>
public sealed class PreviewSession
{
    private readonly LoadCache _cache = new();
    private readonly IncrementalOutputWriter _writer;
    private readonly BuildOptions _options;
    private readonly IProjectSource _source;
    private readonly ISearchIndexer? _search;

    /// <param name="editorBundle">Decap's browser files for /admin/ (made ready once, when the preview starts).</param>
    /// <param name="commits">When each content file was last committed; null outside a git checkout.</param>
    public PreviewSession(string projectRoot, OutputFolder output, string baseUrl, IReadOnlyList<string> editorBundle, IReadOnlyDictionary<string, DateOnly>? commits = null)
    {
        _source = new DiskProjectSource(projectRoot);
        _options = new BuildOptions
        {
            BaseUrl = baseUrl,
            Cache = _cache,
            EditorBundle = editorBundle,
            Today = DateOnly.FromDateTime(DateTime.Now),
            Commits = commits,
        };
        _writer = new IncrementalOutputWriter(output);

        // Search works in the preview too, so an editor finds a new practice before opening a pull request. Only with
        // Pagefind installed: the preview never runs npm ci by itself, and without Node it previews without search.
        _search = File.Exists(Path.Combine(projectRoot, Pagefind.RunnerScript)) ? new PagefindIndexer(projectRoot, SystemProcessRunner.Instance) : null;
    }

    /// <summary>The folder the site is written to and served from.</summary>
    public string OutputDirectory => _writer.Target;

    public async Task<PreviewBuild> BuildAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var result = await new BuildPipeline(_source, _options, _search).RunAsync(_writer.Begin, cancellationToken).ConfigureAwait(false);
        var (reused, read) = _cache.LastLoad;
        return result.Succeeded
            ? new PreviewBuild(true, result.Diagnostics, [.. _writer.Changed.Select(SitePath)], clock.Elapsed, reused, read, _writer.FilesOffered)
            : new PreviewBuild(false, result.Diagnostics, [], clock.Elapsed, reused, read, 0);
    }

    /// <summary>The URL path of an output file: <c>praktijken/x/index.html</c> is <c>/praktijken/x/</c>.</summary>
    public static string SitePath(string outputFile) =>
        outputFile.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputFile[..^"index.html".Length]
        : outputFile == "index.html" ? "/"
        : "/" + outputFile;
}
