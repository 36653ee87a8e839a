using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Samenleven.Content;
using Samenleven.Site;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site;

/// <summary>JSON-LD (schema.org) on practice and service pages, and the Open Graph and Twitter card tags.</summary>
public sealed partial class StructuredDataTests
{
    [Fact]
    public async Task A_service_page_describes_a_government_office_with_address_contact_and_opening_hours()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        using var json = JsonLd(site.Page("gemeenten/kortrijk/dienst-diversiteit/index.html"));
        var office = json.RootElement;
        Assert.Equal("https://schema.org", office.GetProperty("@context").GetString());
        Assert.Equal("GovernmentOffice", office.GetProperty("@type").GetString());
        Assert.Equal("Dienst Diversiteit, Kortrijk", office.GetProperty("name").GetString());
        Assert.Equal("https://example.org/gemeenten/kortrijk/dienst-diversiteit/", office.GetProperty("url").GetString());
        var address = office.GetProperty("address");
        Assert.Equal("PostalAddress", address.GetProperty("@type").GetString());
        Assert.Equal("Grote Markt 54", address.GetProperty("streetAddress").GetString());
        Assert.Equal("8500", address.GetProperty("postalCode").GetString());
        Assert.Equal("Kortrijk", address.GetProperty("addressLocality").GetString());
        Assert.Equal("BE", address.GetProperty("addressCountry").GetString());
        Assert.Equal("+3256270000", office.GetProperty("telephone").GetString());
        Assert.Equal("diversiteit@example.org", office.GetProperty("email").GetString());

        var hours = office.GetProperty("openingHoursSpecification").EnumerateArray()
            .Select(h => (Days: string.Join(",", h.GetProperty("dayOfWeek").EnumerateArray().Select(d => d.GetString()![("https://schema.org/".Length)..])), Opens: h.GetProperty("opens").GetString(), Closes: h.GetProperty("closes").GetString()))
            .ToArray();
        Assert.Equal([("Monday,Wednesday", "09:00", "12:00"), ("Monday,Wednesday", "13:30", "16:00"), ("Friday", "09:00", "12:00")], hours);
        Assert.All(office.GetProperty("openingHoursSpecification").EnumerateArray(), h => Assert.Equal("OpeningHoursSpecification", h.GetProperty("@type").GetString()));
        var phone = office.GetProperty("contactPoint");
        Assert.Equal(5, phone.GetProperty("hoursAvailable")[0].GetProperty("dayOfWeek").GetArrayLength());
    }

    [Fact]
    public async Task A_practice_page_describes_an_article_about_its_themes_in_its_municipalities()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        using var json = JsonLd(site.Page("praktijken/de-babbelberg/index.html"));
        var article = json.RootElement;
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal("De Babbelberg", article.GetProperty("headline").GetString());
        Assert.Equal("nl-BE", article.GetProperty("inLanguage").GetString());
        Assert.Equal("2026-10-01", article.GetProperty("datePublished").GetString());
        Assert.Equal("2026-11-20", article.GetProperty("dateModified").GetString());
        Assert.Equal(["Taal en communicatie", "Onthaal van nieuwkomers"], article.GetProperty("about").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var place = article.GetProperty("spatialCoverage")[0];
        Assert.Equal("AdministrativeArea", place.GetProperty("@type").GetString());
        Assert.Equal("Kortrijk", place.GetProperty("name").GetString());
        Assert.Equal("Testsite", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://example.org/afbeeldingen/babbelberg.png", article.GetProperty("image").GetString());
        Assert.Equal("Dienst Diversiteit", article.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Characters_that_matter_in_html_are_escaped_inside_the_json_ld_and_read_back_unchanged()
    {
        const string Title = "Samen < sterk > & 'veilig' \"thuis\"";
        using var site = TestSite.Create("""
            -- input/praktijken/samen-sterk.md --
            ---
            title: "Samen < sterk > & 'veilig' \"thuis\""
            summary: Een samenvatting.
            gemeenten: [gent]
            themas: [werk]
            toegevoegd: 2026-03-01
            ---
            Tekst.
            """);

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        var block = LdBlock().Match(site.Page("praktijken/samen-sterk/index.html"));
        Assert.True(block.Success, "the page has a JSON-LD block");
        Assert.DoesNotContain("<", block.Groups["json"].Value, StringComparison.Ordinal);
        Assert.DoesNotContain(">", block.Groups["json"].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("&", block.Groups["json"].Value, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(block.Groups["json"].Value);
        Assert.Equal(Title, json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Text_that_slipped_past_validation_still_cannot_close_the_script_element()
    {
        // Validation rejects tags in front matter; the JSON-LD must be safe on its own all the same.
        const string Title = "Samen </script><script>alert(1)</script><!-- sterk";
        var reference = new ReferenceData(
            new SiteSettings("Testsite", "Een site.", "https://example.org/", new SiteLanguage("nl-BE"), "https://github.com/voorbeeld/site", "main"),
            [new Municipality("gent", "Gent </SCRIPT>", "44021", "oost-vlaanderen")],
            [],
            [new Province("oost-vlaanderen", "Oost-Vlaanderen", "40000")],
            [new Term("werk", "Werk", "Over werk.")],
            []);
        var practice = new Practice
        {
            SourcePath = "input/praktijken/samen-sterk.md",
            Slug = "samen-sterk",
            Title = Title,
            Summary = "<img src=x onerror=alert(1)>",
            Municipalities = [new MunicipalityRef("gent", null)],
            Themes = ["werk"],
            Organisation = "]]></script>",
            Added = new DateOnly(2026, 3, 1),
        };

        var jsonLd = StructuredData.Practice(practice, reference, new SiteUrls("https://example.org/"));

        Assert.DoesNotContain("<", jsonLd, StringComparison.Ordinal);
        Assert.DoesNotContain(">", jsonLd, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(jsonLd);
        Assert.Equal(Title, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Gent </SCRIPT>", json.RootElement.GetProperty("spatialCoverage")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_practice_page_has_complete_open_graph_and_twitter_card_tags()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        var tags = MetaTags().Matches(site.Page("praktijken/de-babbelberg/index.html"))
            .Select(m => (Key: m.Groups["key"].Value, Content: WebUtility.HtmlDecode(m.Groups["content"].Value)))
            .ToArray();
        Assert.Contains(("og:type", "article"), tags);
        Assert.Contains(("og:title", "De Babbelberg | Testsite"), tags);
        Assert.Contains(("og:url", "https://example.org/praktijken/de-babbelberg/"), tags);
        Assert.Contains(("og:site_name", "Testsite"), tags);
        Assert.Contains(("og:locale", "nl_BE"), tags);
        Assert.Contains(("og:description", "Nieuwkomers oefenen Nederlands met vrijwilligers, elke week."), tags);
        Assert.Contains(("og:image", "https://example.org/afbeeldingen/babbelberg.png"), tags);
        Assert.Contains(("og:image:alt", "Twee mensen aan een tafel in gesprek"), tags);
        Assert.Contains(("article:published_time", "2026-10-01"), tags);
        Assert.Contains(("article:modified_time", "2026-11-20"), tags);
        Assert.Contains(("twitter:card", "summary"), tags);
        Assert.Contains(("twitter:title", "De Babbelberg | Testsite"), tags);
        Assert.Contains(("twitter:description", "Nieuwkomers oefenen Nederlands met vrijwilligers, elke week."), tags);
    }

    [Fact]
    public async Task Pages_other_than_practices_and_services_carry_no_json_ld()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        Assert.DoesNotMatch(LdBlock(), site.Page("gemeenten/kortrijk/index.html"));
        Assert.DoesNotMatch(LdBlock(), site.Page("over/index.html"));
    }

    private static JsonDocument JsonLd(string page)
    {
        var blocks = LdBlock().Matches(page);
        Assert.Single(blocks);
        return JsonDocument.Parse(blocks[0].Groups["json"].Value);
    }

    // Razor writes the '+' of the type as &#x2B;, which HTML decodes to the same attribute value.
    [GeneratedRegex("<script type=\"application/ld(?:\\+|&#x2B;)json\">(?<json>.*?)</script>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LdBlock();

    [GeneratedRegex("<meta (?:property|name)=\"(?<key>(?:og|article|twitter):[^\"]+)\" content=\"(?<content>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex MetaTags();
}
