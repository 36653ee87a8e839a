using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>
/// Ranks the practices that share the most with one practice: two points per shared theme, one per shared target group
/// and domain; ties go to the newest, then by slug, so the order is the same on every machine. Every practice that
/// shares something is scored (not a sample), with an array of scores per thread: 10,000 practices stay well under a
/// second (bench/README.md).
/// </summary>
public sealed class RelatedPractices
{
    private const int ThemePoints = 2;
    private const int TargetGroupPoints = 1;
    private const int DomainPoints = 1;

    // Scores by position in the newest-first list; all zero between calls (each call resets what it touched).
    [ThreadStatic]
    private static int[]? t_scores;

    [ThreadStatic]
    private static List<int>? t_touched;

    private readonly ImmutableArray<Practice> _newest;
    private readonly FrozenDictionary<string, int> _positionBySlug;
    private readonly FrozenDictionary<string, int[]> _byTheme;
    private readonly FrozenDictionary<string, int[]> _byTargetGroup;
    private readonly FrozenDictionary<string, int[]> _byDomain;

    /// <param name="newest">All practices, newest first with ties by slug: a lower position wins a tie.</param>
    public RelatedPractices(ImmutableArray<Practice> newest)
    {
        _newest = newest;
        _positionBySlug = newest.Select((p, i) => (p.Slug, i)).ToFrozenDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        _byTheme = Positions(newest, p => p.Themes);
        _byTargetGroup = Positions(newest, p => p.TargetGroups);
        _byDomain = Positions(newest, p => p.Domains);
    }

    /// <summary>Up to <paramref name="count"/> practices, best first; never one that shares nothing.</summary>
    public ImmutableArray<Practice> For(Practice practice, int count)
    {
        var scores = t_scores is { } existing && existing.Length >= _newest.Length ? existing : t_scores = new int[_newest.Length];
        var touched = t_touched ??= [];
        var self = _positionBySlug[practice.Slug];
        Score(_byTheme, practice.Themes, ThemePoints, self, scores, touched);
        Score(_byTargetGroup, practice.TargetGroups, TargetGroupPoints, self, scores, touched);
        Score(_byDomain, practice.Domains, DomainPoints, self, scores, touched);

        // The best few, kept sorted: most candidates fall below the last of them and cost one comparison.
        var best = new int[Math.Min(count, touched.Count)];
        var filled = 0;
        foreach (var candidate in best.Length > 0 ? touched : [])
        {
            if (filled == best.Length && !Beats(candidate, best[^1], scores))
            {
                continue;
            }

            var at = Math.Min(filled, best.Length - 1);
            while (at > 0 && Beats(candidate, best[at - 1], scores))
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = candidate;
            filled = Math.Min(filled + 1, best.Length);
        }

        foreach (var candidate in touched)
        {
            scores[candidate] = 0;
        }

        touched.Clear();
        return [.. best.Select(i => _newest[i])];
    }

    private static bool Beats(int candidate, int other, int[] scores) =>
        scores[candidate] > scores[other] || (scores[candidate] == scores[other] && candidate < other);

    private static void Score(FrozenDictionary<string, int[]> index, ImmutableArray<string> terms, int points, int self, int[] scores, List<int> touched)
    {
        foreach (var term in terms)
        {
            if (!index.TryGetValue(term, out var members))
            {
                continue;
            }

            foreach (var other in members)
            {
                if (other == self)
                {
                    continue;
                }

                if (scores[other] == 0)
                {
                    touched.Add(other);
                }

                scores[other] += points;
            }
        }
    }

    private static FrozenDictionary<string, int[]> Positions(ImmutableArray<Practice> newest, Func<Practice, ImmutableArray<string>> terms) =>
        newest
            .SelectMany((p, i) => terms(p).Select(t => (Term: t, Position: i)))
            .GroupBy(x => x.Term, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Position).ToArray(), StringComparer.Ordinal);
}
