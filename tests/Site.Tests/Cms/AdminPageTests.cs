using Samenleven.Cms;
using Samenleven.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Tests.Cms;

/// <summary>The editor at /admin/: written by the build from our own copy of Decap CMS, never indexed.</summary>
public sealed class AdminPageTests
{
    /// <summary>A Node project whose Decap bundle is already installed (a stand-in: the tests need no network).</summary>
    private static TestProject SiteWithBundle()
    {
        var site = TestProject.Create("""
            -- package.json --
            {"private": true}
            """);
        var bundle = DecapBundle.CacheDirectory(site.Root);
        site.Write(Path.GetRelativePath(site.Root, Path.Combine(bundle, "decap-cms.js")), "/* decap */");
        site.Write(Path.GetRelativePath(site.Root, Path.Combine(bundle, "7.decap-cms.js")), "/* chunk */");
        site.Write(Path.GetRelativePath(site.Root, Path.Combine(bundle, "dd5d52671a5763720504.wasm")), "wasm");
        return site;
    }

    [Fact]
    public async Task The_build_writes_the_admin_page_its_generated_configuration_and_the_bundle()
    {
        using var site = SiteWithBundle();

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        site.AssertPage("admin/index.html", """<meta name="robots" content="noindex, nofollow">""", """<script src="decap-cms.js"></script>""", """<html lang="nl-BE">""");
        Assert.DoesNotContain("<script>", site.Page("admin/index.html"), StringComparison.Ordinal);
        Assert.True(site.Exists("admin/decap-cms.js"));
        Assert.True(site.Exists("admin/7.decap-cms.js"));
        Assert.True(site.Exists("admin/dd5d52671a5763720504.wasm"));
        var config = new YamlStream();
        config.Load(new StringReader(site.Page("admin/config.yml")));
        Assert.Equal("https://example.org/", ((YamlScalarNode)((YamlMappingNode)config.Documents[0].RootNode)["site_url"]).Value);
    }

    [Fact]
    public async Task On_a_sub_path_the_logo_and_the_previews_stylesheet_load_from_this_deploy_not_from_production()
    {
        using var site = SiteWithBundle();

        var run = await site.BuildAsync("--base-url", "https://deploy-preview-12--voorbeeld.netlify.app/sub/");

        Assert.Equal(0, run.ExitCode);
        var config = new YamlStream();
        config.Load(new StringReader(site.Page("admin/config.yml")));
        var logo = ((YamlScalarNode)((YamlMappingNode)config.Documents[0].RootNode)["logo_url"]).Value!;
        Assert.Equal("../favicon.svg", logo);
        Assert.True(site.Exists("favicon.svg"), "the logo's file must be at the site's root, next to /admin/");
        var admin = site.Page("admin/index.html");
        var stylesheet = System.Text.RegularExpressions.Regex.Match(admin, "<meta name=\"site-stylesheet\" content=\"\\.\\./(assets/site\\.[0-9a-f]+\\.css)\">");
        Assert.True(stylesheet.Success, admin);
        Assert.True(site.Exists(stylesheet.Groups[1].Value), $"{stylesheet.Groups[1].Value} is not written");
        Assert.Contains("<script src=\"preview.js\"></script>", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_script_registers_the_sites_stylesheet_and_a_practice_template_with_decap()
    {
        using var site = SiteWithBundle();

        await site.BuildAsync();

        var script = site.Page("admin/preview.js");
        Assert.Contains("CMS.registerPreviewStyle(meta.getAttribute(\"content\"))", script, StringComparison.Ordinal);
        Assert.Contains("CMS.registerPreviewTemplate(\"praktijken\", PracticePreview)", script, StringComparison.Ordinal);
        Assert.Contains("className: \"practice__body prose\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_page_is_kept_out_of_search_engines_and_the_sitemap()
    {
        using var site = SiteWithBundle();

        await site.BuildAsync();

        Assert.Contains("Disallow: /admin/", site.Page("robots.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("admin", site.Page("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_that_is_not_a_Node_project_publishes_no_editor_and_warns_about_nothing()
    {
        using var site = TestProject.Create("");

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.False(site.Exists("admin/index.html"));
        Assert.DoesNotContain("admin", run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decap-cms.js", true)]
    [InlineData("7.decap-cms.js", true)]
    [InlineData("f728dc876b39e5273411.wasm", true)]
    [InlineData("decap-cms.js.LICENSE.txt", true)]
    [InlineData("decap-cms.js.map", false)]
    [InlineData("cms.js", false)]
    [InlineData("7.cms.js", false)]
    [InlineData("cms.css", false)]
    public void Only_the_browser_files_of_the_package_are_kept(string name, bool kept) =>
        Assert.Equal(kept, DecapBundle.IsBrowserFile(name));

    [Fact]
    public void The_policy_allows_no_inline_script_and_no_script_from_elsewhere()
    {
        // 'unsafe-eval' is needed (ajv in Decap); the round trip in CmsRoundTripTests proves the rest is enough.
        var policy = AdminPage.ContentSecurityPolicy();
        Assert.Contains("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", policy.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("https://api.github.com", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }
}
