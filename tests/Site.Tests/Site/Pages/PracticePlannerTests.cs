using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

public sealed class PracticePlannerTests
{
    private static PracticeModel Page(TestSite site, string slug) =>
        (PracticeModel)new PracticePlanner().Plan(site.Context()).Single(p => p.Path == $"/praktijken/{slug}/").Model();

    private static string[] Values(PracticeModel page, string label) =>
        [.. Assert.Single(page.Facts, f => f.Label == label).Values.Select(v => v.Href is null ? v.Text : $"{v.Text} <{v.Href}>")];

    [Fact]
    public void Every_key_fact_of_a_full_record_is_shown_in_the_order_an_officer_weighs_them()
    {
        using var site = TestSite.Create(FullRecordSite.Files);
        site.Write("input/bijlagen/verslag.pdf", new byte[240_000]);

        var page = Page(site, "volledig");

        Assert.Equal(["Gemeenten", "Periode", "Status", "Domeinen", "Thema's", "Doelgroepen", "Organisatie", "Partners", "Financiering", "Bereik", "Onderbouwing", "Plan Samenleven", "Gebaseerd op", "Contact"],
            page.Facts.Select(f => f.Label));
        Assert.Equal(["Kortrijk </gemeenten/kortrijk/>", "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht) </gemeenten/beveren-kruibeke-zwijndrecht/>"], Values(page, "Gemeenten"));
        Assert.Equal(["september 2019 \u2013 juni 2022"], Values(page, "Periode"));
        Assert.Equal(["Afgerond"], Values(page, "Status"));
        Assert.Equal(["Dienstverlening </domeinen/dienstverlening/>", "Beleid </domeinen/beleid/>"], Values(page, "Domeinen"));
        Assert.Equal(["Huis van het Nederlands <https://example.org/huis>", "Buurtwerk"], Values(page, "Partners"));
        Assert.Equal(["Vlaamse overheid: \u20AC 25.000", "Stad Kortrijk: \u20AC 1.250,50"], Values(page, "Financiering"));
        Assert.Equal(["120 deelnemers per jaar"], Values(page, "Bereik"));
        var support = Assert.Single(page.Facts, f => f.Label == "Onderbouwing");
        Assert.Equal("Geëvalueerd", support.Values[0].Text);
        Assert.Equal("De praktijk is geëvalueerd: de evaluatie staat bij de bronnen.", support.Note);
        Assert.Equal("/onderbouwing/", support.More?.Href);
        Assert.Equal(["Nederlands </plan-samenleven/nederlands/>", "Actie 5: Oefenkansen Nederlands organiseren", "Eén gemeenschap </plan-samenleven/een-gemeenschap/>"], Values(page, "Plan Samenleven"));
        Assert.Equal(["De Babbelberg </praktijken/de-babbelberg/>"], Values(page, "Gebaseerd op"));
        Assert.Equal(["Onthaalbalie", "diversiteit@example.org <mailto:diversiteit@example.org>", "056 00 00 00 <tel:+3256000000>"], Values(page, "Contact"));
        Assert.Equal(["Meer", "Video bekijken"], page.Links.Select(l => l.Text));
        Assert.Equal(("Evaluatieverslag", "/bijlagen/verslag.pdf", "PDF, 240 kB"), (page.Attachments[0].Title, page.Attachments[0].Href, page.Attachments[0].Description));
        Assert.Equal([("Evaluatie 2022", "https://example.org/evaluatie", "geraadpleegd op 14 maart 2026"), ("Bestuursnota Stad Kortrijk", null, null)],
            page.Sources.Select(s => (s.Title, s.Href, s.Consulted)));
        Assert.Equal(("2026-02-01", "1 februari 2026"), (page.LastChangedIso, page.LastChangedText));
        Assert.Equal("1 februari 2026", page.VerifiedText);
    }

    [Fact]
    public void The_support_level_links_to_the_page_that_explains_the_scale_only_when_the_site_has_that_page()
    {
        using var site = TestSite.Create(FullRecordSite.Files);
        site.Delete("input/onderbouwing.md");

        var support = Assert.Single(Page(site, "volledig").Facts, f => f.Label == "Onderbouwing");

        Assert.Null(support.More);
        Assert.Equal("De praktijk is geëvalueerd: de evaluatie staat bij de bronnen.", support.Note);
    }

    [Fact]
    public void A_minimal_record_shows_no_empty_fact_and_points_to_the_municipality_for_contact()
    {
        using var site = TestSite.Create(FullRecordSite.Files);

        var page = Page(site, "de-babbelberg");

        Assert.Equal(["Gemeente", "Thema's", "Overgenomen door", "Contact"], page.Facts.Select(f => f.Label));
        Assert.Equal(["Samen aan tafel </praktijken/volledig/>"], Values(page, "Overgenomen door"));
        Assert.Equal(["Heist-op-den-Berg </gemeenten/heist-op-den-berg/>"], Values(page, "Contact"));
        Assert.StartsWith("Er staat geen contactpersoon bij deze praktijk.", Assert.Single(page.Facts, f => f.Label == "Contact").Note, StringComparison.Ordinal);
        Assert.Empty(page.Sources);
        Assert.Empty(page.Attachments);
        Assert.Null(page.VerifiedText);
    }

    [Fact]
    public void Without_a_contact_a_practice_points_to_its_municipalitys_service_page_when_there_is_one()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var page = Page(site, "buurtpraat");

        Assert.Equal(["Dienst Diversiteit (Kortrijk) </gemeenten/kortrijk/dienst-diversiteit/>"], Values(page, "Contact"));
        Assert.Equal("Er staat geen contactpersoon bij deze praktijk. Met vragen kun je terecht bij deze dienst van de gemeente.", Assert.Single(page.Facts, f => f.Label == "Contact").Note);
    }

    [Fact]
    public void A_record_checked_longer_ago_than_the_site_allows_says_so_calmly_measured_from_the_content_not_the_clock()
    {
        using var site = TestSite.Create(FullRecordSite.Files.Replace("geverifieerd: 2026-02-01", "geverifieerd: 2023-12-31", StringComparison.Ordinal));

        var page = Page(site, "volledig");

        // The newest date in the content is 2026-02-01: more than 24 months after 2023-12-31.
        Assert.Equal("Deze gegevens werden langer dan 24 maanden geleden met de gemeente nagekeken. Ze kunnen verouderd zijn: vraag het na bij de gemeente voor je ze overneemt.", page.VerificationNote);
    }

    [Fact]
    public void The_last_change_is_the_last_commit_unless_bijgewerkt_says_otherwise()
    {
        using var site = TestSite.Create(FullRecordSite.Files);
        site.Commits = new Dictionary<string, DateOnly> { ["input/praktijken/volledig.md"] = new(2026, 5, 1), ["input/praktijken/de-babbelberg.md"] = new(2026, 4, 2) };

        var pages = new PracticePlanner().Plan(site.Context()).Select(p => (PracticeModel)p.Model()).ToDictionary(p => p.Title);

        Assert.Equal("2026-02-01", pages["Samen aan tafel"].LastChangedIso);
        Assert.Equal("2026-04-02", pages["De Babbelberg"].LastChangedIso);
    }
}
