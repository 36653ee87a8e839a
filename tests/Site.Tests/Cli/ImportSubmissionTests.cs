using Samenleven.Cli;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Cli;

/// <summary>
/// <c>new praktijk --from FILE</c>: a submitted form, as Netlify exports it or as the mailto e-mail arrives, becomes a
/// practice file that passes <c>check</c>; what cannot be mapped is reported, and contact details need consent.
/// </summary>
public sealed class ImportSubmissionTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static async Task<CommandRun> Import(TestProject site, string fileName, string content)
    {
        var path = Path.Combine(site.Root, fileName);
        await File.WriteAllTextAsync(path, content);
        var line = CommandLine.Parse(["new", "praktijk", "--from", path, "--root", site.Root]);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await NewCommand.RunAsync(line, output, error, Today);
        return new CommandRun(code, output.ToString(), error.ToString());
    }

    /// <summary>A submission as Netlify's API returns it: the fields under "data", with Netlify's own keys around them.</summary>
    private const string NetlifySubmission = """
        {
          "number": 7,
          "title": null,
          "email": "diversiteit@kruibeke.example",
          "name": "Dienst Samenleven",
          "summary": "<strong>Praatcafé</strong>",
          "data": {
            "form-name": "praktijk-voorstellen",
            "bot-field": "",
            "soort": "nieuw",
            "title": "Praatcafé \"Babbel & Co\": Nederlands oefenen",
            "gemeenten": "kruibeke, GENT",
            "summary": "Nieuwkomers oefenen elke week Nederlands met vrijwilligers uit de buurt, in de bibliotheek.",
            "themas": ["taal-en-communicatie", "Onthaal van nieuwkomers"],
            "doelgroepen": ["nieuwkomers"],
            "wat": "Elke dinsdag praten nieuwkomers en buren een uur met elkaar.\n\nDe bib zorgt voor koffie.",
            "voor_wie": "Anderstalige nieuwkomers die al wat Nederlands spreken.",
            "aanpak": "",
            "resultaten": "",
            "periode_start": "2021-09",
            "periode_einde": "",
            "organisatie": "Bibliotheek",
            "partners": "Huis van het Nederlands\nBuurtwerk",
            "bronnen": "Website van de gemeente: https://www.voorbeeld.example/praatcafe\nJaarverslag 2023",
            "contact_naam": "Dienst Samenleven",
            "contact_email": "diversiteit@kruibeke.example",
            "contact_telefoon": "03 000 00 00",
            "toestemming": "ja",
            "ip": "192.0.2.1",
            "user_agent": "Mozilla/5.0",
            "referrer": "https://samenleven-in-diversiteit.netlify.app/bijdragen/"
          },
          "created_at": "2026-11-30T09:12:00.000Z",
          "form_name": "praktijk-voorstellen"
        }
        """;

    [Fact]
    public async Task A_netlify_submission_with_a_former_municipality_and_consent_becomes_a_practice_that_passes_check()
    {
        using var site = TestProject.Create("");

        var run = await Import(site, "inzending.json", NetlifySubmission);

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Contains("Wrote input/praktijken/praatcafe-babbel-co-nederlands-oefenen.md", run.Output, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(site.Root, "input/praktijken/praatcafe-babbel-co-nederlands-oefenen.md"));
        Assert.Contains("title: \"Praatcafé \\\"Babbel & Co\\\": Nederlands oefenen\"", text, StringComparison.Ordinal);
        Assert.Contains("gemeenten:\n  - kruibeke\n  - gent\n", text, StringComparison.Ordinal);
        Assert.Contains("themas:\n  - taal-en-communicatie\n  - onthaal-nieuwkomers\n", text, StringComparison.Ordinal);
        Assert.Contains("periode:\n  start: 2021-09\n", text, StringComparison.Ordinal);
        Assert.Contains("contact:\n  naam: \"Dienst Samenleven\"\n  email: \"diversiteit@kruibeke.example\"\n", text, StringComparison.Ordinal);
        Assert.Contains("  - titel: \"Website van de gemeente\"\n    url: \"https://www.voorbeeld.example/praatcafe\"\n  - titel: \"Jaarverslag 2023\"\n", text, StringComparison.Ordinal);
        Assert.Contains("toegevoegd: 2026-12-02", text, StringComparison.Ordinal);
        Assert.Contains("## Wat?\n\nElke dinsdag praten nieuwkomers en buren een uur met elkaar.\n\nDe bib zorgt voor koffie.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("## Aanpak", text, StringComparison.Ordinal);
        Assert.DoesNotContain("192.0.2.1", text, StringComparison.Ordinal);

        var check = await site.RunAsync("check");
        Assert.True(check.ExitCode == 0, check.Errors);
        await site.BuildAsync();
        site.AssertPage("praktijken/praatcafe-babbel-co-nederlands-oefenen/index.html", "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)");
    }

    [Fact]
    public async Task Without_consent_the_contact_is_left_out_and_the_report_says_so()
    {
        using var site = TestProject.Create("");

        var run = await Import(site, "inzending.json", NetlifySubmission.Replace("\"toestemming\": \"ja\",", "", StringComparison.Ordinal));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("contact details were left out: the contact person did not consent", run.Output, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(site.Root, "input/praktijken/praatcafe-babbel-co-nederlands-oefenen.md"));
        Assert.DoesNotContain("contact", text, StringComparison.Ordinal);
        Assert.DoesNotContain("diversiteit@kruibeke.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("03 000 00 00", text, StringComparison.Ordinal);
    }

    /// <summary>The body of the e-mail Chromium writes for a text/plain form: name=value lines, a text area over several lines.</summary>
    private const string MailtoEmail = """
        From: Jan Janssens <jan@voorbeeld.example>
        Subject: Praktijk voorstellen

        bot-field=
        soort=nieuw
        pagina=
        wat_moet_anders=
        title=Buurtmoestuin De Zwijn
        gemeenten=zwijndrecht
        summary=Buren uit twintig landen kweken samen groenten op een braakliggend terrein.
        themas=ontmoeting
        themas=werk
        doelgroepen=buurtbewoners
        wat=Een moestuin op een braakliggend terrein.
        Elke zaterdag werken buren er samen.
        voor_wie=
        periode_start=vorig jaar
        partners=
        bronnen=
        contact_naam=Marie Peeters
        contact_email=marie@voorbeeld.example
        contact_telefoon=
        """;

    [Fact]
    public async Task A_mailto_e_mail_maps_a_former_name_without_accents_and_reports_an_unknown_theme_and_a_period_it_cannot_read()
    {
        using var site = TestProject.Create("""
            -- data/gemeenten.yml --
            gemeenten:
              - slug: beveren-kruibeke-zwijndrecht
                naam: Beveren-Kruibeke-Zwijndrecht
                nis: "46030"
                provincie: oost-vlaanderen
            fusies:
              - slug: zwijndrecht
                naam: Zwijndrecht
                nis: "11056"
                opgegaan_in: beveren-kruibeke-zwijndrecht
            """);

        var run = await Import(site, "inzending.txt", MailtoEmail);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("could not map: unknown theme 'ontmoeting': it is not in data/, so it was left out", run.Output, StringComparison.Ordinal);
        Assert.Contains("could not map: unknown target group 'buurtbewoners'", run.Output, StringComparison.Ordinal);
        Assert.Contains("could not map: the start 'vorig jaar' is not a year (2021) or a year and month (2021-09)", run.Output, StringComparison.Ordinal);
        Assert.Contains("could not map: contact details were left out", run.Output, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(site.Root, "input/praktijken/buurtmoestuin-de-zwijn.md"));
        Assert.Contains("gemeenten:\n  - zwijndrecht\nthemas:\n  - werk\n", text, StringComparison.Ordinal);
        Assert.Contains("## Wat?\n\nEen moestuin op een braakliggend terrein.\nElke zaterdag werken buren er samen.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Marie", text, StringComparison.Ordinal);
        Assert.DoesNotContain("periode", text, StringComparison.Ordinal);
        var check = await site.RunAsync("check");
        Assert.True(check.ExitCode == 0, check.Errors);
    }

    [Theory]
    [InlineData("Sint-Niklaas", "sint-niklaas")]
    [InlineData("sint niklaas", "sint-niklaas")]
    [InlineData("STAD Sint-Niklaas", "sint-niklaas")]
    [InlineData("Knesselaré", "knesselare")]
    [InlineData("Knesselare (nu Aalter)", "knesselare")]
    public async Task A_municipality_is_found_whatever_its_case_accents_or_prefix(string written, string slug)
    {
        using var site = TestProject.Create("""
            -- data/gemeenten.yml --
            gemeenten:
              - slug: sint-niklaas
                naam: Sint-Niklaas
                nis: "46021"
                provincie: oost-vlaanderen
              - slug: aalter
                naam: Aalter
                nis: "44084"
                provincie: oost-vlaanderen
            fusies:
              - slug: knesselare
                naam: Knesselare
                nis: "44029"
                opgegaan_in: aalter
            """);

        var run = await Import(site, "inzending.json", $$$"""{"data": {"title": "Proef", "gemeenten": "{{{written}}}", "summary": "Kort.", "themas": "werk"}}""");

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Contains($"gemeenten:\n  - {slug}\n", File.ReadAllText(Path.Combine(site.Root, "input/praktijken/proef.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_whose_municipality_and_themes_map_to_nothing_is_written_for_the_editor_and_fails_until_fixed()
    {
        using var site = TestProject.Create("");

        var run = await Import(site, "inzending.json", """{"data": {"title": "Sportdag", "gemeenten": "Atlantis", "themas": "Sport"}}""");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown municipality 'Atlantis'", run.Output, StringComparison.Ordinal);
        Assert.Contains("unknown theme 'Sport'", run.Output, StringComparison.Ordinal);
        Assert.Contains("no summary was given", run.Output, StringComparison.Ordinal);
        Assert.Contains("no municipality could be mapped", run.Output, StringComparison.Ordinal);
        Assert.Contains("no theme could be mapped", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "input/praktijken/sportdag.md")));
    }

    [Fact]
    public async Task Spam_and_change_requests_write_no_file()
    {
        using var site = TestProject.Create("");

        var spam = await Import(site, "spam.json", """{"data": {"bot-field": "buy now", "title": "Koop nu", "gemeenten": "Gent", "themas": "werk"}}""");
        var change = await Import(site, "wijziging.txt", "soort=wijziging\npagina=/praktijken/taalcafe/\ntitle=Taalcafé\nwat_moet_anders=Het taalcafé is verhuisd naar de bib.\n");

        Assert.Equal(1, spam.ExitCode);
        Assert.Contains("spam", spam.Errors, StringComparison.Ordinal);
        Assert.Equal(1, change.ExitCode);
        Assert.Contains("this is a change to an existing page (/praktijken/taalcafe/)", change.Errors, StringComparison.Ordinal);
        Assert.Contains("Het taalcafé is verhuisd naar de bib.", change.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "input/praktijken")) && Directory.EnumerateFiles(Path.Combine(site.Root, "input/praktijken")).Any());
    }

    [Fact]
    public async Task A_submission_imported_twice_does_not_overwrite_the_first_file()
    {
        using var site = TestProject.Create("");
        await Import(site, "inzending.json", NetlifySubmission);
        var path = Path.Combine(site.Root, "input/praktijken/praatcafe-babbel-co-nederlands-oefenen.md");
        await File.AppendAllTextAsync(path, "\nBewerkt door de redactie.\n");

        var again = await Import(site, "inzending.json", NetlifySubmission);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Errors, StringComparison.Ordinal);
        Assert.EndsWith("Bewerkt door de redactie.\n", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
