namespace Samenleven.Tests.Hostile;

/// <summary>Every output path has one owner: no alias or page of a contributor takes over a page or a folder of the site.</summary>
public sealed class AddressAttackTests
{
    private static string PracticeWithAliases(params string[] aliases) => $"""
        ---
        title: Overname
        summary: Probeert een andere pagina over te nemen.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-02-01
        aliases: [{string.Join(", ", aliases.Select(a => $"\"{a}\""))}]
        ---
        Tekst.
        """;

    [Theory]
    [InlineData("/index.html", "names a file")]
    [InlineData("/feed.xml", "names a file")]
    [InlineData("/pagefind/pagefind.js", "names a file")]
    [InlineData("/sitemap.xml/", "names a file")]
    public async Task An_alias_that_names_a_file_is_refused_at_its_line(string alias, string message)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/overname.md", PracticeWithAliases(alias));

        var run = await site.BuildRefusedAsync();

        Assert.Contains($"input/praktijken/overname.md:7:", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"error SID0026: alias '{alias}' {message}", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/")]
    [InlineData("/data/")]
    [InlineData("/assets/oud/")]
    [InlineData("/pagefind/")]
    public async Task An_alias_in_a_folder_the_site_keeps_for_itself_is_refused(string alias)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/overname.md", PracticeWithAliases(alias));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/overname.md:7:", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"error SID0026: {alias} lies in /", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/praktijken/goed/")]
    [InlineData("/")]
    [InlineData("/themas/werk/")]
    public async Task An_alias_on_the_address_of_another_page_is_refused(string alias)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/overname.md", PracticeWithAliases(alias));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/overname.md:7:", run.Errors, StringComparison.Ordinal);
        Assert.Matches(@"error SID00(10|18): ", run.Errors);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("assets")]
    [InlineData("data")]
    [InlineData("pagefind")]
    public async Task A_plain_page_named_after_a_folder_of_the_site_is_refused(string name)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write($"input/{name}.md", "---\ntitle: Overname\n---\nTekst.\n");

        var run = await site.BuildRefusedAsync();

        Assert.Contains($"input/{name}.md:1:1: error SID0026: /{name}/ lies in /{name}/, which the site keeps for itself", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zoeken")]
    [InlineData("praktijken")]
    public async Task A_plain_page_on_the_address_of_a_generated_page_is_refused_and_the_generated_page_kept(string name)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write($"input/{name}.md", "---\ntitle: Overname\n---\nTekst.\n");

        var run = await site.BuildRefusedAsync();

        Assert.Contains($"input/{name}.md:1:1: error SID0018: two pages would be written to /{name}/", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_that_climbs_out_of_the_site_is_refused()
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/overname.md", PracticeWithAliases("/../../etc/passwd/"));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("error SID0010: alias '/../../etc/passwd/' is not a path in this site", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_collisions_are_reported_at_once()
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/overname.md", PracticeWithAliases("/data/", "/admin/", "/praktijken/goed/"));
        site.Write("input/assets.md", "---\ntitle: Overname\n---\nTekst.\n");

        var run = await site.BuildRefusedAsync();

        Assert.Equal(4, run.Errors.Split('\n').Count(l => l.Contains(": error SID", StringComparison.Ordinal)));
    }
}
