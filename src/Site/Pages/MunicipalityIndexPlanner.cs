using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site.Pages;

/// <summary>A municipality in a list, with what the site has about it and a link to its page.</summary>
public sealed record MunicipalityEntry(string Name, string Href, int Practices, int Services, string Nis)
{
    /// <summary>"12 praktijken, 1 dienst", "geen praktijken"; empty for a former municipality.</summary>
    public string CountsText => MergedInto is null ? Texts.PracticeAndServiceCounts(Practices, Services) : "";

    /// <summary>For a former municipality, listed under its old name: the one it is part of now, whose page it links to.</summary>
    public string? MergedInto { get; init; }
}

/// <summary>A province's municipalities, A to Z.</summary>
public sealed record ProvinceGroup(string Name, string Href, string AboutText, string Anchor, ImmutableArray<MunicipalityEntry> Municipalities);

/// <summary>The index of all municipalities: the finder, the map, then the A–Z lists per province.</summary>
public sealed record MunicipalityIndexModel(PageShell Shell) : PageModel(Shell)
{
    public required string Heading { get; init; }
    public required string Lead { get; init; }

    /// <summary>The municipalities per province, with the former municipalities under their old names (the finder reads them).</summary>
    public required ImmutableArray<ProvinceGroup> Provinces { get; init; }

    /// <summary>The map of Flanders above the list; null when the project has no map data.</summary>
    public MunicipalityMap? Map { get; init; }

    /// <summary>The finder's script (it also labels the map); null when the theme has none, and then the finder stays hidden.</summary>
    public string? ScriptHref { get; init; }
}

public sealed class MunicipalityIndexPlanner : IPagePlanner
{
    /// <summary>The theme's script for the finder and the map's labels.</summary>
    public const string Script = "gemeenten.js";

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
                [.. Entries(site, p).Concat(FormerEntries(site, p)).OrderBy(e => e.Name, StringComparer.Ordinal)]))],
            Map = site.Project.Map is { } map ? MunicipalityMapBuilder.Build(
                map,
                reference,
                slug => ContentIndex.PracticesOf(site.Index.ByMunicipality, slug).Length,
                slug => site.Index.ServicesOf(slug).Length,
                slug => site.Href(Urls.Municipality(slug))) : null,
            ScriptHref = site.Assets.Has(Script) ? site.Href(site.Assets.PathOf(Script)) : null,
        });
    }

    /// <summary>The municipalities of a province, A to Z, each with its page and counts.</summary>
    public static ImmutableArray<MunicipalityEntry> Entries(SiteContext site, Province province) =>
        [.. site.Reference.Municipalities.Where(m => m.ProvinceSlug == province.Slug).OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new MunicipalityEntry(
            m.Name,
            site.Href(Urls.Municipality(m.Slug)),
            ContentIndex.PracticesOf(site.Index.ByMunicipality, m.Slug).Length,
            site.Index.ServicesOf(m.Slug).Length,
            m.NisCode))];

    /// <summary>
    /// The former municipalities of a province under their old names ("Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)"),
    /// linking to the one they are part of now: a reader who knows only the old name finds it in the list. Those that kept
    /// their name (Hasselt) are in the list already.
    /// </summary>
    private static IEnumerable<MunicipalityEntry> FormerEntries(SiteContext site, Province province) =>
        site.Reference.FormerMunicipalities
            .Select(f => (Former: f, Now: site.Reference.MunicipalityBySlug[f.MergedIntoSlug]))
            .Where(x => x.Now.ProvinceSlug == province.Slug && x.Former.Name != x.Now.Name)
            .Select(x => new MunicipalityEntry(Texts.FormerNowPartOf(x.Former.Name, x.Now.Name), site.Href(Urls.Municipality(x.Now.Slug)), 0, 0, x.Former.NisCode)
            {
                MergedInto = x.Now.Name,
            });
}
