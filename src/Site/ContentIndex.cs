using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>The cross-document view of the content: practices per theme, municipality, province and target group, newest first.</summary>
public sealed class ContentIndex
{
    public ContentIndex(ContentSet content, ReferenceData reference)
    {
        Newest = [.. content.Practices.OrderByDescending(p => p.Added).ThenBy(p => p.Slug, StringComparer.Ordinal)];
        ByTheme = Group(Newest, p => p.Themes);
        ByTargetGroup = Group(Newest, p => p.TargetGroups);
        ByMunicipality = Group(Newest, p => p.Municipalities.Select(m => m.Slug));
        ByProvince = Group(Newest, p => p.Municipalities.Select(m => reference.MunicipalityBySlug[m.Slug].ProvinceSlug).Distinct(StringComparer.Ordinal));
        ServicesByMunicipality = content.Services
            .GroupBy(s => s.MunicipalitySlug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>All practices, newest first; ties by slug so the order is the same on every machine.</summary>
    public ImmutableArray<Practice> Newest { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByTheme { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByTargetGroup { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByMunicipality { get; }

    public FrozenDictionary<string, ImmutableArray<Practice>> ByProvince { get; }

    public FrozenDictionary<string, ImmutableArray<ServicePage>> ServicesByMunicipality { get; }

    public static ImmutableArray<Practice> PracticesOf(FrozenDictionary<string, ImmutableArray<Practice>> index, string slug) =>
        index.TryGetValue(slug, out var list) ? list : [];

    public ImmutableArray<ServicePage> ServicesOf(string municipality) =>
        ServicesByMunicipality.TryGetValue(municipality, out var list) ? list : [];

    public bool HasContent(string municipality) => ByMunicipality.ContainsKey(municipality) || ServicesByMunicipality.ContainsKey(municipality);

    /// <summary>
    /// Practices that share themes with <paramref name="practice"/>, most shared themes first, then the same municipality,
    /// then newest. Looks only at the newest few of each theme so that it stays linear in the number of practices.
    /// </summary>
    public ImmutableArray<Practice> Related(Practice practice, int count)
    {
        const int CandidatesPerTheme = 24;
        var scores = new Dictionary<Practice, int>(ReferenceEqualityComparer.Instance);
        foreach (var theme in practice.Themes)
        {
            var list = PracticesOf(ByTheme, theme);
            var taken = 0;
            foreach (var other in list)
            {
                if (ReferenceEquals(other, practice))
                {
                    continue;
                }

                if (++taken > CandidatesPerTheme)
                {
                    break;
                }

                scores[other] = scores.GetValueOrDefault(other) + 2;
            }
        }

        foreach (var other in scores.Keys.ToArray())
        {
            if (other.Municipalities.Any(m => practice.Municipalities.Any(p => p.Slug == m.Slug)))
            {
                scores[other]++;
            }
        }

        return [.. scores
            .OrderByDescending(s => s.Value)
            .ThenByDescending(s => s.Key.Added)
            .ThenBy(s => s.Key.Slug, StringComparer.Ordinal)
            .Take(count)
            .Select(s => s.Key)];
    }

    private static FrozenDictionary<string, ImmutableArray<Practice>> Group(ImmutableArray<Practice> practices, Func<Practice, IEnumerable<string>> keys) =>
        practices
            .SelectMany(p => keys(p).Select(k => (Key: k, Practice: p)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Practice).ToImmutableArray(), StringComparer.Ordinal);
}
