using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site.Pages;

/// <summary>One row of the key facts: a label and its values, with an explanation when the value needs one.</summary>
public sealed record Fact(string Label, ImmutableArray<FactValue> Values)
{
    /// <summary>Several values are a list; one is just text (a list of one is noise to a screen reader).</summary>
    public bool IsList => Values.Length > 1;

    /// <summary>A sentence that explains the value (what a level of support means).</summary>
    public string? Note { get; init; }

    /// <summary>A link to more about the value (the page that explains the scale).</summary>
    public LinkItem? More { get; init; }
}

/// <summary>A value of a fact: text, a link when there is a page or address for it.</summary>
public sealed record FactValue(string Text, string? Href = null);

/// <summary>An attachment as the page lists it: its title, link and "PDF, 240 kB", and its full address for paper.</summary>
public sealed record AttachmentView(string Title, string Href, string Description, string AbsoluteHref);

/// <summary>A source of the description, with the date it was consulted.</summary>
public sealed record SourceView(string Title, string? Href, string? Consulted);

/// <summary>A practice's page: its key facts on top, the text, links and attachments, sources and dates at the bottom.</summary>
public sealed record PracticeModel(PageShell Shell) : PageModel(Shell)
{
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>Kerngegevens: only the facts the record has, never an empty row.</summary>
    public required ImmutableArray<Fact> Facts { get; init; }

    public ImmutableArray<LinkItem> Links { get; init; } = [];
    public ImmutableArray<AttachmentView> Attachments { get; init; } = [];
    public ImmutableArray<SourceView> Sources { get; init; } = [];
    public string? ImageSrc { get; init; }
    public string? ImageAlt { get; init; }

    /// <summary>The image's size in pixels when its header could be read, for its width and height attributes.</summary>
    public ImageSize? ImageSize { get; init; }
    public required string LastChangedIso { get; init; }
    public required string LastChangedText { get; init; }
    public string? VerifiedIso { get; init; }
    public string? VerifiedText { get; init; }

    /// <summary>The calm note when the last check is older than the site allows; null otherwise.</summary>
    public string? VerificationNote { get; init; }

    public required ImmutableArray<PracticeCard> Related { get; init; }
}

/// <summary>One page per practice. The models are built only when the page is rendered (see <see cref="IPlannedPage"/>).</summary>
public sealed class PracticePlanner : IPagePlanner
{
    /// <summary>How many related practices a page lists at most.</summary>
    public const int RelatedCount = 5;

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
            ReportChangeUrl = site.Href(Urls.ReportChange(Urls.Practice(p.Slug), p.Title, p.Municipalities[0].Slug)),
            OpenGraphType = "article",
            OpenGraph =
            [
                ("article:published_time", Texts.Iso(p.Added)),
                ("article:modified_time", Texts.Iso(p.LastChanged)),
                .. p.Themes.Select(t => ("article:tag", reference.ThemeBySlug[t].Title)),
                .. p.Image is { } image ? [("og:image", site.Urls.Absolute(image.Src)), ("og:image:alt", image.Alt)] : Array.Empty<(string, string)>(),
            ],
            JsonLd = StructuredData.Practice(p, reference, site.Urls),
        };
        var stale = p.Verified is { } verified && verified < site.ContentDate.AddMonths(-reference.Site.VerificationMonths);
        return new PracticeModel(shell)
        {
            BodySource = p.SourcePath,
            Body = p.Body,
            BodySummary = p.Summary,
            Search = new SearchEntry(p.Title, p.Summary)
            {
                Filters = site.Facets.ForPractice(p),
                Sort = SearchFacets.SortsForPractice(p),
                Meta = [("toegevoegd", Texts.Iso(p.Added)), ("gemeenten", string.Join(", ", p.Municipalities.Select(m => reference.MunicipalityBySlug[m.Slug].Name)))],
                Themes = p.Themes,
                TargetGroups = p.TargetGroups,
                FormerNames = [.. p.Municipalities.SelectMany(m => reference.FormerNamesBySlug.GetValueOrDefault(m.Slug, []))],
            },
            Title = p.Title,
            Summary = p.Summary,
            Facts = Facts(p, site),
            Links = [.. p.Links.Select(l => new LinkItem(l.Title, l.Url.StartsWith('/') ? site.Href(l.Url) : l.Url)), .. p.Video is { } video ? [new LinkItem(Texts.Video, video)] : Array.Empty<LinkItem>()],
            Attachments = [.. p.Attachments.Select(a => new AttachmentView(a.Title, site.Href(a.Path), Texts.FileDescription(a.Path, site.Project.FileSizes.GetValueOrDefault(a.Path)), site.Urls.Absolute(a.Path)))],
            Sources = [.. p.Sources.Select(s => new SourceView(s.Title, s.Url, s.Consulted is { } d ? Texts.Consulted(d) : null))],
            ImageSrc = p.Image is { } i ? site.Href(i.Src) : null,
            ImageAlt = p.Image?.Alt,
            ImageSize = p.Image is { } sized && site.Project.ImageSizes.TryGetValue(sized.Src, out var size) ? size : null,
            LastChangedIso = Texts.Iso(p.LastChanged),
            LastChangedText = Texts.Date(p.LastChanged),
            VerifiedIso = p.Verified is { } v ? Texts.Iso(v) : null,
            VerifiedText = p.Verified is { } v2 ? Texts.Date(v2) : null,
            VerificationNote = stale ? Texts.VerificationOld(reference.Site.VerificationMonths) : null,
            Related = site.Cards(site.Index.Related(p, RelatedCount)),
        };
    }

    /// <summary>The key facts in the order an officer weighs them; a fact without data is left out.</summary>
    private static ImmutableArray<Fact> Facts(Practice p, SiteContext site)
    {
        var reference = site.Reference;
        var facts = ImmutableArray.CreateBuilder<Fact>();
        void Add(string label, IEnumerable<FactValue> values, string? note = null, LinkItem? more = null)
        {
            var list = values.ToImmutableArray();
            if (list.Length > 0)
            {
                facts.Add(new Fact(label, list) { Note = note, More = more });
            }
        }

        Add(p.Municipalities.Length == 1 ? Texts.Municipality : Texts.Municipalities, p.Municipalities.Select(m => site.MunicipalityLink(m.Slug, m.FormerName)).Select(l => new FactValue(l.Text, l.Href)));
        Add(Texts.PeriodLabel, p.Period is { } period ? [new FactValue(Texts.Period(period, p.Status))] : []);
        Add(Texts.StatusLabel, p.Status != PracticeStatus.Unknown ? [new FactValue(Texts.Status(p.Status))] : []);
        Add(p.Domains.Length == 1 ? Texts.Domain : Texts.Domains, p.Domains.Select(d => new FactValue(reference.DomainBySlug[d].Title, site.Href(Urls.Domain(d)))));
        Add(Texts.Themes, p.Themes.Select(site.ThemeLink).Select(l => new FactValue(l.Text, l.Href)));
        Add(Texts.TargetGroups, p.TargetGroups.Select(site.TargetGroupLink).Select(l => new FactValue(l.Text, l.Href)));
        Add(Texts.Organisation, p.Organisation is { } organisation ? [new FactValue(organisation)] : []);
        Add(Texts.Partners, p.Partners.Select(x => new FactValue(x.Name, x.Url)));
        Add(Texts.Funding, p.Funding.Select(f => new FactValue(f.Amount is { } euro ? $"{f.Name}: {Texts.Euro(euro)}" : f.Name)));
        Add(Texts.Reach, p.Reach is { } reach ? [new FactValue(reach)] : []);
        Add(Texts.Support, p.Support != SupportLevel.Unknown ? [new FactValue(Texts.SupportLevelName(p.Support))] : [],
            Texts.SupportLevelExplanation(p.Support), site.Content.Pages.Any(page => Urls.Page(page.Slug) == Urls.SupportScale) ? new LinkItem(Texts.SupportMore, site.Href(Urls.SupportScale)) : null);
        // Each goal, then the actions of it the practice names: "Nederlands", "Actie 5: Oefenkansen Nederlands organiseren".
        Add(Texts.PlanSamenleven, p.PlanGoals.SelectMany(g => reference.PlanGoalBySlug[g].Actions
            .Where(a => p.PlanActions.Contains(a.Slug))
            .Select(a => new FactValue(Texts.PlanAction(a.Number, a.Title)))
            .Prepend(new FactValue(reference.PlanGoalBySlug[g].Title, site.Href(Urls.PlanGoal(g))))));
        Add(Texts.BasedOn, p.BasedOn is { } basedOn && site.Content.Practices.FirstOrDefault(x => x.Slug == basedOn.Slug) is { } original
            ? [new FactValue(original.Title, site.Href(Urls.Practice(original.Slug)))]
            : []);
        Add(Texts.CopiedBy, ContentIndex.PracticesOf(site.Index.CopiedFrom, p.Slug).Select(c => new FactValue(c.Title, site.Href(Urls.Practice(c.Slug)))));
        if (p.Contact is { } c)
        {
            var contact = Contact(c.Name, c.Email, c.Phone);
            Add(Texts.Contact, new[] { contact.Name is { } n ? new FactValue(n) : null, contact.Email is { } e ? new FactValue(e, contact.EmailHref) : null, contact.Phone is { } ph ? new FactValue(ph, contact.PhoneHref) : null }.OfType<FactValue>());
        }
        else
        {
            var (ask, note) = AskInstead(p, site);
            Add(Texts.Contact, [ask], note);
        }

        return facts.ToImmutable();
    }

    /// <summary>
    /// Where to turn when a practice names no contact, so a reader is never left with nothing: the service page of its
    /// first municipality, else that municipality's page.
    /// </summary>
    private static (FactValue Ask, string Note) AskInstead(Practice p, SiteContext site)
    {
        var municipality = site.Reference.MunicipalityBySlug[p.Municipalities[0].Slug];
        return site.Index.ServicesOf(municipality.Slug).FirstOrDefault() is { } service
            ? (new FactValue(Texts.ServiceInMunicipality(service.Title, municipality.Name), site.Href(Urls.Service(service.MunicipalitySlug, service.Slug))), Texts.AskService)
            : (new FactValue(municipality.Name, site.Href(Urls.Municipality(municipality.Slug))), Texts.AskMunicipality);
    }

    /// <summary>A contact with its <c>mailto:</c> and <c>tel:</c> links.</summary>
    public static ContactView Contact(string? name, string? email, string? phone) =>
        new(name, email, email is null ? null : "mailto:" + email, phone, phone is null ? null : PhoneNumbers.TelHref(phone));
}

/// <summary>A contact as a page shows it: name, and links for mail and phone.</summary>
public sealed record ContactView(string? Name, string? Email, string? EmailHref, string? Phone, string? PhoneHref);
