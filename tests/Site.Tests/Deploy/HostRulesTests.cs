using Samenleven.Deploy;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Deploy;

/// <summary>The host's rules as written into the output: <c>_headers</c> and <c>_redirects</c>.</summary>
public sealed class HostRulesTests
{
    [Theory]
    [InlineData("formulier: https://forms.example.org/f/abc", "form-action 'self' https://forms.example.org;")]
    [InlineData("formulier: mailto\nuitgever:\n  email: redactie@voorbeeld.example", "form-action 'self' mailto:;")]
    [InlineData("formulier: netlify", "form-action 'self'; frame-ancestors")]
    public async Task The_pages_policy_lets_the_contribution_form_post_where_site_yml_says_and_nowhere_else(string setting, string formAction)
    {
        using var site = TestSite.Create($"""
            -- data/site.yml --
            title: Testsite
            description: Een site om te testen.
            base_url: https://example.org/
            repository: https://github.com/voorbeeld/site
            {setting}
            """);

        await site.BuildAsync();

        var bijdragen = DeploySite.ParseHeaders(site.Page("_headers")).Where(r => r.Matches("/bijdragen/")).SelectMany(r => r.Headers).Single(h => h.Name == "Content-Security-Policy");
        Assert.Contains(formAction, bijdragen.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_published_url_gets_each_header_from_exactly_one_rule()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        var rules = DeploySite.ParseHeaders(site.Page("_headers"));
        var urls = site.Written()
            .Where(p => p is not ("_headers" or "_redirects"))
            .Select(p => "/" + (p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p))
            .Append("/admin/")
            .Append("/admin/config.yml")
            .ToArray();
        Assert.Contains("/praktijken/de-babbelberg/", urls);
        foreach (var url in urls)
        {
            var headers = rules.Where(r => r.Matches(url)).SelectMany(r => r.Headers).ToArray();
            // Hosts join the values of a header set by two matching rules; "max-age=300, max-age=31536000" means nothing.
            var twice = headers.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
            Assert.True(twice.Length == 0, $"{url} gets {string.Join(", ", twice)} from more than one rule");
            foreach (var name in new[] { "Cache-Control", "X-Content-Type-Options", "Strict-Transport-Security", "Referrer-Policy", "Permissions-Policy" })
            {
                Assert.True(headers.Any(h => h.Name == name), $"{url} gets no {name}");
            }

            // Stylesheets and scripts are subresources: a policy on them does nothing. Every document gets one.
            Assert.True(url.StartsWith("/assets/", StringComparison.Ordinal) || headers.Any(h => h.Name == "Content-Security-Policy"), $"{url} gets no Content-Security-Policy");
        }
    }

    [Fact]
    public async Task Fingerprinted_assets_are_cached_for_a_year_and_pages_briefly()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        var rules = DeploySite.ParseHeaders(site.Page("_headers"));
        var css = "/" + site.Written().Single(p => p.StartsWith("assets/site.", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal));
        Assert.Equal("public, max-age=31536000, immutable", Header(rules, css, "Cache-Control"));
        Assert.Equal(HostRules.ShortCaching, Header(rules, "/", "Cache-Control"));
        Assert.Equal(HostRules.ShortCaching, Header(rules, "/praktijken/de-babbelberg/", "Cache-Control"));
        Assert.Equal(HostRules.ShortCaching, Header(rules, "/feed.xml", "Cache-Control"));
        Assert.StartsWith("public, max-age=", HostRules.ShortCaching, StringComparison.Ordinal);
        Assert.True(int.Parse(HostRules.ShortCaching.Split("max-age=")[1].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture) <= 600, "HTML is cached for minutes, not longer");
        Assert.Equal("no-cache", Header(rules, "/admin/", "Cache-Control"));
    }

    [Fact]
    public async Task Pages_get_the_strict_policy_and_only_the_cms_gets_the_looser_one()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        var rules = DeploySite.ParseHeaders(site.Page("_headers"));
        var page = Directives(Header(rules, "/praktijken/de-babbelberg/", "Content-Security-Policy"));
        Assert.Equal("'self'", page["default-src"]);
        Assert.Equal("'self' 'wasm-unsafe-eval'", page["script-src"]);
        Assert.Equal("'self'", page["style-src"]);
        Assert.Equal("'self' data:", page["img-src"]);
        Assert.Equal("'none'", page["object-src"]);
        Assert.Equal("'self'", page["base-uri"]);
        Assert.Equal("'self'", page["form-action"]);
        Assert.Equal("'none'", page["frame-ancestors"]);
        Assert.Equal(Header(rules, "/praktijken/de-babbelberg/", "Content-Security-Policy"), Header(rules, "/zoeken/", "Content-Security-Policy"));

        var admin = Directives(Header(rules, "/admin/", "Content-Security-Policy"));
        Assert.Equal("'self' 'unsafe-eval' 'wasm-unsafe-eval'", admin["script-src"]);
        Assert.DoesNotContain("'unsafe-inline'", admin["script-src"], StringComparison.Ordinal);
        Assert.Contains("https://api.github.com", admin["connect-src"], StringComparison.Ordinal);
        Assert.Contains("https://api.netlify.com", admin["connect-src"], StringComparison.Ordinal); // the OAuth sign-in
        Assert.Contains("blob:", admin["img-src"], StringComparison.Ordinal);
        Assert.Contains("data:", admin["img-src"], StringComparison.Ordinal);
        Assert.Equal("'none'", admin["frame-ancestors"]);
        Assert.Equal("'none'", admin["object-src"]);
        Assert.DoesNotContain(admin.Values, v => v.Contains('*', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Aliases_and_former_municipalities_are_permanent_host_redirects_and_html_pages()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        var redirects = DeploySite.ParseRedirects(site.Page("_redirects"));
        Assert.Contains(new HostRedirect("/praktijken/babbeltafel/", "/praktijken/de-babbelberg/", 301, Force: true), redirects);
        Assert.Contains(new HostRedirect("/gemeenten/kruibeke/", "/gemeenten/beveren-kruibeke-zwijndrecht/", 301, Force: true), redirects);
        Assert.Contains(new HostRedirect("/data/", "/over/#open-data", 302, Force: false), redirects);
        Assert.Equal(redirects.Count, redirects.Select(r => r.From).Distinct(StringComparer.Ordinal).Count());
        site.AssertPage("praktijken/babbeltafel/index.html", "url=/praktijken/de-babbelberg/");
        site.AssertPage("gemeenten/kruibeke/index.html", "url=/gemeenten/beveren-kruibeke-zwijndrecht/");
        foreach (var redirect in redirects.Where(r => r.Status == 301))
        {
            Assert.True(site.Exists(redirect.From[1..] + "index.html"), $"{redirect.From} has no HTML redirect page for hosts without rules");
        }
    }

    [Fact]
    public async Task Every_former_municipality_lands_on_its_successors_page_by_host_rule_and_by_html_page()
    {
        using var site = TestSite.Create(RealData.MunicipalitiesAndMap);

        await site.BuildAsync();

        var redirects = DeploySite.ParseRedirects(site.Page("_redirects"));
        var formers = RealData.Reference.FormerBySlug.Values.ToArray();
        Assert.Equal(22, formers.Length); // 27 former municipalities, 5 of which live on under their own name (Hasselt…)
        foreach (var former in formers)
        {
            var to = $"/gemeenten/{former.MergedIntoSlug}/";
            Assert.Contains(new HostRedirect($"/gemeenten/{former.Slug}/", to, 301, Force: true), redirects);
            site.AssertPage($"gemeenten/{former.Slug}/index.html",
                $"<meta http-equiv=\"refresh\" content=\"0; url={to}\"",
                $"<link rel=\"canonical\" href=\"https://example.org{to}\"",
                $"<a href=\"{to}\">Ga naar de nieuwe pagina</a>");
        }

        site.AssertPage("gemeenten/kruibeke/index.html", "url=/gemeenten/beveren-kruibeke-zwijndrecht/");
        site.AssertPage("gemeenten/hasselt/index.html", "<h1>Hasselt</h1>"); // Hasselt kept its name: its address is its own page.
    }

    [Fact]
    public async Task Under_a_base_path_every_rule_and_redirect_is_under_it()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync("--base-url", "https://example.org/sub/");

        Assert.All(DeploySite.ParseHeaders(site.Page("_headers")), r => Assert.StartsWith("/sub/", r.Path, StringComparison.Ordinal));
        var redirects = DeploySite.ParseRedirects(site.Page("_redirects"));
        Assert.All(redirects, r => Assert.StartsWith("/sub/", r.From, StringComparison.Ordinal));
        Assert.All(redirects, r => Assert.StartsWith("/sub/", r.To, StringComparison.Ordinal));
        Assert.Contains(new HostRedirect("/sub/praktijken/babbeltafel/", "/sub/praktijken/de-babbelberg/", 301, Force: true), redirects);
    }

    [Fact]
    public void A_rule_with_a_star_matches_everything_below_it_and_one_without_only_itself()
    {
        var folder = new HeaderRule("/praktijken/*", []);
        var home = new HeaderRule("/", []);

        Assert.True(folder.Matches("/praktijken/"));
        Assert.True(folder.Matches("/praktijken/x/"));
        Assert.False(folder.Matches("/themas/"));
        Assert.True(home.Matches("/"));
        Assert.False(home.Matches("/praktijken/"));
    }

    private static string Header(IEnumerable<HeaderRule> rules, string url, string name) =>
        rules.Where(r => r.Matches(url)).SelectMany(r => r.Headers).Single(h => h.Name == name).Value;

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "", StringComparer.Ordinal);
}
