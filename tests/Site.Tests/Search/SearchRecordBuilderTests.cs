using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Search;
using Samenleven.Search.Dutch;
using Samenleven.Site;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Search;

/// <summary>What the index reads of a page: weights, body sentences without headings, and the hidden words after them.</summary>
public sealed class SearchRecordBuilderTests
{
    private static readonly CompoundSplitter Splitter = new(DutchLexicon.FromWords(["kans", "armoede", "kansarmoede", "bestrijding", "expertise", "centrum"]));

    private static readonly Thesaurus Thesaurus = new(
    [
        new ThesaurusEntry(["discriminatie"], ["racisme", "LGBTQ+"]) { Dated = [] },
        new ThesaurusEntry(["woonwagenbewoners"], ["reizigers"]) { TargetGroups = ["woonwagenbewoners"] },
        new ThesaurusEntry(["mensen met een beperking"], ["gehandicapten"]) { Dated = ["gehandicapten"] },
    ]);

    private static SearchDocument Page(string body, ImmutableArray<string> groups = default) =>
        new("/praktijken/a/", new SearchEntry("Samen tegen armoede", "Een expertisecentrum helpt.")
        {
            Filters = [("thema", "Werk & inkomen")],
            TargetGroups = groups.IsDefault ? [] : groups,
        }, body);

    [Fact]
    public void Title_and_summary_weigh_more_than_the_body_and_headings_are_left_out()
    {
        var record = new SearchRecordBuilder(null, Thesaurus.Empty, "nl").Build(Page("<h2>Aanpak</h2><p>We praten <em>elke</em> week.</p><ul><li>Een lijst</li></ul>"));

        Assert.Contains("<h1 data-pagefind-weight=\"10\">Samen tegen armoede</h1><p data-pagefind-weight=\"5\">Een expertisecentrum helpt.</p><p>We praten elke week.</p><p>Een lijst</p>", record.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Aanpak", record.Html, StringComparison.Ordinal);
        Assert.Contains("<meta data-pagefind-filter=\"thema[content]\" content=\"Werk &amp; inkomen\">", record.Html, StringComparison.Ordinal);
        Assert.Contains("<meta data-pagefind-meta=\"kop[content]\" content=\"6\">", record.Html, StringComparison.Ordinal);
        Assert.Equal("/praktijken/a/", record.Url);
    }

    [Fact]
    public void The_parts_of_compounds_follow_the_body_at_a_low_weight_and_are_counted_for_the_adapter()
    {
        var record = new SearchRecordBuilder(Splitter, Thesaurus.Empty, "nl").Build(Page("<p>Over kansarmoedebestrijding.</p>"));

        // armoede is a word of the page already: only the parts it does not have are added.
        Assert.Contains("<p data-pagefind-weight=\"0.5\">bestrijding centrum expertise kans kansarmoede</p></main>", record.Html, StringComparison.Ordinal);
        Assert.Contains("<meta data-pagefind-meta=\"staart[content]\" content=\"5\">", record.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_uses_a_term_or_is_filed_under_its_target_group_gets_the_search_terms_below_the_parts()
    {
        var builder = new SearchRecordBuilder(Splitter, Thesaurus, "nl");

        var uses = builder.Build(Page("<p>Een campagne tegen discriminatie op de woningmarkt.</p>"));
        var filed = builder.Build(Page("<p>Een terrein in de gemeente.</p>", ["woonwagenbewoners"]));
        var phrase = builder.Build(Page("<p>Voor mensen met een beperking.</p>"));
        var neither = builder.Build(Page("<p>Mensen met een fiets.</p>"));

        Assert.Contains("<p data-pagefind-weight=\"0.25\">lgbtq racisme</p>", uses.Html, StringComparison.Ordinal);
        Assert.Contains("<p data-pagefind-weight=\"0.25\">reizigers</p>", filed.Html, StringComparison.Ordinal);
        Assert.Contains("<p data-pagefind-weight=\"0.25\">gehandicapten</p>", phrase.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pagefind-weight=\"0.25\"", neither.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vocabulary_counts_the_words_readers_see_and_maps_dated_words_to_the_site_term()
    {
        var builder = new SearchRecordBuilder(Splitter, Thesaurus, "nl");
        builder.Build(Page("<p>Tegen discriminatie en discriminatie.</p>"));

        var json = System.Text.Encoding.UTF8.GetString(builder.Vocabulary.ToJson(Thesaurus));

        Assert.StartsWith("{\"woorden\":[[\"discriminatie\",2],", json, StringComparison.Ordinal);
        Assert.Contains("[\"armoede\",1]", json, StringComparison.Ordinal);
        Assert.Contains("[\"racisme\",1]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[\"een\",", json, StringComparison.Ordinal); // too short to guess from
        Assert.DoesNotContain("kansarmoede", json, StringComparison.Ordinal); // hidden parts are not offered
        Assert.EndsWith("\"termen\":{\"gehandicapten\":\"mensen met een beperking\"}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_former_municipality_name_the_page_does_not_use_is_a_hidden_word()
    {
        var page = new SearchDocument("/praktijken/b/", new SearchEntry("Taalcafé", "Elke week in Beveren.") { FormerNames = ["Beveren", "Kruibeke", "Zwijndrecht"] }, "<p>Praten over koffie.</p>");

        var record = new SearchRecordBuilder(null, Thesaurus.Empty, "nl").Build(page);

        // "beveren" is already a word of the page; the other two are added where readers never see them.
        Assert.Contains("<p data-pagefind-weight=\"0.25\">kruibeke zwijndrecht</p></main>", record.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_former_names_of_a_merged_municipality_come_from_the_merger_table()
    {
        Assert.Equal(["Beveren", "Kruibeke", "Zwijndrecht"], RealData.Reference.FormerNamesBySlug["beveren-kruibeke-zwijndrecht"].ToArray());
        Assert.False(RealData.Reference.FormerNamesBySlug.ContainsKey("leuven"));
    }
}
