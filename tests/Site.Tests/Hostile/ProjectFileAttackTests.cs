namespace Samenleven.Tests.Hostile;

/// <summary>
/// Input is a closed world: a symbolic link in a pull request never publishes a file of the build machine, by any route;
/// a file that is not UTF-8 or is far too large is refused with its place.
/// </summary>
public sealed class ProjectFileAttackTests
{
    [Fact]
    public async Task An_image_that_links_to_the_machines_environment_is_refused_and_nothing_of_it_is_published()
    {
        using var site = await HostileProject.CreateAsync();
        site.Link("input/afbeeldingen/env.png", "/proc/self/environ");

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/afbeeldingen/env.png:1:1: error SID0022: input/afbeeldingen/env.png is a symbolic link", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Project.Written(), f => f.Contains("env.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_practice_that_links_to_the_password_file_is_refused_by_check_too()
    {
        using var site = await HostileProject.CreateAsync();
        site.Link("input/praktijken/wachtwoorden.md", "/etc/passwd");

        var run = await site.CheckRefusedAsync();
        await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/wachtwoorden.md:1:1: error SID0022:", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_linked_folder_is_refused_and_never_entered()
    {
        using var site = await HostileProject.CreateAsync();
        site.Link("input/afbeeldingen", "/etc", folder: true);

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/afbeeldingen:1:1: error SID0022:", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("input/afbeeldingen/", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_file_that_is_a_link_is_refused()
    {
        using var site = await HostileProject.CreateAsync();
        var real = File.ReadAllText(Path.Combine(site.Root, "data", "themas.yml"));
        File.Delete(Path.Combine(site.Root, "data", "themas.yml"));
        File.WriteAllText(Path.Combine(site.Root, "themas-elders.yml"), real);
        site.Link("data/themas.yml", Path.Combine(site.Root, "themas-elders.yml"));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("data/themas.yml:1:1: error SID0022:", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_asset_that_is_a_link_is_refused_and_not_published()
    {
        using var site = await HostileProject.CreateAsync();
        site.Link("themes/default/assets/extra.css", "/etc/passwd");

        var run = await site.BuildRefusedAsync();

        Assert.Contains("themes/default/assets/extra.css:1:1: error SID0022:", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_saved_as_Latin_1_is_refused_at_its_first_byte_that_is_not_UTF_8()
    {
        using var site = await HostileProject.CreateAsync();
        var latin1 = System.Text.Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\nsummary: Een praktijk.\ngemeenten: [leuven]\nthemas: [werk]\ntoegevoegd: 2026-01-01\n---\nTekst.\n");
        site.Write("input/praktijken/cafe.md", latin1);

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/cafe.md:2:11: error SID0024: this file is not UTF-8 (byte 0xE9 here)", run.Errors, StringComparison.Ordinal);
        Assert.Contains("save it again as UTF-8", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_file_of_several_megabytes_is_refused_without_being_parsed()
    {
        using var site = await HostileProject.CreateAsync();
        site.Write("input/praktijken/groot.md", "---\ntitle: Groot\n---\n" + new string('a', 2_000_000));

        var run = await site.BuildRefusedAsync();

        Assert.Contains("input/praktijken/groot.md:1:1: error SID0028:", run.Errors, StringComparison.Ordinal);
    }
}
