using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site;

/// <summary>"Stel een wijziging voor": every practice and service page links to its own source file in the repository.</summary>
public sealed class EditLinkTests
{
    [Fact]
    public async Task Practice_and_service_pages_link_to_the_edit_page_of_their_file_on_the_configured_branch()
    {
        using var site = TestSite.Create("""
            -- input/praktijken/de-babbelberg.md --
            ---
            title: De Babbelberg
            summary: Nieuwkomers oefenen Nederlands.
            gemeenten: [kortrijk]
            themas: [werk]
            toegevoegd: 2026-10-01
            ---
            Tekst.
            -- input/gemeenten/kortrijk/dienst-diversiteit.md --
            ---
            title: Dienst Diversiteit
            ---
            Tekst.
            """);

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        site.AssertPage("praktijken/de-babbelberg/index.html",
            """<a href="https://github.com/voorbeeld/site/edit/main/input/praktijken/de-babbelberg.md" rel="nofollow">Stel een wijziging voor</a>""");
        site.AssertPage("gemeenten/kortrijk/dienst-diversiteit/index.html",
            """<a href="https://github.com/voorbeeld/site/edit/main/input/gemeenten/kortrijk/dienst-diversiteit.md" rel="nofollow">Stel een wijziging voor</a>""");
    }

    [Fact]
    public async Task Lists_and_the_home_page_have_no_edit_link()
    {
        using var site = TestSite.Create("""
            -- input/praktijken/de-babbelberg.md --
            ---
            title: De Babbelberg
            summary: Nieuwkomers oefenen Nederlands.
            gemeenten: [kortrijk]
            themas: [werk]
            toegevoegd: 2026-10-01
            ---
            Tekst.
            """);

        await site.BuildAsync();

        Assert.DoesNotContain("Stel een wijziging voor", site.Page("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Stel een wijziging voor", site.Page("praktijken/index.html"), StringComparison.Ordinal);
    }
}
