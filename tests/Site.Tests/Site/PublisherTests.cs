using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site;

/// <summary>The footer of every page says who publishes the site, from <c>data/site.yml</c>, and honestly what it does not say yet.</summary>
public sealed class PublisherTests
{
    private const string Publisher = """
        -- data/site.yml --
        title: Testsite
        description: Een site om te testen.
        base_url: https://example.org/
        repository: https://github.com/voorbeeld/site
        uitgever:
          naam: Vereniging Voorbeeld vzw
          adres: Voorbeeldstraat 1, 1000 Brussel
          email: info@voorbeeld.example
          telefoon: 02 000 00 00
          ondernemingsnummer: 0123.456.749
        """;

    [Fact]
    public async Task Every_page_shows_the_publisher_with_links_to_its_e_mail_and_phone()
    {
        using var site = TestSite.Create(Publisher);

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        foreach (var page in new[] { "index.html", "over/index.html", "gemeenten/leuven/index.html", "404.html" })
        {
            site.AssertPage(page,
                "<h2 id=\"uitgever-kop\">Uitgever</h2>",
                "Vereniging Voorbeeld vzw",
                "Voorbeeldstraat 1, 1000 Brussel",
                "<a href=\"mailto:info@voorbeeld.example\">info@voorbeeld.example</a>",
                "tel:&#x2B;3220000000\">02 000 00 00</a>",
                "Ondernemingsnummer 0123.456.749");
            Assert.DoesNotContain("nog niet", site.Page(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_footer_links_to_about_privacy_accessibility_contributing_open_data_and_the_source()
    {
        using var site = TestSite.Create(Publisher);

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        site.AssertPage("praktijken/index.html",
            "<a href=\"/over/\">Over deze databank</a>",
            "<a href=\"/privacy/\">Privacy</a>",
            "<a href=\"/toegankelijkheid/\">Toegankelijkheid</a>",
            "<a href=\"/bijdragen/\">Een praktijk toevoegen</a>",
            "<a href=\"/over/#open-data\">Open data</a>",
            "<a href=\"https://github.com/voorbeeld/site\">Broncode</a>");
    }

    [Fact]
    public async Task A_site_without_a_publisher_says_what_is_missing_and_where_to_ask_instead()
    {
        using var site = TestSite.Create("");

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        site.AssertPage("index.html",
            "Deze site vermeldt de naam, het adres en het e-mailadres van de uitgever nog niet.",
            "<a href=\"https://github.com/voorbeeld/site/issues\">Stel je vraag op GitHub</a>");
        Assert.DoesNotContain("<address>", site.Page("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publisher_with_only_a_name_and_e_mail_says_the_address_is_missing_and_offers_the_e_mail()
    {
        using var site = TestSite.Create("""
            -- data/site.yml --
            title: Testsite
            description: Een site om te testen.
            base_url: https://example.org/
            repository: https://github.com/voorbeeld/site
            uitgever:
              naam: Vereniging Voorbeeld vzw
              email: info@voorbeeld.example
            """);

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        site.AssertPage("index.html", "Deze site vermeldt het adres van de uitgever nog niet.", "mailto:info@voorbeeld.example");
        Assert.DoesNotContain("Stel je vraag op GitHub", site.Page("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publisher_with_an_impossible_e_mail_phone_or_enterprise_number_is_an_error_at_its_value()
    {
        using var site = TestSite.Create("""
            -- data/site.yml --
            title: Testsite
            description: Een site om te testen.
            base_url: https://example.org/
            repository: https://github.com/voorbeeld/site
            uitgever:
              email: info at voorbeeld
              telefoon: "112"
              ondernemingsnummer: 0123.456.748
              btw: BE0123456749
            """);

        var run = await site.CheckAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/site.yml:6:10: error SID0071: 'info at voorbeeld' is not a valid e-mail address", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/site.yml:7:13: error SID0071: '112' is not a phone number", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/site.yml:8:23: error SID0071: '0123.456.748' is not a Belgian enterprise number", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/site.yml:9:3: error SID0003: unknown key 'btw'", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0123.456.749", true)]
    [InlineData("BE 0207.812.305", true)]
    [InlineData("0123456749", true)]
    [InlineData("0123.456.748", false)]
    [InlineData("2123.456.749", false)]
    [InlineData("123.456.749", false)]
    public void An_enterprise_number_is_checked_by_its_last_two_digits(string number, bool valid) =>
        Assert.Equal(valid, Samenleven.Loading.ReferenceDataReader.IsEnterpriseNumber(number));
}
