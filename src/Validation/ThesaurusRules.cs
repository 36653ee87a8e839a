using Samenleven.Content;

namespace Samenleven.Validation;

/// <summary>
/// What <c>check</c> asks of the thesaurus (<c>data/synoniemen.yml</c>): slugs that exist, every word once, dated words
/// that are search terms, and no loop of search terms that are another entry's terms (A for B, B for A): a thesaurus
/// read as a chain would then never stop growing.
/// </summary>
public static class ThesaurusRules
{
    public const string Path = "data/synoniemen.yml";

    public static void Check(Thesaurus thesaurus, ReferenceData reference, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        ArgumentNullException.ThrowIfNull(reference);
        var themes = reference.Themes.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var groups = reference.TargetGroups.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < thesaurus.Entries.Length; i++)
        {
            var entry = thesaurus.Entries[i];
            foreach (var slug in entry.Themes.Where(s => !themes.Contains(s)))
            {
                Error(diagnostics, DiagnosticCode.ThesaurusUnknownSlug, entry, $"unknown theme '{slug}' (data/themas.yml)");
            }

            foreach (var slug in entry.TargetGroups.Where(s => !groups.Contains(s)))
            {
                Error(diagnostics, DiagnosticCode.ThesaurusUnknownSlug, entry, $"unknown target group '{slug}' (data/doelgroepen.yml)");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in entry.Terms.Concat(entry.SearchTerms))
            {
                var key = Key(word);
                if (key.Length == 0)
                {
                    Error(diagnostics, DiagnosticCode.ThesaurusEntryEmpty, entry, $"'{word}' has no letters or digits: the search cannot match it");
                }
                else if (!seen.Add(key))
                {
                    Error(diagnostics, DiagnosticCode.ThesaurusDuplicate, entry, $"'{word}' is listed twice in this entry");
                }
            }

            foreach (var term in entry.Terms.Select(Key).Where(k => k.Length > 0))
            {
                if (owner.TryGetValue(term, out var other) && other != i)
                {
                    Error(diagnostics, DiagnosticCode.ThesaurusDuplicate, entry, $"'{term}' is already a term of the entry on line {thesaurus.Entries[other].Line}: merge the two entries");
                }
                else
                {
                    owner[term] = i;
                }
            }

            var searchTerms = entry.SearchTerms.Select(Key).ToHashSet(StringComparer.Ordinal);
            foreach (var dated in entry.Dated.Where(d => !searchTerms.Contains(Key(d))))
            {
                Error(diagnostics, DiagnosticCode.ThesaurusDatedNotSearched, entry, $"'{dated}' is marked 'verouderd' but is not one of this entry's 'zoektermen'");
            }
        }

        ReportLoops(thesaurus, owner, diagnostics);
    }

    /// <summary>Entry i leads to entry j when one of i's search terms is one of j's terms; a path back to i is a loop.</summary>
    private static void ReportLoops(Thesaurus thesaurus, Dictionary<string, int> owner, DiagnosticBag diagnostics)
    {
        var entries = thesaurus.Entries;
        var next = entries.Select((e, i) => e.SearchTerms.Select(Key).Where(owner.ContainsKey).Select(k => owner[k]).Where(j => j != i).Distinct().Order().ToArray()).ToArray();
        var state = new int[entries.Length]; // 0 unvisited, 1 on the path, 2 done
        var path = new List<int>();
        var reported = new HashSet<int>();

        void Visit(int i)
        {
            state[i] = 1;
            path.Add(i);
            foreach (var j in next[i])
            {
                if (state[j] == 1 && reported.Add(j))
                {
                    var loop = path[path.IndexOf(j)..].Append(j).Select(k => $"'{entries[k].Terms[0]}' (line {entries[k].Line})");
                    Error(diagnostics, DiagnosticCode.ThesaurusLoop, entries[j], $"search terms lead back to this entry: {string.Join(" → ", loop)}; a search term must not be another entry's term in a loop");
                }
                else if (state[j] == 0)
                {
                    Visit(j);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[i] = 2;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            if (state[i] == 0)
            {
                Visit(i);
            }
        }
    }

    /// <summary>A word as the search compares it: its lower-case letters and digits, one space between words.</summary>
    public static string Key(string word)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= word.Length; i++)
        {
            var inWord = i < word.Length && char.IsLetterOrDigit(word[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(word[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return string.Join(' ', words);
    }

    private static void Error(DiagnosticBag diagnostics, DiagnosticCode code, ThesaurusEntry entry, string message) =>
        diagnostics.Error(code, Path, entry.Line, 3, message);
}
