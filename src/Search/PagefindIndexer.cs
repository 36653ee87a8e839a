using System.Collections.Immutable;
using System.Text.Json;
using Samenleven.Content;
using Samenleven.Search.Dutch;
using Samenleven.Site;
using Samenleven.Site.Pages;
using Samenleven.Tools;

namespace Samenleven.Search;

/// <summary>What the search stage added to the site.</summary>
public sealed record SearchIndexReport(int Pages, int Files, long Bytes);

/// <summary>The last stage of a build: adds a search index to a written site.</summary>
public interface ISearchIndexer
{
    /// <summary>
    /// Indexes <paramref name="documents"/> (the searched pages, as the render stage left them) into the site in
    /// <paramref name="siteDirectory"/> (the staging folder, so a failure leaves the published site alone) for readers of
    /// <paramref name="language"/> (<c>nl</c>), with the related words of <paramref name="thesaurus"/>. Failures are
    /// reported as errors in <paramref name="diagnostics"/>; the report is null then.
    /// </summary>
    Task<SearchIndexReport?> IndexAsync(string siteDirectory, ImmutableArray<SearchDocument> documents, Thesaurus thesaurus, string language, DiagnosticBag diagnostics, CancellationToken cancellationToken);
}

/// <summary>
/// Turns the searched pages into records (compound parts from the OpenTaal word list, thesaurus words), has Pagefind's
/// Node API index them from the project's <c>node_modules</c> (installing it with <c>npm ci</c> first when a fresh clone
/// has none), drops the bundle files the site does not use and writes the vocabulary for spelling suggestions.
/// </summary>
public sealed class PagefindIndexer(string projectRoot, IProcessRunner runner) : ISearchIndexer
{
    private const string NoSearchHint = "or build without a search index with --no-search";

    // Two builds in one process (the preview server, the test suite) must not run npm ci in one folder at once.
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    // The word list is parsed once per process (the preview builds on every save) and only when a build indexes.
    private CompoundSplitter? _splitter;

    public async Task<SearchIndexReport?> IndexAsync(string siteDirectory, ImmutableArray<SearchDocument> documents, Thesaurus thesaurus, string language, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (documents.IsEmpty)
        {
            // Pagefind refuses to build an empty index; a site without practices has nothing to find.
            return new SearchIndexReport(0, 0, 0);
        }

        if (!await EnsureInstalledAsync(diagnostics, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var builder = new SearchRecordBuilder(Splitter(), thesaurus, language);
        var records = Path.Combine(Path.GetTempPath(), $"samenleven-search-{Guid.NewGuid():N}.jsonl");
        var bundle = Path.Combine(siteDirectory, SearchPlanner.IndexFolder);
        try
        {
            WriteRecords(records, documents, builder);
            var index = Pagefind.Index(projectRoot, records, bundle, language);
            var result = await runner.RunAsync(index, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                Error(diagnostics, result.HitTimeLimit
                    ? $"Pagefind could not index the site: {result.Error}"
                    : $"Pagefind could not index the site (exit code {result.ExitCode}): {Tail(result)}");
                return null;
            }
        }
        finally
        {
            File.Delete(records);
        }

        Directory.CreateDirectory(bundle);
        File.WriteAllBytes(Path.Combine(bundle, SearchVocabulary.FileName), builder.Vocabulary.ToJson(thesaurus));
        return Prune(bundle, documents.Length);
    }

    /// <summary>
    /// The splitter over the OpenTaal word list that npm installs with the search; without the list (an old
    /// node_modules) the index is built without compound parts rather than not at all.
    /// </summary>
    private CompoundSplitter? Splitter()
    {
        if (_splitter is null && DutchLexiconFile.Read(projectRoot) is { Found: true } text)
        {
            _splitter = new CompoundSplitter(DutchLexicon.FromHunspellDic(text.Text));
        }

        return _splitter;
    }

    private static void WriteRecords(string path, ImmutableArray<SearchDocument> documents, SearchRecordBuilder builder)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        foreach (var document in documents)
        {
            var record = builder.Build(document);
            json.WriteStartObject();
            json.WriteString("url", record.Url);
            json.WriteString("html", record.Html);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    /// <summary>Checks Node.js and installs Pagefind when <c>node_modules</c> lacks it; false (with an error) when it cannot.</summary>
    public async Task<bool> EnsureInstalledAsync(DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (!await CheckNodeAsync(diagnostics, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await InstallLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await EnsurePagefindAsync(diagnostics, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private async Task<bool> CheckNodeAsync(DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var version = await runner.RunAsync(Node.Version(projectRoot), cancellationToken).ConfigureAwait(false);
        if (!version.Succeeded)
        {
            Error(diagnostics, $"Node.js was not found: the search index needs Node.js {Node.MinimumMajor} or newer. Install it (https://nodejs.org, or your package manager: `apt-get install nodejs`, `brew install node`, `winget install OpenJS.NodeJS.LTS`) and make sure `node` is on the PATH, {NoSearchHint}.");
            return false;
        }

        if (Node.Major(version.Output) is { } major && major < Node.MinimumMajor)
        {
            Error(diagnostics, $"Node.js {version.Output.Trim()} is too old: the search index needs Node.js {Node.MinimumMajor} or newer. Install a newer Node.js (https://nodejs.org), {NoSearchHint}.");
            return false;
        }

        return true;
    }

    private async Task<bool> EnsurePagefindAsync(DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var script = Path.Combine(projectRoot, Pagefind.RunnerScript);
        if (File.Exists(script))
        {
            return true;
        }

        // A fresh clone: install exactly what package-lock.json pins.
        var install = Pagefind.Install(projectRoot);
        var result = await runner.RunAsync(install, cancellationToken).ConfigureAwait(false);
        if (!result.Started)
        {
            Error(diagnostics, $"npm was not found: it installs Pagefind for the search index (`npm ci`). npm comes with Node.js; install Node.js {Node.MinimumMajor} or newer (https://nodejs.org), {NoSearchHint}.");
            return false;
        }

        if (!result.Succeeded)
        {
            Error(diagnostics, result.HitTimeLimit
                ? $"npm could not install Pagefind for the search index: {result.Error}"
                : $"`{install}` could not install Pagefind for the search index (exit code {result.ExitCode}): {Tail(result)}");
            return false;
        }

        if (!File.Exists(script))
        {
            Error(diagnostics, $"`{install}` ran, but {Pagefind.RunnerScript} is still missing: package.json must depend on pagefind.");
            return false;
        }

        return true;
    }

    private static SearchIndexReport Prune(string bundle, int pages)
    {
        var files = 0;
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories))
        {
            if (Pagefind.IsUnused(Path.GetFileName(file)))
            {
                File.Delete(file);
                continue;
            }

            files++;
            bytes += new FileInfo(file).Length;
        }

        return new SearchIndexReport(pages, files, bytes);
    }

    private static void Error(DiagnosticBag diagnostics, string message) => diagnostics.Error(DiagnosticCode.Tooling, Node.ToolingFile, 1, 1, message);

    /// <summary>The last lines a tool printed: where it says what went wrong.</summary>
    private static string Tail(ProcessResult result)
    {
        var text = (result.Error.Trim().Length > 0 ? result.Error : result.Output).Trim();
        var lines = text.Split('\n');
        return lines.Length <= 8 ? text : string.Join('\n', lines[^8..]);
    }
}
