using System.Globalization;

namespace Samenleven.Site;

/// <summary>
/// Every URL of the site, built in exactly one place. Paths are site-relative and start with '/'; <see cref="SiteUrls"/>
/// turns them into links under the base path and into absolute URLs.
/// </summary>
public static class Urls
{
    public const int PageSize = 20;

    public const string Home = "/";
    public const string Practices = "/praktijken/";
    public const string Themes = "/themas/";
    public const string TargetGroups = "/doelgroepen/";
    public const string Municipalities = "/gemeenten/";
    public const string Search = "/zoeken/";
    public const string NotFound = "/404.html";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string Feed = "/feed.xml";
    public const string Contribute = "/bijdragen/";
    public const string About = "/over/";
    public const string Accessibility = "/toegankelijkheid/";

    /// <summary>The privacy statement: a plain page, <c>input/privacy.md</c>.</summary>
    public const string Privacy = "/privacy/";
    public const string AssetFolder = "/assets/";
    public const string Admin = "/admin/";
    public const string OpenDataFolder = "/data/";

    /// <summary>The folder the search index is written into, by the last stage of a build.</summary>
    public const string SearchIndexFolder = "pagefind";

    /// <summary>
    /// Folders the site keeps for itself: no content file may put a page or an old address in them (the editor, the
    /// theme's assets, the open data and the search index).
    /// </summary>
    public static readonly string[] Reserved = [Admin, AssetFolder, OpenDataFolder, $"/{SearchIndexFolder}/"];
    public const string OpenDataJson = "/data/praktijken.json";
    public const string OpenDataSchema = "/data/praktijken.schema.json";
    public const string OpenDataCsv = "/data/praktijken.csv";

    /// <summary>The same table separated by semicolons: what Excel with Belgian (nl-BE) settings opens as columns.</summary>
    public const string OpenDataCsvSemicolon = "/data/praktijken-puntkomma.csv";

    /// <summary>Header and redirect rules for hosts that read them from the published folder (Netlify, Cloudflare Pages).</summary>
    public const string HostHeaders = "/_headers";
    public const string HostRedirects = "/_redirects";

    public static string Practice(string slug) => $"/praktijken/{slug}/";

    public static string PracticeList(int page) => Paged(Practices, page);

    public static string Theme(string slug, int page = 1) => Paged($"/themas/{slug}/", page);

    public static string TargetGroup(string slug, int page = 1) => Paged($"/doelgroepen/{slug}/", page);

    public const string Domains = "/domeinen/";

    public static string Domain(string slug, int page = 1) => Paged($"/domeinen/{slug}/", page);

    public const string PlanGoals = "/plan-samenleven/";

    public static string PlanGoal(string slug, int page = 1) => Paged($"/plan-samenleven/{slug}/", page);

    /// <summary>The page that explains the scale of <c>onderbouwing</c>: a plain page, <c>input/onderbouwing.md</c>.</summary>
    public const string SupportScale = "/onderbouwing/";

    public static string Municipality(string slug) => $"/gemeenten/{slug}/";

    public static string Service(string municipality, string slug) => $"/gemeenten/{municipality}/{slug}/";

    /// <summary>The query parameter of the contribution page that names a municipality to fill in.</summary>
    public const string ContributeMunicipalityParameter = "gemeente";

    /// <summary>The contribution page with the municipality filled in: <c>/bijdragen/?gemeente=alken</c>.</summary>
    public static string ContributeFor(string municipality) => $"{Contribute}?{ContributeMunicipalityParameter}={municipality}";

    /// <summary>The page that thanks for a submitted form and says what happens next.</summary>
    public const string ContributeThanks = "/bijdragen/bedankt/";

    /// <summary>The query parameters of the form in change mode: the page's path and title (the municipality is <see cref="ContributeMunicipalityParameter"/>).</summary>
    public const string ContributePageParameter = "pagina";
    public const string ContributeTitleParameter = "titel";

    /// <summary>
    /// The contribution form in change mode about one page: <c>/bijdragen/?pagina=/praktijken/x/&amp;titel=X&amp;gemeente=gent#formulier</c>.
    /// The form's script fills the fields in from it; without JavaScript the form opens empty and asks for the page.
    /// </summary>
    public static string ReportChange(string pagePath, string title, string municipality) =>
        $"{Contribute}?{ContributePageParameter}={Uri.EscapeDataString(pagePath)}&{ContributeTitleParameter}={Uri.EscapeDataString(title)}&{ContributeMunicipalityParameter}={municipality}#formulier";

    public static string Province(string slug) => $"/provincies/{slug}/";

    public static string Page(string slug) => $"/{slug}/";

    public static string ThemeFeed(string slug) => $"/themas/{slug}/feed.xml";

    public static string MunicipalityFeed(string slug) => $"/gemeenten/{slug}/feed.xml";

    /// <summary>Page 1 is the list itself; later pages live under <c>pagina/N/</c>.</summary>
    public static string Paged(string list, int page) =>
        page <= 1 ? list : $"{list}pagina/{page.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>The file a path is written to: clean URLs end in '/' and become <c>index.html</c>.</summary>
    public static string OutputFile(string path) =>
        path.EndsWith('/') ? path[1..] + "index.html" : path[1..];
}

/// <summary>Links and absolute URLs for one build (the base URL can differ per deploy).</summary>
public sealed class SiteUrls
{
    /// <param name="baseUrl">For example <c>https://example.org/</c> or <c>https://example.org/sub/</c>.</param>
    public SiteUrls(string baseUrl)
    {
        var uri = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
        Origin = uri.GetLeftPart(UriPartial.Authority);
        BasePath = uri.AbsolutePath;
    }

    /// <summary><c>https://example.org</c>, without a trailing slash.</summary>
    public string Origin { get; }

    /// <summary>The path the site is served under: <c>/</c> or <c>/sub/</c>.</summary>
    public string BasePath { get; }

    /// <summary>A link for use inside the site: the path under the base path.</summary>
    public string Href(string path) => BasePath + path[1..];

    public string Absolute(string path) => Origin + BasePath + path[1..];
}
