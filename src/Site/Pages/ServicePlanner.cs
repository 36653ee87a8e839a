using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site.Pages;

/// <summary>One day of a service's week: the hour ranges ("09.00–12.00") at the counter and on the phone; empty when closed.</summary>
public sealed record HoursRow(string Day, ImmutableArray<string> Counter, ImmutableArray<string> Phone);

/// <summary>A municipal service at a glance: contact and a week of opening hours, on its own page and on its municipality's.</summary>
public sealed record ServiceView
{
    public required string Title { get; init; }
    public required string Href { get; init; }
    public string? Summary { get; init; }
    public ImmutableArray<string> AddressLines { get; init; } = [];
    public string? Phone { get; init; }
    public string? PhoneHref { get; init; }
    public string? Email { get; init; }
    public string? EmailHref { get; init; }
    public string? Website { get; init; }
    public ImmutableArray<HoursRow> Hours { get; init; } = [];
    public bool HasCounterHours { get; init; }
    public bool HasPhoneHours { get; init; }
    public string? Note { get; init; }

    /// <summary>The id of the hours heading, unique on a municipality page that lists several services.</summary>
    public required string HoursId { get; init; }

    /// <summary>Whether there is anything to put in the contact block: it is left out rather than shown empty.</summary>
    public bool HasContact => AddressLines.Length > 0 || Phone is not null || Email is not null || Website is not null;

    /// <summary>Whether the card has anything beyond its title: a service page never shows an empty box.</summary>
    public bool HasDetails => HasContact || Hours.Length > 0 || Note is not null;
}

/// <summary>A municipal service's page.</summary>
public sealed record ServiceModel(PageShell Shell) : PageModel(Shell)
{
    public required ServiceView Service { get; init; }
    public required LinkItem Municipality { get; init; }
    public required ImmutableArray<LinkItem> Themes { get; init; }
}

/// <summary>A page per service page in <c>input/gemeenten/&lt;gemeente&gt;/</c>.</summary>
public sealed class ServicePlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site)
    {
        foreach (var s in site.Content.Services)
        {
            var m = site.Reference.MunicipalityBySlug[s.MunicipalitySlug];
            var shell = site.Shell(Urls.Service(s.MunicipalitySlug, s.Slug), $"{s.Title}, {m.Name}", s.Summary ?? Texts.ServiceDescription(s.Title, m.Name), PageKind.Service,
                new Crumb(Texts.MunicipalitiesTitle, site.Href(Urls.Municipalities)),
                new Crumb(m.Name, site.Href(Urls.Municipality(m.Slug))),
                new Crumb(s.Title, null)) with
            {
                EditUrl = site.EditUrl(s.SourcePath),
                ReportChangeUrl = site.Href(Urls.ReportChange(Urls.Service(s.MunicipalitySlug, s.Slug), $"{s.Title}, {m.Name}", m.Slug)),
                JsonLd = StructuredData.Service(s, site.Reference, site.Urls),
            };
            yield return new PlannedPage(
                new ServiceModel(shell)
                {
                    BodySource = s.SourcePath,
                    Body = s.Body,
                    BodySummary = s.Summary,
                    Search = new SearchEntry(s.Title, s.Summary)
                    {
                        Filters = site.Facets.ForService(s),
                        Sort = SearchFacets.SortsForService(),
                        Meta = [("gemeenten", m.Name)],
                        Themes = s.Themes,
                        FormerNames = site.Reference.FormerNamesBySlug.GetValueOrDefault(m.Slug, []),
                    },
                    Service = View(site, s),
                    Municipality = site.MunicipalityLink(m.Slug),
                    Themes = [.. s.Themes.Select(site.ThemeLink)],
                },
                s.SourcePath);
        }
    }

    /// <summary>The service as its card shows it.</summary>
    public static ServiceView View(SiteContext site, ServicePage s)
    {
        var hasCounter = s.OpeningHours.Length > 0;
        var hasPhone = s.PhoneHours.Length > 0;
        return new ServiceView
        {
            Title = s.Title,
            Href = site.Href(Urls.Service(s.MunicipalitySlug, s.Slug)),
            Summary = s.Summary,
            AddressLines = s.Address is { } a
                ? [.. new[] { a.Street, string.Join(' ', new[] { a.PostalCode, a.Locality }.Where(x => x is not null)) }.Where(x => !string.IsNullOrEmpty(x)).Select(x => x!)]
                : [],
            Phone = s.Phone,
            PhoneHref = s.Phone is { } phone ? PhoneNumbers.TelHref(phone) : null,
            Email = s.Email,
            EmailHref = s.Email is { } email ? "mailto:" + email : null,
            Website = s.Website,
            Hours = hasCounter || hasPhone ? [.. Texts.Week.Select(day => new HoursRow(Texts.DayName(day), Hours(s.OpeningHours, day), Hours(s.PhoneHours, day)))] : [],
            HasCounterHours = hasCounter,
            HasPhoneHours = hasPhone,
            Note = s.Note,
            HoursId = "uren-" + s.Slug,
        };
    }

    private static ImmutableArray<string> Hours(ImmutableArray<OpeningHours> hours, DayOfWeek day) =>
        [.. hours.Where(h => h.Days.Contains(day)).SelectMany(h => h.Hours).OrderBy(r => r.From).Select(Texts.Span)];
}
