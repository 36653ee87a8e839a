using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

/// <summary>The privacy statement and the accessibility statement of the real site have the parts the law and the Flemish model ask for.</summary>
public sealed class StatementPagesTests
{
    private static async Task<TestSite> RealPagesAsync()
    {
        var site = TestSite.Create("");
        foreach (var page in new[] { "privacy", "toegankelijkheid", "bijdragen" })
        {
            site.Write($"input/{page}.md", File.ReadAllText(Path.Combine(Repository.Root, "input", page + ".md")));
        }

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        return site;
    }

    [Fact]
    public async Task The_privacy_page_says_what_is_collected_how_long_it_is_kept_the_rights_and_whom_to_ask()
    {
        using var site = await RealPagesAsync();

        site.AssertPage("privacy/index.html",
            "<h2 id=\"wie-is-verantwoordelijk\">Wie is verantwoordelijk?</h2>",
            "<h2 id=\"geen-cookies-geen-tracking\">Geen cookies, geen tracking</h2>",
            "<h2 id=\"het-formulier-praktijk-voorstellen\">",
            "<h2 id=\"wat-de-host-bijhoudt\">Wat de host bijhoudt</h2>",
            "<h2 id=\"je-rechten\">Je rechten</h2>",
            "verwijdert ze daarna",
            "Gegevensbeschermingsautoriteit");
    }

    [Fact]
    public async Task The_accessibility_statement_follows_the_flemish_model_and_shows_its_evaluation_date()
    {
        using var site = await RealPagesAsync();

        site.AssertPage("toegankelijkheid/index.html",
            "<p class=\"page-meta\">Laatst ge&#xEB;valueerd op <time datetime=\"2026-12-02\">2 december 2026</time></p>",
            "<h2 id=\"nalevingsstatus\">Nalevingsstatus</h2>",
            "WCAG) 2.1, niveau AA",
            "<h2 id=\"niet-toegankelijke-inhoud\">Niet-toegankelijke inhoud</h2>",
            "<h2 id=\"opstelling-van-deze-verklaring\">Opstelling van deze verklaring</h2>",
            "<h2 id=\"feedback-en-contactgegevens\">Feedback en contactgegevens</h2>",
            "<h2 id=\"handhavingsprocedure\">Handhavingsprocedure</h2>",
            "Vlaamse Ombudsdienst");
    }

    [Fact]
    public async Task The_contribution_page_speaks_plain_language_first_and_keeps_github_for_lower_down()
    {
        using var site = await RealPagesAsync();
        var page = site.Page("bijdragen/index.html");

        Assert.DoesNotContain("dotnet", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<pre", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Markdown", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"hoe-lang-duurt-het\">", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("id=\"formulier\"", StringComparison.Ordinal) < page.IndexOf("<h2 id=\"voor-wie-met-github-werkt\">", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-12-02", null)]
    [InlineData("2025-11-30", "input/toegankelijkheid.md:4:14: warning SID0070: the accessibility statement was last evaluated on 2025-11-30, more than a year ago")]
    public async Task Check_warns_when_the_accessibility_evaluation_is_over_a_year_old(string evaluated, string? warning)
    {
        using var site = TestSite.Create($"""
            -- input/toegankelijkheid.md --
            ---
            title: Toegankelijkheid
            summary: Onze verklaring.
            geevalueerd: {evaluated}
            ---
            WCAG 2.1 AA.
            """);
        site.Today = new DateOnly(2026, 12, 2);

        var run = await site.CheckAsync();

        Assert.Equal(0, run.ExitCode);
        if (warning is null)
        {
            Assert.DoesNotContain("SID0070", run.Errors, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(warning, run.Errors, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Check_warns_when_the_accessibility_statement_has_no_evaluation_date()
    {
        using var site = TestSite.Create("""
            -- input/toegankelijkheid.md --
            ---
            title: Toegankelijkheid
            summary: Onze verklaring.
            ---
            WCAG 2.1 AA.
            """);
        site.Today = new DateOnly(2026, 12, 2);

        var run = await site.CheckAsync();

        Assert.Contains("input/toegankelijkheid.md:1:1: warning SID0070: the accessibility statement does not say when the site was evaluated", run.Errors, StringComparison.Ordinal);
    }
}
