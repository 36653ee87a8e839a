using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Samenleven.Search.Dutch;

/// <summary>
/// Cuts Dutch compounds into the words a reader searches for: "kansarmoedebestrijding" into "kansarmoede",
/// "bestrijding", "kans" and "armoede". The search only matches the start of a word, so these parts are what make
/// "armoede" find the page. Build one per build and share it: it is thread-safe and remembers every word it split.
/// </summary>
/// <remarks>
/// <para>
/// A split is a sequence of at least two pieces that are known words of at least <see cref="MinimumPieceLength"/>
/// letters, with optionally a linking <c>s</c>, <c>e</c> or <c>en</c> between two pieces (beleid-s-plan,
/// ziek-en-huis). Of all splits the one with the fewest pieces wins; among those, the one whose pieces are longest
/// from the left (the longest first piece, then the longest second, …), then the one with the shorter linking letters
/// first. Pieces are split again by the same rules, so parts of parts are parts.
/// </para>
/// <para>
/// Cost: for a word of <c>n</c> letters and a lexicon whose longest word has <c>L</c> letters, a dynamic programme over
/// the <c>n</c> positions does at most <c>n·L</c> look-ups of a piece (each hashes at most <c>L</c> characters) and
/// four linker checks per known piece: O(n·L²) time and O(n) memory, nothing allocated until a split is found. Every
/// word is computed once and remembered (including words that are no compound), so a build pays for each distinct word
/// once; the memory grows with the number of distinct words of eight letters or more.
/// </para>
/// </remarks>
public sealed class CompoundSplitter
{
    /// <summary>Shorter words are never split: two pieces of <see cref="MinimumPieceLength"/> letters need eight.</summary>
    public const int MinimumWordLength = 8;

    /// <summary>
    /// The shortest piece accepted. Shorter known words ("arm", "kan", "in") turn up by chance inside far too many
    /// words: "armoede" is not "arm" + "oede", "kantoren" is not "kan" + "toren".
    /// </summary>
    public const int MinimumPieceLength = 4;

    // The letters Dutch puts between two parts of a compound. Order matters: at equal pieces the first one found wins.
    // "er" (kind-er-opvang) is not among them yet: kinderopvang is not found by kind.
    private static readonly string[] Linkers = ["", "s", "e", "en"];

    // Up to this length the programme's three arrays live on the stack; longer tokens (rare) get heap arrays.
    private const int StackLimit = 128;

    private readonly DutchLexicon _lexicon;
    private readonly ConcurrentDictionary<string, ImmutableArray<string>> _parts = new(StringComparer.Ordinal);

    /// <summary>A splitter that cuts words into the words of <paramref name="lexicon"/>.</summary>
    public CompoundSplitter(DutchLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>
    /// The parts of <paramref name="word"/> a search should find it by: distinct, longest first then ordinal, never the
    /// word itself; empty when it is no compound. The word is expected lower-case, as the search indexes it.
    /// </summary>
    public ImmutableArray<string> Parts(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinimumWordLength)
        {
            return [];
        }

        return _parts.GetOrAdd(word, static (w, self) => self.Compute(w), this);
    }

    private ImmutableArray<string> Compute(string word)
    {
        var n = word.Length;
        Span<int> buffer = n < StackLimit ? stackalloc int[3 * (n + 1)] : new int[3 * (n + 1)];
        // For every position i, the best split of word[i..] into pieces: how many pieces (0: none), where its first
        // piece ends, and where the next piece starts (after the linking letters; n after the last piece).
        var count = buffer[..(n + 1)];
        var end = buffer.Slice(n + 1, n + 1);
        var next = buffer.Slice(2 * (n + 1), n + 1);
        count.Clear();

        // From the end, so the best split of every later position is known when a piece reaches it.
        for (var i = n - MinimumPieceLength; i >= 0; i--)
        {
            var last = Math.Min(n, i + _lexicon.LongestWord);
            for (var e = last; e >= i + MinimumPieceLength; e--)
            {
                // The whole word is not a split of itself, even when the lexicon knows it.
                if ((i == 0 && e == n) || !_lexicon.Contains(word.AsSpan(i, e - i)))
                {
                    continue;
                }

                foreach (var linker in Linkers)
                {
                    var k = e + linker.Length;
                    var fits = linker.Length == 0
                        ? e == n || count[k] > 0
                        : k < n && count[k] > 0 && word.AsSpan(e, linker.Length).SequenceEqual(linker);
                    if (fits && (count[i] == 0 || IsBetter(i, e, k, count, end, next)))
                    {
                        count[i] = 1 + (k == n ? 0 : count[k]);
                        end[i] = e;
                        next[i] = k;
                    }
                }
            }
        }

        if (count[0] == 0)
        {
            return [];
        }

        var parts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < n; i = next[i])
        {
            var piece = word[i..end[i]];
            parts.Add(piece);
            parts.UnionWith(Parts(piece));
        }

        // Ordinal after length: the same parts in the same order on every machine.
        return [.. parts.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether the split of <c>word[i..]</c> that starts with the piece ending at <paramref name="pieceEnd"/> and goes on
    /// at <paramref name="rest"/> beats the best one found so far: fewer pieces, then longer pieces from the left.
    /// </summary>
    private static bool IsBetter(int i, int pieceEnd, int rest, ReadOnlySpan<int> count, ReadOnlySpan<int> end, ReadOnlySpan<int> next)
    {
        var n = count.Length - 1;
        var pieces = 1 + (rest == n ? 0 : count[rest]);
        if (pieces != count[i])
        {
            return pieces < count[i];
        }

        // Walk both splits piece by piece; with as many pieces, they end together.
        int aStart = i, aEnd = pieceEnd, aNext = rest;
        int bStart = i, bEnd = end[i], bNext = next[i];
        while (true)
        {
            if (aEnd - aStart != bEnd - bStart)
            {
                return aEnd - aStart > bEnd - bStart;
            }

            if (aNext == n || bNext == n)
            {
                // The same piece lengths: the split found first (shorter linking letters) stays.
                return false;
            }

            (aStart, aEnd, aNext) = (aNext, end[aNext], next[aNext]);
            (bStart, bEnd, bNext) = (bNext, end[bNext], next[bNext]);
        }
    }
}
