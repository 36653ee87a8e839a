using System.Collections.Immutable;
using Samenleven.Site;

namespace Samenleven.Deploy;

/// <summary>An HTTP response header a host adds.</summary>
public sealed record HttpHeader(string Name, string Value);

/// <summary>Headers for every URL that matches <see cref="Path"/> (Netlify's syntax: an exact path, or a prefix ending in <c>*</c>).</summary>
public sealed record HeaderRule(string Path, ImmutableArray<HttpHeader> Headers)
{
    /// <summary>Whether this rule applies to the URL path <paramref name="urlPath"/>, as Netlify and Cloudflare Pages match it.</summary>
    public bool Matches(string urlPath) =>
        Path.EndsWith('*') ? urlPath.StartsWith(Path[..^1], StringComparison.Ordinal) : urlPath == Path;
}

/// <summary>A redirect the host answers itself, before looking for a file.</summary>
/// <param name="From">The old path (under the base path).</param>
/// <param name="To">Where it leads now.</param>
/// <param name="Status">301 for a permanent move, 302 for a convenience that may change.</param>
/// <param name="Force">Answer with the redirect even where a file exists (the HTML redirect page for hosts without rules).</param>
public sealed record HostRedirect(string From, string To, int Status, bool Force);

/// <summary>
/// The one definition of what the host adds to the files: security headers, caching and redirects. It is written into the
/// output as <c>_headers</c> and <c>_redirects</c> (see <see cref="SiteFiles.HostFiles"/>); <c>netlify.toml</c> repeats the parts
/// that do not depend on the content, and a test keeps the two in agreement.
/// </summary>
/// <remarks>
/// Hosts that read <c>_headers</c> apply every rule whose path matches and join the values of a header that two rules set
/// (Cloudflare Pages documents it; "max-age=600, max-age=31536000" means nothing sensible). So every header is set by at
/// most one rule for any URL: headers that are the same everywhere go on <c>/*</c>; the content security policy and the
/// caching differ per part of the site and go on one rule per top-level folder or file, never on <c>/*</c>.
/// </remarks>
public static class HostRules
{
    /// <summary>
    /// The site's policy: nothing but its own files. Search runs Pagefind's WebAssembly ('wasm-unsafe-eval' allows compiling
    /// it, not JavaScript eval). JSON-LD blocks are data, not scripts, so they need no exception.
    /// </summary>
    public const string SitePolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The site's policy when the contribution form posts elsewhere: <paramref name="formTarget"/> (a form service's
    /// origin, or <c>mailto:</c>) is added to <c>form-action</c>, or the browser would refuse to send the form.
    /// </summary>
    public static string SitePolicyFor(string? formTarget) =>
        formTarget is null ? SitePolicy : SitePolicy.Replace("form-action 'self'", $"form-action 'self' {formTarget}", StringComparison.Ordinal);

    /// <summary>The editor's policy, as measured with Decap CMS in Chromium: see <see cref="Cms.AdminPage.ContentSecurityPolicy"/>.</summary>
    public static string AdminPolicy { get; } = Cms.AdminPage.ContentSecurityPolicy();

    /// <summary>Fingerprinted files (<c>/assets/site.1a2b3c4d5e.css</c>) never change under their name.</summary>
    public const string ImmutableCaching = "public, max-age=31536000, immutable";

    /// <summary>Pages, feeds and data change with every deploy: browsers may reuse them for a few minutes, then ask again.</summary>
    public const string ShortCaching = "public, max-age=300, must-revalidate";

    /// <summary>The CMS must always load its newest configuration.</summary>
    public const string NoCaching = "no-cache";

    /// <summary>Headers that are the same on every URL.</summary>
    public static ImmutableArray<HttpHeader> Everywhere { get; } =
    [
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()"),
        new("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
    ];

    /// <summary>Rules that do not depend on the content; <c>netlify.toml</c> repeats exactly these.</summary>
    public static ImmutableArray<HeaderRule> StaticHeaders(SiteUrls urls) =>
    [
        new(urls.Href(Urls.Home) + "*", Everywhere),
        new(urls.Href(Urls.AssetFolder) + "*", [new("Cache-Control", ImmutableCaching)]),
        // The CMS (Decap) is served from the site itself.
        new(urls.Href(Urls.Admin) + "*",
        [
            new("Content-Security-Policy", AdminPolicy),
            new("Cache-Control", NoCaching),
            new("X-Robots-Tag", "noindex"),
        ]),
    ];

    /// <summary>Host redirects that do not depend on the content; <c>netlify.toml</c> repeats exactly these.</summary>
    public static ImmutableArray<HostRedirect> StaticRedirects(SiteUrls urls) =>
    [
        // The open data has no index page of its own: its description and licence are on /over/.
        new(urls.Href(Urls.OpenDataFolder), urls.Href(Urls.About) + "#open-data", 302, Force: false),
    ];

    /// <summary>
    /// Every header rule for a site at <paramref name="urls"/> that publishes <paramref name="sitePaths"/> (site-relative
    /// paths of every page and file): the static rules, then the site's policy and short caching once per top-level folder
    /// or file.
    /// </summary>
    /// <param name="formTarget">Where the contribution form posts when that is not the site itself (see <see cref="SitePolicyFor"/>).</param>
    public static ImmutableArray<HeaderRule> Headers(SiteUrls urls, IEnumerable<string> sitePaths, string? formTarget = null)
    {
        var owned = new[] { Urls.AssetFolder, Urls.Admin };
        var sections = sitePaths
            .Select(TopLevel)
            .Where(p => !owned.Contains(p, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .SelectMany(p => p == Urls.Home ? [urls.Href(Urls.Home), urls.Href("/index.html")] : new[] { urls.Href(p) + (p.EndsWith('/') ? "*" : "") });
        ImmutableArray<HttpHeader> site = [new("Content-Security-Policy", SitePolicyFor(formTarget)), new("Cache-Control", ShortCaching)];
        return [.. StaticHeaders(urls), .. sections.Select(path => new HeaderRule(path, site))];
    }

    /// <summary>Every host redirect: the static ones, then each old address of the plan, permanently.</summary>
    public static ImmutableArray<HostRedirect> Redirects(SiteUrls urls, IEnumerable<Redirect> redirects) =>
    [
        .. StaticRedirects(urls),
        // Forced: the old address also has a small HTML page that forwards (for hosts without rules); the rule must win.
        .. redirects.Select(r => new HostRedirect(urls.Href(r.From), urls.Href(r.To), 301, Force: true)),
    ];

    /// <summary>"/" for the home page, "/praktijken/" for anything below it, "/feed.xml" for a file at the root.</summary>
    private static string TopLevel(string sitePath)
    {
        if (sitePath is Urls.Home or "/index.html")
        {
            return Urls.Home;
        }

        var slash = sitePath.IndexOf('/', 1);
        return slash < 0 ? sitePath : sitePath[..(slash + 1)];
    }
}
