using Samenleven.Content;
using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

/// <summary>
/// <c>/bijdragen/</c> leads with the form "Praktijk voorstellen" for people without a GitHub account: it asks what the
/// content model needs, posts where <c>data/site.yml</c> says, and a thank-you page says what happens next.
/// </summary>
public sealed class ContributePlannerTests
{
    private const string PracticeAndService = """
        -- input/praktijken/taalcafe.md --
        ---
        title: Taalcafé in de bib
        summary: Nieuwkomers oefenen Nederlands met vrijwilligers.
        gemeenten: [kruibeke]
        themas: [taal-en-communicatie]
        toegevoegd: 2026-10-01
        ---
        Wekelijks.
        -- input/gemeenten/kortrijk/dienst-diversiteit.md --
        ---
        title: Dienst Diversiteit
        summary: Het aanspreekpunt voor diversiteit in Kortrijk.
        ---
        Taken.
        """;

    private static IEnumerable<FormFieldView> Fields(ContributionFormView form) => form.Sections.SelectMany(s => s.Fields);

    [Fact]
    public void Every_required_key_of_a_practice_has_a_field_in_the_form_except_the_ones_the_editor_sets()
    {
        using var site = TestSite.Create("");
        var form = ContributePlanner.Form(site.Context());
        var asked = Fields(form).Select(f => ContributionFields.PracticeKeyOf.GetValueOrDefault(f.Name)).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var missing = FrontMatterKeys.RequiredPractice.Where(k => !asked.Contains(k) && !ContributionFields.SetByEditor.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, $"the form asks nothing for the required practice key(s) {string.Join(", ", missing)}: add a field to ContributePlanner.Sections");
        Assert.All(ContributionFields.PracticeKeyOf.Values, key => Assert.Contains(key, FrontMatterKeys.Practice));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    [InlineData("gemeenten")]
    [InlineData("themas")]
    [InlineData("toegevoegd")]
    public void The_required_keys_the_form_checks_against_are_the_ones_the_reader_refuses_to_miss(string key)
    {
        var lines = new[] { "title: Een praktijk", "summary: Kort.", "gemeenten: [leuven]", "themas: [werk]", "toegevoegd: 2026-01-01" };
        using var site = TestSite.Create($"-- input/praktijken/p.md --\n---\n{string.Join('\n', lines.Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)))}\n---\nTekst.\n");

        var diagnostics = new DiagnosticBag();
        var project = new Samenleven.Loading.ProjectLoader(site.Source).Load(diagnostics);

        Assert.True(diagnostics.HasErrors, $"a practice without '{key}' loads: then it is not required, and FrontMatterKeys.RequiredPractice is wrong");
        Assert.Contains(key, FrontMatterKeys.RequiredPractice);
        _ = project;
    }

    [Fact]
    public void The_form_asks_every_required_field_in_plain_words_marks_optional_ones_and_offers_the_themes_of_data()
    {
        using var site = TestSite.Create("");
        var fields = Fields(ContributePlanner.Form(site.Context())).ToDictionary(f => f.Name, StringComparer.Ordinal);

        Assert.True(fields["title"].Required);
        Assert.True(fields["gemeenten"].Required);
        Assert.True(fields["summary"].RequiredForNew);
        Assert.True(fields["themas"].RequiredForNew);
        Assert.Equal(3, fields["themas"].MaxChoices);
        Assert.Equal(["taal-en-communicatie", "onthaal-nieuwkomers", "werk"], fields["themas"].Options.Select(o => o.Value));
        Assert.False(fields["title"].Optional);
        Assert.True(fields["organisatie"].Optional);
        Assert.All(fields.Values.Where(f => f.Required || f.RequiredForNew || f.RequiredForChange), f => Assert.False(string.IsNullOrEmpty(f.ErrorMessage), $"{f.Name} has no error message"));
    }

    [Fact]
    public async Task The_page_has_a_netlify_form_with_a_honeypot_consent_and_municipality_suggestions_including_former_names()
    {
        using var site = TestSite.Create(PracticeAndService);

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        site.AssertPage("bijdragen/index.html",
            "<h2 id=\"formulier-kop\">Praktijk voorstellen</h2>",
            "<form id=\"formulier\" class=\"contribute-form\" name=\"praktijk-voorstellen\" action=\"/bijdragen/bedankt/\" method=\"post\" data-netlify=\"true\" netlify-honeypot=\"bot-field\">",
            "<input type=\"hidden\" name=\"form-name\" value=\"praktijk-voorstellen\" />",
            "<input id=\"veld-bot\" name=\"bot-field\" tabindex=\"-1\" autocomplete=\"off\" />",
            "<label class=\"form-label\" for=\"veld-title\">Naam van de praktijk</label>",
            "required",
            "list=\"gemeenten-lijst\"",
            "<option value=\"Kruibeke\" data-slug=\"kruibeke\" label=\"nu Beveren-Kruibeke-Zwijndrecht\"></option>",
            "<option value=\"Leuven\" data-slug=\"leuven\"></option>",
            "name=\"toestemming\" value=\"ja\"",
            "De contactpersoon gaat akkoord dat deze gegevens op de site komen",
            "<span class=\"form-optional\"> (optioneel)</span>",
            "<div class=\"error-summary\" id=\"foutenoverzicht\" tabindex=\"-1\" role=\"alert\"",
            "<a href=\"/privacy/\">Wat we met je gegevens doen</a>");
        var page = site.Page("bijdragen/index.html");
        Assert.True(page.IndexOf("id=\"formulier\"", StringComparison.Ordinal) < page.IndexOf("Via een pull request.", StringComparison.Ordinal), "the form must come before the page's own text");
        Assert.Matches("<script src=\"/assets/contribute\\.[0-9a-f]+\\.js\" defer></script>", page);
    }

    [Fact]
    public async Task The_thank_you_page_says_what_happens_next_and_is_not_indexed()
    {
        using var site = TestSite.Create("");

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        site.AssertPage("bijdragen/bedankt/index.html",
            "<h1>Bedankt voor je voorstel</h1>",
            "Een redacteur leest het na",
            "<meta name=\"robots\" content=\"noindex\">");
    }

    [Theory]
    [InlineData("formulier: https://forms.example.org/f/abc", "action=\"https://forms.example.org/f/abc\" method=\"post\">")]
    [InlineData("formulier: mailto\nuitgever:\n  email: redactie@voorbeeld.example", "action=\"mailto:redactie@voorbeeld.example?subject=Praktijk%20voorstellen\" method=\"post\" enctype=\"text/plain\">")]
    public async Task Another_host_points_the_form_at_any_service_or_at_the_publishers_e_mail(string setting, string form)
    {
        using var site = TestSite.Create($"""
            -- data/site.yml --
            title: Testsite
            description: Een site om te testen.
            base_url: https://example.org/
            repository: https://github.com/voorbeeld/site
            {setting}
            """);

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        site.AssertPage("bijdragen/index.html", form);
        Assert.DoesNotContain("data-netlify", site.Page("bijdragen/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("formulier: mailto", "data/site.yml:4:12: error SID0072: 'mailto' sends the form to the publisher's e-mail address: fill in 'uitgever.email'")]
    [InlineData("formulier: javascript:alert(1)", "data/site.yml:4:12: error SID0072: 'javascript:alert(1)' is not a form endpoint")]
    [InlineData("formulier: http://forms.example.org/f", "data/site.yml:4:12: error SID0072: 'http://forms.example.org/f' is not a form endpoint")]
    public async Task A_form_endpoint_that_cannot_work_is_an_error(string setting, string error)
    {
        using var site = TestSite.Create($"""
            -- data/site.yml --
            title: Testsite
            description: Een site om te testen.
            base_url: https://example.org/
            {setting}
            repository: https://github.com/voorbeeld/site
            """);

        var run = await site.CheckAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(error, run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_practice_and_service_page_offers_to_report_a_change_through_the_form_and_keeps_the_github_link()
    {
        using var site = TestSite.Create(PracticeAndService);

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        site.AssertPage("praktijken/taalcafe/index.html",
            "<a href=\"/bijdragen/?pagina=%2Fpraktijken%2Ftaalcafe%2F&amp;titel=Taalcaf%C3%A9%20in%20de%20bib&amp;gemeente=beveren-kruibeke-zwijndrecht#formulier\">Meld een wijziging</a>",
            "Stel een wijziging voor</a>");
        site.AssertPage("gemeenten/kortrijk/dienst-diversiteit/index.html",
            "<a href=\"/bijdragen/?pagina=%2Fgemeenten%2Fkortrijk%2Fdienst-diversiteit%2F&amp;titel=Dienst%20Diversiteit%2C%20Kortrijk&amp;gemeente=kortrijk#formulier\">Meld een wijziging</a>",
            "Stel een wijziging voor</a>");
        site.AssertPage("gemeenten/leuven/index.html", "href=\"/bijdragen/?gemeente=leuven\"");
    }
}
