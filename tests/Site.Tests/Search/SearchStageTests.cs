using System.Text.Json;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Output;
using Samenleven.Search;
using Samenleven.Tests.Browser;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Search;

/// <summary>The search stage inside a whole build: what is indexed, what --no-search skips, and what a failure leaves.</summary>
public sealed class SearchStageTests
{
    private const string Site = """
        -- input/praktijken/de-babbelberg.md --
        ---
        title: De Babbelberg
        summary: Nieuwkomers oefenen Nederlands met vrijwilligers.
        gemeenten: [kortrijk]
        themas: [taal-en-communicatie]
        periode:
          start: 2018
        status: lopend
        toegevoegd: 2026-10-01
        ---
        Wekelijks praten in kleine groepen.
        -- input/praktijken/buurtpraat.md --
        ---
        title: Buurtpraat
        summary: Buren leren elkaar kennen.
        gemeenten: [kruibeke]
        themas: [taal-en-communicatie, werk]
        doelgroepen: [jongeren]
        toegevoegd: 2026-11-05
        ---
        Een gesprek per maand.
        -- input/gemeenten/kortrijk/dienst-diversiteit.md --
        ---
        title: Dienst Diversiteit
        summary: Het aanspreekpunt voor diversiteit in Kortrijk.
        themas: [onthaal-nieuwkomers]
        ---
        Onthaal.
        """;

    [Fact]
    public async Task Only_practices_and_service_pages_are_indexed_and_only_the_bundle_files_the_site_loads_are_written()
    {
        await SearchSiteFixture.EnsurePagefindAsync();
        using var site = TestProject.Create(Site);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "node_modules"), Path.Combine(Repository.Root, "node_modules"));

        var run = await site.BuildAsync("--with-search");

        Assert.True(run.ExitCode == 0, run.Errors);
        using var entry = JsonDocument.Parse(site.Page("pagefind/pagefind-entry.json"));
        var language = Assert.Single(entry.RootElement.GetProperty("languages").EnumerateObject());
        Assert.Equal("nl", language.Name);
        Assert.Equal(3, language.Value.GetProperty("page_count").GetInt32());
        Assert.True(site.Exists("pagefind/pagefind.js"));
        Assert.True(site.Exists("pagefind/wasm.nl.pagefind"));
        Assert.DoesNotContain(site.Written(), f => f.StartsWith("pagefind/pagefind-ui", StringComparison.Ordinal) || f.EndsWith("wasm.unknown.pagefind", StringComparison.Ordinal));
        Assert.Contains("search", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_search_writes_no_index()
    {
        using var site = TestProject.Create(Site);

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(site.Written(), f => f.StartsWith("pagefind/", StringComparison.Ordinal));
        site.AssertPage("zoeken/index.html", "data-index=\"/pagefind/\"");
    }

    [Fact]
    public async Task A_failing_index_fails_the_build_and_leaves_the_previous_output_as_it_was()
    {
        using var site = TestProject.Create(Site);
        await site.BuildAsync();
        var before = site.Written().ToArray();
        var result = await Build(site, new FailingIndexer());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message == "no Node.js here");
        Assert.Equal(before, site.Written());
        Assert.False(Directory.Exists(site.OutputDirectory + ".staging-" + Environment.ProcessId), "the staging folder is thrown away");
    }

    [Fact]
    public async Task The_indexer_is_told_how_many_pages_it_will_find()
    {
        using var site = TestProject.Create(Site);
        var indexer = new CountingIndexer();

        await Build(site, indexer);

        Assert.Equal(3, indexer.Pages);
        Assert.True(indexer.SawPages, "the indexer runs on the written site");
        Assert.Contains(".staging-", indexer.Directory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_and_service_pages_carry_their_facets_and_sort_key_and_list_pages_carry_no_search_body()
    {
        using var site = TestProject.Create(Site);

        await site.BuildAsync();

        site.AssertPage("praktijken/buurtpraat/index.html",
            "data-pagefind-body",
            "<meta data-pagefind-filter=\"thema[content]\" content=\"Taal en communicatie\"",
            "<meta data-pagefind-filter=\"thema[content]\" content=\"Werk\"",
            "<meta data-pagefind-filter=\"gemeente[content]\" content=\"Beveren-Kruibeke-Zwijndrecht\"",
            "<meta data-pagefind-filter=\"provincie[content]\" content=\"Oost-Vlaanderen\"",
            "<meta data-pagefind-filter=\"doelgroep[content]\" content=\"Jongeren\"",
            "<meta data-pagefind-filter=\"soort[content]\" content=\"Praktijk\"",
            "<meta data-pagefind-sort=\"toegevoegd[content]\" content=\"2026-11-05\"");
        site.AssertPage("praktijken/de-babbelberg/index.html",
            "<meta data-pagefind-filter=\"jaar[content]\" content=\"2018\"",
            "<meta data-pagefind-filter=\"status[content]\" content=\"Lopend\"");
        site.AssertPage("gemeenten/kortrijk/dienst-diversiteit/index.html",
            "data-pagefind-body",
            "<meta data-pagefind-filter=\"soort[content]\" content=\"Dienst\"",
            "<meta data-pagefind-sort=\"toegevoegd[content]\"");
        foreach (var list in new[] { "index.html", "praktijken/index.html", "themas/taal-en-communicatie/index.html", "gemeenten/kortrijk/index.html", "zoeken/index.html" })
        {
            Assert.DoesNotContain("data-pagefind-body", site.Page(list), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_search_page_offers_only_facet_values_some_page_has_with_slugs_for_the_URL()
    {
        using var site = TestProject.Create(Site);

        await site.BuildAsync();

        var page = site.Page("zoeken/index.html");
        Assert.Contains("<input type=\"checkbox\" id=\"f-thema-taal-en-communicatie\" name=\"thema\" value=\"taal-en-communicatie\" data-label=\"Taal en communicatie\" />", page, StringComparison.Ordinal);
        Assert.Contains("id=\"f-gemeente-beveren-kruibeke-zwijndrecht\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"f-jaar-2018\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"f-status-lopend\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"f-soort-dienst\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"f-gemeente-leuven\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"f-status-afgerond\"", page, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"/assets/search.", page, StringComparison.Ordinal);
        Assert.Contains("data-engine=\"/assets/search-pagefind.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    /// <summary>A build of the project's folder into its output folder, with the given search stage.</summary>
    private static Task<BuildResult> Build(TestProject site, ISearchIndexer indexer) =>
        new BuildPipeline(new DiskProjectSource(site.Root), new BuildOptions { Parallelism = 1 }, indexer)
            .RunAsync(() => OutputWriter.Begin(OutputFolder.Check(site.Root, "output", out _)!));

    private sealed class FailingIndexer : ISearchIndexer
    {
        public Task<SearchIndexReport?> IndexAsync(string siteDirectory, int pagesToIndex, string language, DiagnosticBag diagnostics, CancellationToken cancellationToken)
        {
            File.WriteAllText(Path.Combine(siteDirectory, "half-an-index.txt"), "");
            diagnostics.Error(DiagnosticCode.Tooling, "package.json", 1, 1, "no Node.js here");
            return Task.FromResult<SearchIndexReport?>(null);
        }
    }

    private sealed class CountingIndexer : ISearchIndexer
    {
        public int Pages { get; private set; }

        public string? Directory { get; private set; }

        public bool SawPages { get; private set; }

        public Task<SearchIndexReport?> IndexAsync(string siteDirectory, int pagesToIndex, string language, DiagnosticBag diagnostics, CancellationToken cancellationToken)
        {
            Pages = pagesToIndex;
            Directory = siteDirectory;
            SawPages = File.Exists(Path.Combine(siteDirectory, "praktijken", "buurtpraat", "index.html"));
            return Task.FromResult<SearchIndexReport?>(new SearchIndexReport(pagesToIndex, 0, 0));
        }
    }
}
