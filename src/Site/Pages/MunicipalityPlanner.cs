using System.Collections.Immutable;

namespace Samenleven.Site.Pages;

/// <summary>A municipality's page: its services and its practices.</summary>
public sealed record MunicipalityModel(PageShell Shell) : PageModel(Shell)
{
    public required string Name { get; init; }
    public required LinkItem Province { get; init; }

    /// <summary>"Sinds 1 januari 2025 horen ook … bij …", or null when nothing merged into it.</summary>
    public string? MergerText { get; init; }
    public required ImmutableArray<ServiceView> Services { get; init; }
    public required string PracticesHeading { get; init; }
    public required string NoPracticesText { get; init; }
    public required ImmutableArray<PracticeCard> Practices { get; init; }
    public string? FeedHref { get; init; }
    public string? FeedText { get; init; }
}

/// <summary>A page per municipality with practices or services.</summary>
public sealed class MunicipalityPlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site)
    {
        var reference = site.Reference;
        var formerNames = reference.FormerMunicipalities
            .Where(f => f.Slug != f.MergedIntoSlug)
            .ToLookup(f => f.MergedIntoSlug, f => f.Name, StringComparer.Ordinal);
        foreach (var m in reference.Municipalities.Where(m => site.Index.HasContent(m.Slug)))
        {
            var province = reference.ProvinceBySlug[m.ProvinceSlug];
            var practices = ContentIndex.PracticesOf(site.Index.ByMunicipality, m.Slug);
            var services = site.Index.ServicesOf(m.Slug);
            var former = formerNames[m.Slug].Order(StringComparer.Ordinal).ToArray();
            var feed = Urls.MunicipalityFeed(m.Slug);
            var shell = site.Shell(Urls.Municipality(m.Slug), m.Name, Texts.MunicipalityDescription(m.Name, services.Length > 0), PageKind.Municipality,
                new Crumb(Texts.MunicipalitiesTitle, site.Href(Urls.Municipalities)),
                new Crumb(province.Name, site.Href(Urls.Province(province.Slug))),
                new Crumb(m.Name, null)) with
            {
                // Only municipalities with practices have a feed (a service page is not news).
                Alternates = practices.Length > 0 ? [site.Feed(Texts.NewPracticesInPlace(m.Name), feed)] : [],
            };
            yield return new PlannedPage(new MunicipalityModel(shell)
            {
                Name = m.Name,
                Province = new LinkItem(province.Name, site.Href(Urls.Province(province.Slug))),
                MergerText = former.Length > 0 ? Texts.MergedInto(former, m.Name) : null,
                Services = [.. services.Select(s => ServicePlanner.View(site, s))],
                PracticesHeading = Texts.PracticesIn(m.Name),
                NoPracticesText = Texts.NoPracticesFrom(m.Name),
                Practices = site.Cards(practices),
                FeedHref = practices.Length > 0 ? site.Href(feed) : null,
                FeedText = Texts.FollowPracticesFrom(m.Name),
            });
        }
    }
}
