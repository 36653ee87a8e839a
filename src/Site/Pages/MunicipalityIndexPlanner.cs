using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site.Pages;

/// <summary>A municipality in a list, with what the site has about it; a link only when it has a page.</summary>
public sealed record MunicipalityEntry(string Name, string? Href, int Practices, int Services, string Nis)
{
    /// <summary>"12 praktijken, 1 dienst".</summary>
    public string CountsText => Texts.ContentCounts(Practices, Services);
}

/// <summary>A province's municipalities, A to Z.</summary>
public sealed record ProvinceGroup(string Name, string Href, string AboutText, string Anchor, ImmutableArray<MunicipalityEntry> Municipalities);

/// <summary>The index of all municipalities: the map, then the A–Z lists per province.</summary>
public sealed record MunicipalityIndexModel(PageShell Shell) : PageModel(Shell)
{
    public required string Heading { get; init; }
    public required string Lead { get; init; }
    public required ImmutableArray<ProvinceGroup> Provinces { get; init; }

    /// <summary>The map of Flanders above the list; null when the project has no map data.</summary>
    public MunicipalityMap? Map { get; init; }
}

public sealed class MunicipalityIndexPlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site)
    {
        var reference = site.Reference;
        var withContent = reference.Municipalities.Count(m => site.Index.HasContent(m.Slug));
        yield return new PlannedPage(new MunicipalityIndexModel(site.Shell(Urls.Municipalities, Texts.MunicipalitiesTitle, Texts.MunicipalitiesDescription, PageKind.Municipalities, new Crumb(Texts.MunicipalitiesTitle, null)))
        {
            Heading = Texts.MunicipalitiesTitle,
            Lead = Texts.MunicipalitiesLead(reference.Municipalities.Count(m => reference.ProvinceBySlug.ContainsKey(m.ProvinceSlug)), withContent),
            Provinces = [.. reference.Provinces.Select(p => new ProvinceGroup(
                p.Name,
                site.Href(Urls.Province(p.Slug)),
                Texts.AboutProvince(p.Name),
                "provincie-" + Slugs.FromTitle(p.Name),
                Entries(site, p)))],
            Map = site.Project.Map is { } map ? MunicipalityMapBuilder.Build(
                map,
                reference,
                slug => ContentIndex.PracticesOf(site.Index.ByMunicipality, slug).Length,
                slug => site.Index.ServicesOf(slug).Length,
                slug => site.Href(Urls.Municipality(slug))) : null,
        });
    }

    /// <summary>The municipalities of a province, A to Z.</summary>
    public static ImmutableArray<MunicipalityEntry> Entries(SiteContext site, Province province) =>
        [.. site.Reference.Municipalities.Where(m => m.ProvinceSlug == province.Slug).OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new MunicipalityEntry(
            m.Name,
            site.Index.HasContent(m.Slug) ? site.Href(Urls.Municipality(m.Slug)) : null,
            ContentIndex.PracticesOf(site.Index.ByMunicipality, m.Slug).Length,
            site.Index.ServicesOf(m.Slug).Length,
            m.NisCode))];
}
