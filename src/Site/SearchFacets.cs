using System.Collections.Immutable;
using System.Globalization;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>One value of a facet. <paramref name="Key"/> is what the URL carries (a slug, a year); <paramref name="Label"/>
/// is what the index holds and a reader sees.</summary>
public sealed record FacetValue(string Key, string Label);

/// <summary>
/// A facet of the search page: its name (in the index and in the URL), its Dutch legend and its values. Only open facets
/// are counted, and each count costs the browser a download, so only the theme is open until a reader opens more.
/// </summary>
public sealed record SearchFacet(string Name, string Legend, ImmutableArray<FacetValue> Values, bool Open = false)
{
    /// <summary>Whether the facet shows only its first <see cref="SearchFacets.PreviewCount"/> values and a button for the rest.</summary>
    public bool HasMore => Values.Length > SearchFacets.PreviewCount;

    /// <summary>The button's text: "Toon alle 24".</summary>
    public string ShowAllText => Texts.ShowAll(Values.Length);

    /// <summary>The id of the facet's fieldset, which its heading button opens and closes.</summary>
    public string BodyId => $"facet-{Name}";

    /// <summary>The id of the facet's list of values, which "show all" expands.</summary>
    public string ValuesId => $"facet-{Name}-waarden";

    /// <summary>The id of a value's checkbox.</summary>
    public string IdOf(FacetValue value) => $"f-{Name}-{value.Key}";
}

/// <summary>
/// The facets of the search: what each indexed page is filed under (Pagefind filters) and which values the search page
/// offers. Both come from here, so a checkbox always matches what the index holds.
/// </summary>
public sealed class SearchFacets(ReferenceData reference)
{
    public const string Theme = "thema";
    public const string Municipality = "gemeente";
    public const string Province = "provincie";
    public const string TargetGroup = "doelgroep";
    public const string Year = "jaar";
    public const string Status = "status";
    public const string Domain = "domein";
    public const string PlanGoal = "plan";
    public const string Kind = "soort";

    /// <summary>
    /// How many values a long facet shows before its "show all" button. The search page hands it to search.js in a data
    /// attribute, so the page and the script never disagree.
    /// </summary>
    public const int PreviewCount = 12;

    /// <summary>The sort key for "newest first": the date a practice was added (ISO, so it sorts as text).</summary>
    public const string Added = "toegevoegd";

    private const string PracticeKind = Texts.KindPractice;
    private const string ServiceKind = Texts.KindService;

    /// <summary>The filters of a practice page.</summary>
    public ImmutableArray<(string Name, string Value)> ForPractice(Practice p) =>
    [
        .. p.Themes.Select(t => (Theme, reference.ThemeBySlug[t].Title)),
        .. p.Municipalities.Select(m => (Municipality, reference.MunicipalityBySlug[m.Slug].Name)).Distinct(),
        .. p.Municipalities.Select(m => ProvinceOf(m.Slug).Name).Distinct(StringComparer.Ordinal).Select(n => (Province, n)),
        .. p.TargetGroups.Select(t => (TargetGroup, reference.TargetGroupBySlug[t].Title)),
        .. p.Domains.Select(d => (Domain, reference.DomainBySlug[d].Title)),
        .. p.PlanGoals.Select(g => (PlanGoal, reference.PlanGoalBySlug[g].Title)),
        .. p.Period is { } period ? [(Year, period.Start.Year.ToString(CultureInfo.InvariantCulture))] : Array.Empty<(string, string)>(),
        .. p.Status != PracticeStatus.Unknown ? [(Status, Texts.Status(p.Status))] : Array.Empty<(string, string)>(),
        (Kind, PracticeKind),
    ];

    /// <summary>The sort keys of a practice page.</summary>
    public static ImmutableArray<(string Name, string Value)> SortsForPractice(Practice p) => [(Added, Texts.Iso(p.Added))];

    /// <summary>
    /// The sort keys of a service page. Services have no date, but Pagefind drops pages without the sort key from a sorted
    /// search, so they get the oldest possible one: "newest first" lists them after the practices.
    /// </summary>
    public static ImmutableArray<(string Name, string Value)> SortsForService() => [(Added, "0000-00-00")];

    /// <summary>The filters of a service page: its themes and where it is.</summary>
    public ImmutableArray<(string Name, string Value)> ForService(ServicePage s) =>
    [
        .. s.Themes.Select(t => (Theme, reference.ThemeBySlug[t].Title)),
        (Municipality, reference.MunicipalityBySlug[s.MunicipalitySlug].Name),
        (Province, ProvinceOf(s.MunicipalitySlug).Name),
        (Kind, ServiceKind),
    ];

    /// <summary>
    /// The facets the search page offers, each with only the values some indexed page has: themes and target groups in
    /// the order of their data file, municipalities A to Z, the newest years first.
    /// </summary>
    public ImmutableArray<SearchFacet> For(ContentSet content)
    {
        var themes = content.Practices.SelectMany(p => p.Themes).Concat(content.Services.SelectMany(s => s.Themes)).ToHashSet(StringComparer.Ordinal);
        var municipalities = content.Practices.SelectMany(p => p.Municipalities.Select(m => m.Slug)).Concat(content.Services.Select(s => s.MunicipalitySlug)).ToHashSet(StringComparer.Ordinal);
        var provinces = municipalities.Select(m => reference.MunicipalityBySlug[m].ProvinceSlug).ToHashSet(StringComparer.Ordinal);
        var groups = content.Practices.SelectMany(p => p.TargetGroups).ToHashSet(StringComparer.Ordinal);
        var domains = content.Practices.SelectMany(p => p.Domains).ToHashSet(StringComparer.Ordinal);
        var goals = content.Practices.SelectMany(p => p.PlanGoals).ToHashSet(StringComparer.Ordinal);
        var facets = new List<SearchFacet>
        {
            new(Theme, Texts.FacetTheme, [.. reference.Themes.Where(t => themes.Contains(t.Slug)).Select(t => new FacetValue(t.Slug, t.Title))], Open: true),
            new(Municipality, Texts.FacetMunicipality, [.. reference.Municipalities.Where(m => municipalities.Contains(m.Slug)).OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new FacetValue(m.Slug, m.Name))]),
            new(Province, Texts.FacetProvince, [.. reference.Provinces.Where(p => provinces.Contains(p.Slug)).Select(p => new FacetValue(p.Slug, p.Name))]),
            new(TargetGroup, Texts.FacetTargetGroup, [.. reference.TargetGroups.Where(t => groups.Contains(t.Slug)).Select(t => new FacetValue(t.Slug, t.Title))]),
            new(Domain, Texts.FacetDomain, [.. reference.Domains.Where(d => domains.Contains(d.Slug)).Select(d => new FacetValue(d.Slug, d.Title))]),
            new(PlanGoal, Texts.FacetPlanGoal, [.. reference.Plan.Goals.Where(g => goals.Contains(g.Slug)).Select(g => new FacetValue(g.Slug, g.Title))]),
            new(Year, Texts.FacetYear, [.. content.Practices.Where(p => p.Period is not null).Select(p => p.Period!.Start.Year).Distinct().OrderDescending() // Where() keeps only periods.
                .Select(y => y.ToString(CultureInfo.InvariantCulture)).Select(y => new FacetValue(y, y))]),
            new(Status, Texts.FacetStatus, [.. PracticeStatuses.All.Where(s => content.Practices.Any(p => p.Status == s.Status)).Select(s => new FacetValue(s.Word, Texts.Status(s.Status)))]),
            new(Kind, Texts.FacetKind, [.. KindValues(content)]),
        };
        return [.. facets.Where(f => f.Values.Length > 0)];
    }

    private static IEnumerable<FacetValue> KindValues(ContentSet content)
    {
        if (content.Practices.Length > 0)
        {
            yield return new FacetValue(Slugs.FromTitle(PracticeKind), PracticeKind);
        }

        if (content.Services.Length > 0)
        {
            yield return new FacetValue(Slugs.FromTitle(ServiceKind), ServiceKind);
        }
    }

    private Province ProvinceOf(string municipalitySlug) => reference.ProvinceBySlug[reference.MunicipalityBySlug[municipalitySlug].ProvinceSlug];
}
