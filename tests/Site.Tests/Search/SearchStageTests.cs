using System.Collections.Immutable;
using System.Text.Json;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Output;
using Samenleven.Search;
using Samenleven.Site;
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
    public async Task The_indexer_gets_every_searched_page_from_memory_in_address_order_with_its_body()
    {
        using var site = TestProject.Create(Site);
        var indexer = new CountingIndexer();

        await Build(site, indexer);

        Assert.Equal(["/gemeenten/kortrijk/dienst-diversiteit/", "/praktijken/buurtpraat/", "/praktijken/de-babbelberg/"], indexer.Documents.Select(d => d.Path));
        Assert.Contains("Een gesprek per maand.", indexer.Documents[1].BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("output", indexer.Directory, StringComparison.Ordinal); // its own folder, written through the writer
    }

    [Fact]
    public async Task Practice_and_service_records_carry_their_facets_and_sort_key_and_no_published_page_carries_them()
    {
        using var site = TestProject.Create(Site);
        var indexer = new CountingIndexer();

        await Build(site, indexer);

        var practice = indexer.Documents.Single(d => d.Path == "/praktijken/buurtpraat/").Entry;
        Assert.Equal("Buurtpraat", practice.Title);
        Assert.Equal("Buren leren elkaar kennen.", practice.Summary);
        Assert.Subset(practice.Filters.ToHashSet(),
            new HashSet<(string, string)> { ("thema", "Taal en communicatie"), ("thema", "Werk"), ("gemeente", "Beveren-Kruibeke-Zwijndrecht"), ("provincie", "Oost-Vlaanderen"), ("doelgroep", "Jongeren"), ("soort", "Praktijk") });
        Assert.Contains(("toegevoegd", "2026-11-05"), practice.Sort);
        Assert.Equal(["Kruibeke"], practice.FormerNames.ToArray()); // a reader who still says Kruibeke finds it
        var babbelberg = indexer.Documents.Single(d => d.Path == "/praktijken/de-babbelberg/").Entry;
        Assert.Contains(("jaar", "2018"), babbelberg.Filters);
        Assert.Contains(("status", "Lopend"), babbelberg.Filters);
        var service = indexer.Documents.Single(d => d.Path == "/gemeenten/kortrijk/dienst-diversiteit/").Entry;
        Assert.Contains(("soort", "Dienst"), service.Filters);
        Assert.Empty(service.FormerNames); // Kortrijk absorbed no municipality
        Assert.Contains(service.Sort, s => s.Name == "toegevoegd");
        foreach (var written in site.Written().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            // A <meta> with only data-pagefind-* attributes is not valid HTML (no name, property or http-equiv).
            Assert.DoesNotContain("<meta data-pagefind", site.Page(written), StringComparison.Ordinal);
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
        public Task<SearchIndexReport?> IndexAsync(string siteDirectory, ImmutableArray<SearchDocument> documents, Thesaurus thesaurus, string language, DiagnosticBag diagnostics, CancellationToken cancellationToken)
        {
            File.WriteAllText(Path.Combine(siteDirectory, "half-an-index.txt"), "");
            diagnostics.Error(DiagnosticCode.Tooling, "package.json", 1, 1, "no Node.js here");
            return Task.FromResult<SearchIndexReport?>(null);
        }
    }

    private sealed class CountingIndexer : ISearchIndexer
    {
        public ImmutableArray<SearchDocument> Documents { get; private set; } = [];

        public string? Directory { get; private set; }

        public Task<SearchIndexReport?> IndexAsync(string siteDirectory, ImmutableArray<SearchDocument> documents, Thesaurus thesaurus, string language, DiagnosticBag diagnostics, CancellationToken cancellationToken)
        {
            Documents = documents;
            Directory = siteDirectory;
            return Task.FromResult<SearchIndexReport?>(new SearchIndexReport(documents.Length, 0, 0));
        }
    }
}
