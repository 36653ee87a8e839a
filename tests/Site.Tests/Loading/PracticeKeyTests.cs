using Samenleven.Tests.Support;

namespace Samenleven.Tests.Loading;

/// <summary>
/// The keys that make a practice reusable (period, domain, Plan Samenleven, partners, funding, reach, support, sources,
/// attachments, video, based-on, verification): a wrong value is reported at its line and column, with what to write
/// instead, and the build stops; a right one builds without a word.
/// </summary>
public sealed class PracticeKeyTests
{
    /// <summary>A valid practice; the key under test goes on line 7.</summary>
    private static string Practice(string keys) => $"""
        -- input/praktijken/p.md --
        ---
        title: P
        summary: Een praktijk.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-02-01
        {keys}
        ---
        Tekst.
        -- input/praktijken/andere.md --
        ---
        title: Andere
        summary: Een andere praktijk.
        gemeenten: [gent]
        themas: [werk]
        toegevoegd: 2026-01-01
        ---
        Tekst.
        -- input/bijlagen/verslag.pdf --
        %PDF-1.4
        """;

    [Theory]
    [InlineData("domein: [beleidd]", "p.md:7:10: error SID0008: unknown domain 'beleidd' in 'domein': did you mean 'beleid'?")]
    [InlineData("domein: [beleid, beleid]", "p.md:7:18: error SID0009: domain 'beleid' is listed twice in 'domein'")]
    [InlineData("plan_samenleven: [nederland]", "p.md:7:19: error SID0008: unknown goal or action 'nederland' in 'plan_samenleven': did you mean 'nederlands'?")]
    [InlineData("periode: 2019", "p.md:7:10: error SID0005: 'periode' must be a group of keys")]
    [InlineData("periode: {start: 2019-13}", "p.md:7:18: error SID0005: 'start' must be a year or a year and month, such as 2019 or 2019-09, not '2019-13'")]
    [InlineData("periode: {start: 2022, einde: 2019}", "p.md:7:31: error SID0010: the period ends (2019) before it starts (2022)")]
    [InlineData("periode: {einde: 2020}", "p.md:7:10: error SID0004: missing required key 'start'")]
    [InlineData("periode: {begin: 2020}", "p.md:7:11: error SID0003: unknown key 'begin'")]
    [InlineData("status: bezig", "p.md:7:9: error SID0010: 'status' must be 'gepland' or 'lopend' or 'afgerond', not 'bezig'")]
    [InlineData("partners: [{url: 'https://example.org'}]", "p.md:7:12: error SID0004: missing required key 'naam'")]
    [InlineData("partners: [{naam: Buurtwerk, url: 'ftp://example.org'}]", "p.md:7:35: error SID0010: 'ftp://example.org' is not a web address: write it in full, starting with https://")]
    [InlineData("financiering: [{naam: Stad, bedrag: '€ 100'}]", "p.md:7:37: error SID0005: 'bedrag' must be an amount in euro, in digits and without a currency sign, such as 25000 or 1250.50")]
    [InlineData("financiering: [{naam: Stad, bedrag: -5}]", "p.md:7:37: error SID0005: 'bedrag' must be an amount in euro")]
    [InlineData("bereik: [veel, mensen]", "p.md:7:9: error SID0005: 'bereik' must be a single text")]
    [InlineData("onderbouwing: bewezen", "p.md:7:15: error SID0010: 'onderbouwing' must be one of 'beschreven', 'onderbouwd', 'geevalueerd', 'effectief', not 'bewezen'")]
    [InlineData("bronnen: [{url: 'https://example.org'}]", "p.md:7:11: error SID0004: missing required key 'titel'")]
    [InlineData("bronnen: [{titel: Nota, geraadpleegd: gisteren}]", "p.md:7:39: error SID0005: 'geraadpleegd' must be a date written as YYYY-MM-DD (for example 2025-03-14), not 'gisteren'")]
    [InlineData("geverifieerd: 2026-13-01", "p.md:7:15: error SID0005: 'geverifieerd' must be a date")]
    [InlineData("bijlagen: [{bestand: /bijlagen/../data/site.yml, titel: Geheim}]", "p.md:7:22: error SID0010: '/bijlagen/../data/site.yml' is not a document of this site")]
    [InlineData("bijlagen: [{bestand: /bijlagen/setup.exe, titel: Programma}]", "p.md:7:22: error SID0010: '/bijlagen/setup.exe' is not a document of this site")]
    [InlineData("bijlagen: [{bestand: /bijlagen/ontbreekt.pdf, titel: Verslag}]", "p.md:7:22: error SID0017: the attachment /bijlagen/ontbreekt.pdf does not exist: put it in input/bijlagen/")]
    [InlineData("bijlagen: [{bestand: /bijlagen/verslag.pdf}]", "p.md:7:12: error SID0004: missing required key 'titel'")]
    [InlineData("video: 'javascript:alert(1)'", "p.md:7:8: error SID0010: 'javascript:alert(1)' is not a web address: write it in full, starting with https://")]
    [InlineData("gebaseerd_op: anders", "p.md:7:15: error SID0008: 'gebaseerd_op' names no practice of this site: 'anders'; did you mean 'andere'?")]
    [InlineData("gebaseerd_op: p", "p.md:7:15: error SID0010: 'gebaseerd_op' names this practice itself")]
    [InlineData("jaar: 2019\nperiode: {start: 2019}", "p.md:7:1: error SID0009: give either 'periode' or the older 'jaar', not both")]
    public async Task A_wrong_value_is_reported_at_its_place_and_stops_the_build(string keys, string expected)
    {
        using var site = TestSite.Create(Practice(keys));

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Errors.Contains("input/praktijken/" + expected, StringComparison.Ordinal), run.Errors);
    }

    [Fact]
    public async Task Every_key_filled_in_well_builds_without_an_error_or_a_warning()
    {
        using var site = TestSite.Create(FullRecordSite.Files);
        site.Write(FullRecordSite.AttachmentPath, new byte[1000]);
        site.Today = new DateOnly(2026, 12, 1);

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal("", run.Errors);
    }

    [Fact]
    public async Task A_single_domain_or_goal_may_be_written_without_brackets()
    {
        using var site = TestSite.Create(Practice("domein: beleid\nplan_samenleven: nederlands"));

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        site.AssertPage("praktijken/p/index.html", "<a href=\"/domeinen/beleid/\">Beleid</a>", "<a href=\"/plan-samenleven/nederlands/\">Nederlands</a>");
    }

    [Fact]
    public async Task The_older_jaar_still_builds_as_the_start_of_the_period_with_a_warning_that_says_how_to_write_it_now()
    {
        using var site = TestSite.Create(Practice("jaar: 2019"));

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("input/praktijken/p.md:7:1: warning SID0040: 'jaar' is replaced by 'periode': write 'periode:' with '  start: 2019' on the next line", run.Errors, StringComparison.Ordinal);
        site.AssertPage("praktijken/p/index.html", "<dt>Periode</dt>", "Gestart in 2019");
    }

    [Theory]
    [InlineData("status: lopend\nperiode: {start: 2019, einde: 2021-06}", "p.md:7:9: warning SID0010: 'status: lopend' but the period ended in 2021-06: is the practice 'afgerond'?")]
    [InlineData("status: gepland\nperiode: {start: 2025-09}", "p.md:7:9: warning SID0010: 'status: gepland' but the period started in 2025-09: is the practice 'lopend'?")]
    [InlineData("status: afgerond\nperiode: {start: 2027}", "p.md:7:9: warning SID0010: 'status: afgerond' but the period starts only in 2027")]
    [InlineData("onderbouwing: geevalueerd", "p.md:7:15: warning SID0010: 'onderbouwing: geevalueerd' says an evaluation exists: link it under 'bronnen' (with its url)")]
    [InlineData("geverifieerd: 2024-11-30", "p.md:7:15: warning SID0041: this record was last checked with its municipality on 2024-11-30, more than 24 months ago")]
    public async Task A_status_that_contradicts_the_period_or_a_check_that_has_aged_is_a_warning_that_does_not_stop_the_build(string keys, string expected)
    {
        using var site = TestSite.Create(Practice(keys));
        site.Today = new DateOnly(2026, 12, 1);

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.True(run.Errors.Contains("input/praktijken/" + expected, StringComparison.Ordinal), run.Errors);
    }

    [Theory]
    [InlineData("status: lopend\nperiode: {start: 2019, einde: 2026-12}")]
    [InlineData("status: gepland\nperiode: {start: 2027-01}")]
    [InlineData("geverifieerd: 2024-12-01")]
    public async Task A_period_that_agrees_with_the_status_or_a_check_within_the_limit_says_nothing(string keys)
    {
        using var site = TestSite.Create(Practice(keys));
        site.Today = new DateOnly(2026, 12, 1);

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal("", run.Errors);
    }

    [Fact]
    public async Task The_verification_limit_comes_from_the_site_settings()
    {
        using var site = TestSite.Create(Practice("geverifieerd: 2026-01-01"));
        site.Write("data/site.yml", "title: Testsite\ndescription: Een site.\nbase_url: https://example.org/\nrepository: https://github.com/voorbeeld/site\nverificatie_maanden: 6\n");
        site.Today = new DateOnly(2026, 12, 1);

        var run = await site.BuildAsync();

        Assert.Contains("input/praktijken/p.md:7:15: warning SID0041: this record was last checked with its municipality on 2026-01-01, more than 6 months ago", run.Errors, StringComparison.Ordinal);
    }
}
