using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>
/// The cross-document view of the content: practices per theme, target group, domain, goal of the Plan Samenleven,
/// municipality and province, newest first; which practices took over which; related practices.
/// </summary>
public sealed class ContentIndex
{
    private readonly RelatedPractices _related;

    public ContentIndex(ContentSet content, ReferenceData reference)
    {
        Newest = [.. content.Practices.OrderByDescending(p => p.Added).ThenBy(p => p.Slug, StringComparer.Ordinal)];
        ByTheme = Group(Newest, p => p.Themes);
        ByTargetGroup = Group(Newest, p => p.TargetGroups);
        ByDomain = Group(Newest, p => p.Domains);
        ByPlanGoal = Group(Newest, p => p.PlanGoals);
        CopiedFrom = Group(Newest, p => p.BasedOn is { } basedOn ? [basedOn.Slug] : []);
        ByMunicipality = Group(Newest, p => p.Municipalities.Select(m => m.Slug));
        ByProvince = Group(Newest, p => p.Municipalities.Select(m => reference.MunicipalityBySlug[m.Slug].ProvinceSlug).Distinct(StringComparer.Ordinal));
        _related = new RelatedPractices(Newest);
        ServicesByMunicipality = content.Services
            .GroupBy(s => s.MunicipalitySlug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>All practices, newest first; ties by slug so the order is the same on every machine.</summary>
    public ImmutableArray<Practice> Newest { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByTheme { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByTargetGroup { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByDomain { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByPlanGoal { get; }

    /// <summary>By a practice's slug: the practices that say they were copied from it or inspired by it.</summary>
    public FrozenDictionary<string, ImmutableArray<Practice>> CopiedFrom { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByMunicipality { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByProvince { get; }

    public FrozenDictionary<string, ImmutableArray<ServicePage>> ServicesByMunicipality { get; }

    public static ImmutableArray<Practice> PracticesOf(FrozenDictionary<string, ImmutableArray<Practice>> index, string slug) =>
        index.TryGetValue(slug, out var list) ? list : [];

    public ImmutableArray<ServicePage> ServicesOf(string municipality) =>
        ServicesByMunicipality.TryGetValue(municipality, out var list) ? list : [];

    public bool HasContent(string municipality) => ByMunicipality.ContainsKey(municipality) || ServicesByMunicipality.ContainsKey(municipality);

    /// <summary>Up to <paramref name="count"/> practices that share the most with <paramref name="practice"/> (see <see cref="RelatedPractices"/>).</summary>
    public ImmutableArray<Practice> Related(Practice practice, int count) => _related.For(practice, count);

    private static FrozenDictionary<string, ImmutableArray<Practice>> Group(ImmutableArray<Practice> practices, Func<Practice, IEnumerable<string>> keys) =>
        practices
            .SelectMany(p => keys(p).Select(k => (Key: k, Practice: p)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Practice).ToImmutableArray(), StringComparer.Ordinal);
}
