using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Search;
using Samenleven.Site;
using Samenleven.Tests.Support;
using Samenleven.Tools;

namespace Samenleven.Tests.Search;

/// <summary>The search stage with node and npm stated by the test: what it runs, and what it says when it cannot.</summary>
public sealed class PagefindIndexerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "samenleven-tests", Guid.NewGuid().ToString("N"));

    public PagefindIndexerTests()
    {
        Directory.CreateDirectory(Site);
    }

    private string Site => Path.Combine(_root, "output.staging");

    private string Bundle => Path.Combine(Site, Samenleven.Site.Pages.SearchPlanner.IndexFolder);

    [Fact]
    public async Task Without_Node_the_build_fails_with_a_message_saying_what_to_install()
    {
        InstallPagefind();
        var runner = new FakeProcessRunner(_ => ProcessResult.NotStarted("No such file or directory"));
        var diagnostics = new DiagnosticBag();

        var report = await Indexer(runner).IndexAsync(Site, ThreePages, Thesaurus.Empty, "nl", diagnostics, default);

        Assert.Null(report);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("package.json", error.Path);
        Assert.Contains("Node.js was not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("Node.js 20 or newer", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://nodejs.org", error.Message, StringComparison.Ordinal);
        Assert.Contains("--no-search", error.Message, StringComparison.Ordinal);
        Assert.Equal(["node --version"], runner.Commands);
    }

    [Fact]
    public async Task A_Node_older_than_20_is_refused_by_name()
    {
        InstallPagefind();
        var runner = new FakeProcessRunner(_ => FakeProcessRunner.Ok("v18.19.0\n"));
        var diagnostics = new DiagnosticBag();

        await Indexer(runner).IndexAsync(Site, ThreePages, Thesaurus.Empty, "nl", diagnostics, default);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Contains("Node.js v18.19.0 is too old", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("node pagefind", runner.Commands);
    }

    [Fact]
    public async Task A_fresh_clone_without_node_modules_installs_Pagefind_with_npm_ci_before_indexing()
    {
        var runner = new FakeProcessRunner(spec =>
        {
            if (spec.Arguments[0] == "ci")
            {
                InstallPagefind(); // What npm ci does.
            }

            return FakeProcessRunner.Describe(spec) == "node pagefind" ? WriteBundle() : FakeProcessRunner.Ok("v20.11.1");
        });
        var diagnostics = new DiagnosticBag();

        var report = await Indexer(runner).IndexAsync(Site, ThreePages, Thesaurus.Empty, "nl", diagnostics, default);

        Assert.Empty(diagnostics.Sorted());
        Assert.NotNull(report);
        Assert.Equal(["node --version", "npm ci", "node pagefind"], runner.Commands);
        Assert.All(runner.Ran, spec => Assert.Equal(_root, spec.WorkingDirectory));
    }

    [Fact]
    public async Task With_Pagefind_installed_npm_is_not_run()
    {
        InstallPagefind();
        var runner = new FakeProcessRunner(spec => FakeProcessRunner.Describe(spec) == "node pagefind" ? WriteBundle() : FakeProcessRunner.Ok("v22.1.0"));

        await Indexer(runner).IndexAsync(Site, ThreePages, Thesaurus.Empty, "nl", new DiagnosticBag(), default);

        Assert.Equal(["node --version", "node pagefind"], runner.Commands);
    }

    [Fact]
    public async Task Without_npm_the_message_says_it_comes_with_Node()
    {
        var runner = new FakeProcessRunner(spec => spec.Arguments[0] == "ci" ? ProcessResult.NotStarted("not found") : FakeProcessRunner.Ok("v20.0.0"));
        var diagnostics = new DiagnosticBag();

        await Indexer(runner).IndexAsync(Site, ThreePages, Thesaurus.Empty, "nl", diagnostics, default);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Contains("npm was not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("--no-search", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_npm_ci_is_reported_with_what_npm_said()
    {
        var runner = new FakeProcessRunner(spec => spec.Arguments[0] == "ci"
            ? FakeProcessRunner.Failed(1, "npm error code EUSAGE\nnpm error `npm ci` can only install packages when your package.json and package-lock.json are in sync")
            : FakeProcessRunner.Ok("v20.0.0"));
        var diagnostics = new DiagnosticBag();

        await Indexer(runner).IndexAsync(Site, ThreePages, Thesaurus.Empty, "nl", diagnostics, default);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Contains("could not install Pagefind", error.Message, StringComparison.Ordinal);
        Assert.Contains("package-lock.json are in sync", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("node pagefind", runner.Commands);
    }

    [Fact]
    public async Task A_failing_Pagefind_is_reported_with_its_own_words()
    {
        InstallPagefind();
        var runner = new FakeProcessRunner(spec => FakeProcessRunner.Describe(spec) == "node pagefind"
            ? FakeProcessRunner.Failed(1, "Error: Pagefind was not able to build an index.")
            : FakeProcessRunner.Ok("v20.0.0"));
        var diagnostics = new DiagnosticBag();

        var report = await Indexer(runner).IndexAsync(Site, ThreePages, Thesaurus.Empty, "nl", diagnostics, default);

        Assert.Null(report);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Contains("Pagefind could not index the site", error.Message, StringComparison.Ordinal);
        Assert.Contains("not able to build an index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pagefind_indexes_the_records_in_Dutch_into_the_staging_folder_through_its_Node_API()
    {
        InstallPagefind();
        var runner = new FakeProcessRunner(spec => FakeProcessRunner.Describe(spec) == "node pagefind" ? WriteBundle() : FakeProcessRunner.Ok("v20.0.0"));

        await Indexer(runner).IndexAsync(Site, ThreePages, Thesaurus.Empty, "nl", new DiagnosticBag(), default);

        var index = runner.Ran.Single(s => FakeProcessRunner.Describe(s) == "node pagefind");
        Assert.Equal("node", index.FileName);
        Assert.Equal(_root, index.WorkingDirectory);
        var args = index.Arguments;
        Assert.Equal(Bundle, args[^3]);
        Assert.Equal("nl", args[^2]);
        Assert.Equal("5000", args[^1]);
        Assert.False(File.Exists(args[^4]), "the records file is deleted after indexing");
    }

    [Fact]
    public async Task The_bundle_keeps_only_what_our_search_page_loads()
    {
        InstallPagefind();
        var runner = new FakeProcessRunner(spec => FakeProcessRunner.Describe(spec) == "node pagefind" ? WriteBundle() : FakeProcessRunner.Ok("v20.0.0"));

        var report = await Indexer(runner).IndexAsync(Site, ThreePages, Thesaurus.Empty, "nl", new DiagnosticBag(), default);

        var left = Directory.EnumerateFiles(Bundle, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Bundle, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(["fragment/nl_1.pf_fragment", "index/nl_1.pf_index", "pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "pagefind.nl_1.pf_meta", "wasm.nl.pagefind", "woorden.json"], left);
        Assert.Equal(3, report!.Pages);
        Assert.Equal(8, report.Files);
    }

    [Fact]
    public async Task A_site_without_practices_or_services_gets_no_index_and_runs_nothing()
    {
        var runner = new FakeProcessRunner(_ => throw new InvalidOperationException("nothing should run"));
        var diagnostics = new DiagnosticBag();

        var report = await Indexer(runner).IndexAsync(Site, [], Thesaurus.Empty, "nl", diagnostics, default);

        Assert.Equal(new SearchIndexReport(0, 0, 0), report);
        Assert.Empty(diagnostics.Sorted());
    }

    private static readonly ImmutableArray<SearchDocument> ThreePages =
    [
        new("/praktijken/a/", new SearchEntry("A", "Een."), "<p>Een tekst.</p>"),
        new("/praktijken/b/", new SearchEntry("B", "Twee."), "<p>Nog een tekst.</p>"),
        new("/praktijken/c/", new SearchEntry("C", null), ""),
    ];

    private PagefindIndexer Indexer(IProcessRunner runner) => new(_root, runner);

    private void InstallPagefind()
    {
        var script = Path.Combine(_root, Pagefind.RunnerScript);
        Directory.CreateDirectory(Path.GetDirectoryName(script)!); // A file path always has a directory.
        File.WriteAllText(script, "// pagefind");
    }

    /// <summary>What Pagefind 1.6 writes, each file four bytes.</summary>
    private ProcessResult WriteBundle()
    {
        string[] files =
        [
            "pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "pagefind.nl_1.pf_meta", "wasm.nl.pagefind", "wasm.unknown.pagefind",
            "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js",
            "pagefind-component-ui.css", "pagefind-highlight.js", "index/nl_1.pf_index", "fragment/nl_1.pf_fragment",
        ];
        foreach (var file in files)
        {
            var full = Path.Combine(Bundle, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!); // As above.
            File.WriteAllText(full, "data");
        }

        return FakeProcessRunner.Ok();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
