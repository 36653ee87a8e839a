using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Site.Pages;

namespace Samenleven.Site;

/// <summary>
/// What every page planner shares, built once per build: the project and its index, the URLs, the theme's assets, the
/// chrome every page wears, and the pieces many pages show (shells, links, practice cards).
/// </summary>
public sealed class SiteContext
{
    private readonly Dictionary<Practice, PracticeCard> _cards = new(ReferenceEqualityComparer.Instance);

    public SiteContext(Project project, SiteUrls urls)
    {
        Project = project;
        Urls = urls;
        Assets = new AssetManifest(project.ThemeAssets);
        Index = new ContentIndex(project.Content, project.Reference);
        Facets = new SearchFacets(project.Reference);
        Chrome = BuildChrome();

        // Every card is made once: a practice appears in many lists.
        foreach (var practice in project.Content.Practices)
        {
            _cards[practice] = BuildCard(practice);
            var newest = new[] { practice.LastChanged, practice.Verified ?? DateOnly.MinValue }.Max();
            ContentDate = newest > ContentDate ? newest : ContentDate;
        }
    }

    public Project Project { get; }

    public ContentSet Content => Project.Content;

    public ReferenceData Reference => Project.Reference;

    public SiteUrls Urls { get; }

    public AssetManifest Assets { get; }

    public ContentIndex Index { get; }

    public SearchFacets Facets { get; }

    public Chrome Chrome { get; }

    /// <summary>A link for use inside the site (see <see cref="SiteUrls.Href"/>).</summary>
    public string Href(string path) => Urls.Href(path);

    /// <summary>The frame of a page: its title (with the site's), canonical URL, breadcrumbs from Home and the current section.</summary>
    public PageShell Shell(string path, string title, string description, PageKind kind, params Crumb[] trail) => new()
    {
        Path = path,
        Title = path == Site.Urls.Home ? title : $"{title} | {Reference.Site.Title}",
        Description = description,
        CanonicalUrl = Urls.Absolute(path),
        Chrome = Chrome,
        Kind = kind,
        IsHome = path == Site.Urls.Home,
        CurrentSectionHref = path == Site.Urls.Home ? null : Chrome.Navigation.FirstOrDefault(link => Href(path).StartsWith(link.Href, StringComparison.Ordinal))?.Href,
        Breadcrumbs = path == Site.Urls.Home ? [] : [new Crumb(Texts.Home, Href(Site.Urls.Home)), .. trail],
    };

    /// <summary>Where a contributor with a GitHub account edits a content file.</summary>
    public string EditUrl(string sourcePath) => $"{Reference.Site.Repository}/edit/{Reference.Site.Branch}/{sourcePath}";

    /// <summary>A municipality's name and page; "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)" when content named a former one.</summary>
    public LinkItem MunicipalityLink(string slug, string? formerName = null)
    {
        var name = Reference.MunicipalityBySlug[slug].Name;
        return new LinkItem(formerName is null ? name : Texts.FormerNowPartOf(formerName, name), Href(Site.Urls.Municipality(slug)));
    }

    public LinkItem ThemeLink(string slug) => new(Reference.ThemeBySlug[slug].Title, Href(Site.Urls.Theme(slug)));

    public LinkItem TargetGroupLink(string slug) => new(Reference.TargetGroupBySlug[slug].Title, Href(Site.Urls.TargetGroup(slug)));

    public PracticeCard Card(Practice practice) => _cards[practice];

    public ImmutableArray<PracticeCard> Cards(IEnumerable<Practice> practices) => [.. practices.Select(Card)];

    /// <summary>Cards for a list about one theme, which the cards then leave out.</summary>
    public ImmutableArray<PracticeCard> Cards(IEnumerable<Practice> practices, string? hideTheme) =>
        hideTheme is null ? Cards(practices) : [.. practices.Select(p => Card(p).Without(hideTheme))];

    /// <summary>
    /// The date the content speaks for: the newest date any practice carries (added, changed, checked). What "long ago"
    /// means on a page is measured from it, never from the clock, so the same content gives the same pages.
    /// </summary>
    public DateOnly ContentDate { get; private set; }

    /// <summary>An Atom feed as an alternate of a page.</summary>
    public Alternate Feed(string title, string feedPath) => new("application/atom+xml", title, Href(feedPath));

    private PracticeCard BuildCard(Practice p) => new(
        p.Title,
        Href(Site.Urls.Practice(p.Slug)),
        p.Summary,
        Texts.CardMunicipalities(p.Municipalities.Length),
        string.Join(", ", p.Municipalities.Select(m => MunicipalityLink(m.Slug, m.FormerName).Text)),
        [.. p.Themes.Select(t => Reference.ThemeBySlug[t].Title)],
        Texts.Iso(p.Added),
        Texts.AddedOn(p.Added));

    private Chrome BuildChrome() => new()
    {
        SiteTitle = Reference.Site.Title,
        Language = Reference.Site.Language.Primary,
        Locale = Reference.Site.Language.Locale,
        HomeHref = Href(Site.Urls.Home),
        SearchHref = Href(Site.Urls.Search),
        Navigation =
        [
            new(Texts.NavPractices, Href(Site.Urls.Practices)),
            new(Texts.NavThemes, Href(Site.Urls.Themes)),
            new(Texts.NavMunicipalities, Href(Site.Urls.Municipalities)),
            new(Texts.NavContribute, Href(Site.Urls.Contribute)),
            new(Texts.NavAbout, Href(Site.Urls.About)),
        ],
        FooterLinks =
        [
            new(Texts.FooterAbout, Href(Site.Urls.About)),
            new(Texts.FooterContribute, Href(Site.Urls.Contribute)),
            new(Texts.FooterAccessibility, Href(Site.Urls.Accessibility)),
            new(Texts.FooterPrivacy, Href(Site.Urls.Privacy)),
            new(Texts.FooterTargetGroups, Href(Site.Urls.TargetGroups)),
            new(Texts.FooterDomains, Href(Site.Urls.Domains)),
            new(Texts.FooterPlan, Href(Site.Urls.PlanGoals)),
            new(Texts.FooterOpenData, Href(Site.Urls.About) + "#open-data"),
            new(Texts.FooterFeed, Href(Site.Urls.Feed)),
            new(Texts.FooterSource, Reference.Site.Repository),
        ],
        FooterNote = Texts.FooterNote(Reference.Site.Title),
        StylesheetHref = Href(Assets.PathOf("site.css")),
        PrintStylesheetHref = Href(Assets.PathOf("print.css")),
        ScriptHref = Assets.Has("site.js") ? Href(Assets.PathOf("site.js")) : null,
        FaviconHref = Href(Assets.PathOf("favicon.svg")),
        Publisher = BuildPublisher(Reference.Site.Publisher),
    };

    /// <summary>The footer's publisher: what site.yml states, and what it does not state yet, said plainly.</summary>
    private PublisherView BuildPublisher(Publisher p)
    {
        var missing = new List<string>();
        if (p.Name is null)
        {
            missing.Add(Texts.PublisherName);
        }

        if (p.Address is null)
        {
            missing.Add(Texts.PublisherAddress);
        }

        if (p.Email is null)
        {
            missing.Add(Texts.PublisherEmail);
        }

        return new PublisherView(
            p.Name,
            p.Address,
            p.Email is null ? null : new LinkItem(p.Email, "mailto:" + p.Email),
            p.Phone is null ? null : new LinkItem(p.Phone, PhoneNumbers.TelHref(p.Phone)),
            p.EnterpriseNumber is null ? null : Texts.EnterpriseNumber(p.EnterpriseNumber),
            missing.Count == 0 ? null : Texts.PublisherMissing(missing),
            p.Email is null ? new LinkItem(Texts.PublisherAskOnGitHub, Reference.Site.Repository + "/issues") : null);
    }
}
