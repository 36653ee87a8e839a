using System.Collections.Immutable;

namespace Samenleven.Site.Pages;

/// <summary>A province's page: its municipalities and its newest practices.</summary>
public sealed record ProvinceModel(PageShell Shell) : PageModel(Shell)
{
    public required string Heading { get; init; }

    /// <summary>"63 gemeenten, 12 praktijken".</summary>
    public required string Lead { get; init; }
    public required ImmutableArray<MunicipalityEntry> Municipalities { get; init; }
    public required ImmutableArray<PracticeCard> Newest { get; init; }
}

public sealed class ProvincePlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site)
    {
        foreach (var p in site.Reference.Provinces)
        {
            var practices = ContentIndex.PracticesOf(site.Index.ByProvince, p.Slug);
            var municipalities = MunicipalityIndexPlanner.Entries(site, p);
            yield return new PlannedPage(new ProvinceModel(site.Shell(Urls.Province(p.Slug), Texts.ProvinceTitle(p.Name), Texts.ProvinceDescription(p.Name), PageKind.Province,
                new Crumb(Texts.MunicipalitiesTitle, site.Href(Urls.Municipalities)),
                new Crumb(p.Name, null)))
            {
                Heading = Texts.ProvinceTitle(p.Name),
                Lead = $"{Texts.MunicipalityCount(municipalities.Length)}, {Texts.Practices(practices.Length)}.",
                Municipalities = municipalities,
                Newest = site.Cards(practices.Take(Urls.PageSize)),
            });
        }
    }
}
