namespace Samenleven.Tests.Hostile;

/// <summary>Values are checked by their kind: phone numbers, e-mail addresses, web addresses, and paths that must exist.</summary>
public sealed class ValueAttackTests
{
    private static string Practice(string extra, string body = "Tekst.\n") => $"""
        ---
        title: Praktijk
        summary: Een samenvatting.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-02-01
        {extra}
        ---
        {body}
        """;

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("tel:+32 16 00 00 00")]
    [InlineData("bel ons")]
    [InlineData("016 00")]
    public async Task A_phone_number_that_is_no_phone_number_is_refused(string phone)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/bel.md", Practice($"contact:\n  telefoon: \"{phone}\""));

        var run = await site.BuildRefusedAsync();

        Assert.Contains($"input/praktijken/bel.md:8:13: error SID0010: '{phone}' is not a phone number", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a@b.be?body=hi")]
    [InlineData("a@b.be&cc=c@d.be")]
    [InlineData("iemand@")]
    public async Task An_email_address_with_a_query_or_without_a_domain_is_refused(string email)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/mail.md", Practice($"contact:\n  email: \"{email}\""));

        var run = await site.BuildRefusedAsync();

        Assert.Contains($"input/praktijken/mail.md:8:10: error SID0010: '{email}' is not a valid e-mail address", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_address_as_the_repository_in_site_yml_is_refused()
    {
        using var site = await HostileProject.CreateAsync();
        var settings = File.ReadAllText(Path.Combine(site.Root, "data", "site.yml")).Replace("repository: https://github.com/voorbeeld/site", "repository: \"javascript:alert(1)\"", StringComparison.Ordinal);
        site.Write("data/site.yml", settings);

        var run = await site.BuildRefusedAsync();

        Assert.Contains("data/site.yml:4:13: error SID0010: 'repository' must be a full https:// address", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[de buurtpraat](/praktijken/bestaat-niet/)", "link '/praktijken/bestaat-niet/' leads to no page or file of this site")]
    [InlineData("![Een foto](/afbeeldingen/bestaat-niet.png)", "image '/afbeeldingen/bestaat-niet.png' leads to no page or file of this site")]
    [InlineData("[relatief](../bestaat-niet/)", "link '../bestaat-niet/' leads to no page or file of this site")]
    public async Task A_link_or_image_to_a_missing_page_or_file_of_the_site_is_an_error_at_its_line(string body, string message)
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/link.md", Practice("", "Eerste regel.\n\nZie " + body));

        var run = await site.BuildRefusedAsync();
        var check = await site.CheckRefusedAsync();

        Assert.Contains($"input/praktijken/link.md:11:5: error SID0027: {message}", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"input/praktijken/link.md:11:5: error SID0027: {message}", check.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_an_existing_page_a_redirect_or_an_image_of_the_site_is_fine()
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/afbeeldingen/foto.png", Loading.ImageSizeReaderTests.Png640x480);
        site.Write("input/praktijken/link.md", Practice("aliases: [/oud/adres/]", "[goed](/praktijken/goed/), [zonder slash](/praktijken/goed), [anker](/over/#open-data), [oud](/oud/adres/), [feed](/feed.xml), [redactie](/admin/)\n\n![Foto](/afbeeldingen/foto.png)"));

        var run = await site.Project.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
    }

    [Fact]
    public async Task A_front_matter_link_to_a_missing_page_is_an_error_at_its_line()
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/link.md", Practice("links:\n  - titel: Weg\n    url: /praktijken/weg/"));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/link.md:9:10: error SID0027: link '/praktijken/weg/' leads to no page or file of this site", run.Errors, StringComparison.Ordinal);
    }
}
