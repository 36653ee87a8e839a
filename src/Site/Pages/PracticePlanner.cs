using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site.Pages;

/// <summary>A practice's page: what it is, its facts aside, contact, links and related practices.</summary>
public sealed record PracticeModel(PageShell Shell) : PageModel(Shell)
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string MunicipalitiesLabel { get; init; }
    public required ImmutableArray<LinkItem> Municipalities { get; init; }
    public required ImmutableArray<LinkItem> Themes { get; init; }
    public required ImmutableArray<LinkItem> TargetGroups { get; init; }
    public string? Year { get; init; }
    public string? Status { get; init; }
    public string? Organisation { get; init; }
    public ContactView? Contact { get; init; }
    public ImmutableArray<LinkItem> Links { get; init; } = [];
    public string? ImageSrc { get; init; }
    public string? ImageAlt { get; init; }

    /// <summary>The image's size in pixels when its header could be read, for its width and height attributes.</summary>
    public ImageSize? ImageSize { get; init; }
    public required string AddedIso { get; init; }
    public required string AddedText { get; init; }
    public string? UpdatedIso { get; init; }
    public string? UpdatedText { get; init; }
    public required ImmutableArray<PracticeCard> Related { get; init; }
}

/// <summary>A contact as a page shows it: name, and links for mail and phone.</summary>
public sealed record ContactView(string? Name, string? Email, string? EmailHref, string? Phone, string? PhoneHref);

/// <summary>One page per practice. The models are built only when the page is rendered (see <see cref="IPlannedPage"/>).</summary>
public sealed class PracticePlanner : IPagePlanner
{
    /// <summary>How many related practices a page lists.</summary>
    public const int RelatedCount = 4;

    public IEnumerable<IPlannedPage> Plan(SiteContext site) => site.Content.Practices.Select(p => new Page(p, site));

    /// <summary>A practice's page, decided now and built when rendered.</summary>
    private sealed record Page(Practice Practice, SiteContext Site) : IPlannedPage
    {
        public string Path => Urls.Practice(Practice.Slug);

        public PageKind Kind => PageKind.Practice;

        public string? Source => Practice.SourcePath;

        public bool Indexable => true;

        public PageModel Model() => Build(Practice, Site);
    }

    public static PracticeModel Build(Practice p, SiteContext site)
    {
        var reference = site.Reference;
        var firstTheme = reference.ThemeBySlug[p.Themes[0]];
        var shell = site.Shell(Urls.Practice(p.Slug), p.Title, p.Summary, PageKind.Practice,
            new Crumb(Texts.NavPractices, site.Href(Urls.Practices)),
            new Crumb(firstTheme.Title, site.Href(Urls.Theme(firstTheme.Slug))),
            new Crumb(p.Title, null)) with
        {
            EditUrl = site.EditUrl(p.SourcePath),
            OpenGraphType = "article",
            OpenGraph =
            [
                ("article:published_time", Texts.Iso(p.Added)),
                ("article:modified_time", Texts.Iso(p.LastChanged)),
                .. p.Themes.Select(t => ("article:tag", reference.ThemeBySlug[t].Title)),
                .. p.Image is { } image ? [("og:image", site.Urls.Absolute(image.Src)), ("og:image:alt", image.Alt)] : Array.Empty<(string, string)>(),
            ],
            JsonLd = StructuredData.Practice(p, reference, site.Urls),
            SearchFilters = site.Facets.ForPractice(p),
            SearchSort = SearchFacets.SortsForPractice(p),
            SearchMeta = [("toegevoegd", Texts.Iso(p.Added)), ("gemeenten", string.Join(", ", p.Municipalities.Select(m => reference.MunicipalityBySlug[m.Slug].Name)))],
        };
        return new PracticeModel(shell)
        {
            BodySource = p.SourcePath,
            Body = p.Body,
            Title = p.Title,
            Summary = p.Summary,
            MunicipalitiesLabel = p.Municipalities.Length == 1 ? Texts.Municipality : Texts.Municipalities,
            Municipalities = [.. p.Municipalities.Select(m => site.MunicipalityLink(m.Slug, m.FormerName))],
            Themes = [.. p.Themes.Select(site.ThemeLink)],
            TargetGroups = [.. p.TargetGroups.Select(site.TargetGroupLink)],
            Year = p.Year is { } year ? Texts.Number(year) : null,
            Status = p.Status == PracticeStatus.Unknown ? null : Texts.Status(p.Status),
            Organisation = p.Organisation,
            Contact = p.Contact is { } c ? Contact(c.Name, c.Email, c.Phone) : null,
            Links = [.. p.Links.Select(l => new LinkItem(l.Title, l.Url))],
            ImageSrc = p.Image is { } i ? site.Href(i.Src) : null,
            ImageAlt = p.Image?.Alt,
            ImageSize = p.Image is { } sized && site.Project.ImageSizes.TryGetValue(sized.Src, out var size) ? size : null,
            AddedIso = Texts.Iso(p.Added),
            AddedText = Texts.Date(p.Added),
            UpdatedIso = p.Updated is { } u ? Texts.Iso(u) : null,
            UpdatedText = p.Updated is { } u2 ? Texts.Date(u2) : null,
            Related = site.Cards(site.Index.Related(p, RelatedCount)),
        };
    }

    /// <summary>A contact with its <c>mailto:</c> and <c>tel:</c> links.</summary>
    public static ContactView Contact(string? name, string? email, string? phone) =>
        new(name, email, email is null ? null : "mailto:" + email, phone, phone is null ? null : PhoneNumbers.TelHref(phone));
}
