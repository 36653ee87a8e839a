using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site;

/// <summary>
/// "Gerelateerde praktijken": the practices that share the most themes (two points each), target groups and domains
/// (one point each); ties go to the newest; never one that shares nothing; the same list whatever order the files are in.
/// </summary>
public sealed class RelatedPracticesTests
{
    private static string Practice(string slug, string added, string themes, string groups = "[]", string domains = "[]", string municipality = "leuven") => $"""
        -- input/praktijken/{slug}.md --
        ---
        title: {slug.ToUpperInvariant()}
        summary: Praktijk {slug}.
        gemeenten: [{municipality}]
        themas: {themes}
        doelgroepen: {groups}
        domein: {domains}
        toegevoegd: {added}
        ---
        Tekst.

        """;

    private static readonly string[] Files =
    [
        Practice("a", "2026-01-01", "[werk, taal-en-communicatie]", "[nieuwkomers]", "[beleid]"),
        Practice("alles", "2025-01-01", "[werk, taal-en-communicatie]", "[nieuwkomers]", "[beleid]"), // 2+2+1+1 = 6
        Practice("twee-themas", "2025-02-01", "[werk, taal-en-communicatie]"), // 4
        Practice("thema-groep-domein", "2025-03-01", "[werk]", "[nieuwkomers]", "[beleid]", "gent"), // 4, newer: before twee-themas
        Practice("een-thema", "2025-04-01", "[taal-en-communicatie]"), // 2
        Practice("groep", "2025-05-01", "[onthaal-nieuwkomers]", "[nieuwkomers]"), // 1
        Practice("domein", "2025-06-01", "[onthaal-nieuwkomers]", "[]", "[beleid]"), // 1, newer than groep
        Practice("niets", "2026-06-01", "[onthaal-nieuwkomers]", "[jongeren]", "[dienstverlening]"), // 0: never related to a
    ];

    private static string[] RelatedTo(TestSite site, string slug)
    {
        var page = (PracticeModel)new PracticePlanner().Plan(site.Context()).Single(p => p.Path == $"/praktijken/{slug}/").Model();
        return [.. page.Related.Select(c => c.Title)];
    }

    [Fact]
    public void The_five_that_share_the_most_come_first_ties_to_the_newest()
    {
        using var site = TestSite.Create(string.Concat(Files));

        Assert.Equal(["ALLES", "THEMA-GROEP-DOMEIN", "TWEE-THEMAS", "EEN-THEMA", "DOMEIN"], RelatedTo(site, "a"));
    }

    [Fact]
    public void A_practice_that_shares_nothing_is_never_related_however_many_are_asked_for()
    {
        using var site = TestSite.Create(string.Concat(Files));
        var context = site.Context();
        var a = context.Content.Practices.Single(p => p.Slug == "a");

        var all = context.Index.Related(a, 100).Select(p => p.Slug);

        Assert.Equal(["alles", "thema-groep-domein", "twee-themas", "een-thema", "domein", "groep"], all);
    }

    [Fact]
    public void With_fewer_practices_in_common_the_list_is_shorter_not_padded()
    {
        using var site = TestSite.Create(string.Concat(Files));

        Assert.Equal(["DOMEIN", "GROEP"], RelatedTo(site, "niets"));
    }

    [Fact]
    public void The_files_in_another_order_give_the_same_lists()
    {
        using var forward = TestSite.Create(string.Concat(Files));
        using var backward = TestSite.Create(string.Concat(Files.Reverse()));

        foreach (var slug in new[] { "a", "alles", "groep", "niets" })
        {
            Assert.Equal(RelatedTo(forward, slug), RelatedTo(backward, slug));
        }
    }

    [Fact]
    public async Task A_page_without_related_practices_has_no_empty_section()
    {
        using var site = TestSite.Create(Practice("alleen", "2026-01-01", "[werk]") + Practice("ander", "2026-01-01", "[onthaal-nieuwkomers]"));

        await site.BuildAsync();

        Assert.DoesNotContain("Gerelateerde praktijken", site.Page("praktijken/alleen/index.html"), StringComparison.Ordinal);
    }
}
