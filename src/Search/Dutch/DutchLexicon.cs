using System.Collections.Frozen;
using System.Globalization;

namespace Samenleven.Search.Dutch;

/// <summary>
/// The Dutch words the compound splitter may cut a word into: lower-case, letters only, immutable. Built once from the
/// OpenTaal Hunspell dictionary (<see cref="FromHunspellDic"/>) or, in tests, from a few words (<see cref="FromWords"/>).
/// </summary>
public sealed class DutchLexicon
{
    /// <summary>
    /// OpenTaal's FORBIDDENWORD flag (<c>FORBIDDENWORD Fw</c> in its <c>index.aff</c>). The dictionary lists about 8,000
    /// misspellings and wrongly glued words with it ("arde", "taxit", "gelijkkansenbeleid"); they are not Dutch words,
    /// and as pieces they would cause false splits.
    /// </summary>
    public const string ForbiddenFlag = "Fw";

    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    private DutchLexicon(FrozenSet<string> words)
    {
        _words = words;
        _spans = words.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestWord = words.Count == 0 ? 0 : words.Max(w => w.Length);
    }

    /// <summary>How many distinct words the lexicon knows.</summary>
    public int Count => _words.Count;

    /// <summary>The length of the longest word: no piece of a compound can be longer, so the splitter looks no further.</summary>
    public int LongestWord { get; }

    /// <summary>Whether <paramref name="word"/> (lower-case, <c>ij</c> as two letters) is a known word.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _spans.Contains(word);

    /// <inheritdoc cref="Contains(ReadOnlySpan{char})"/>
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>
    /// The words of a Hunspell <c>.dic</c> file's text: a first line with the entry count, then one entry a line,
    /// <c>word</c> or <c>word/FLAGS</c>, optionally followed by a tab and morphological fields. Pure: the caller reads
    /// the file (<see cref="DutchLexiconFile"/>).
    /// </summary>
    /// <remarks>
    /// Affix flags are ignored (inflected forms such as plurals are not generated), except <see cref="ForbiddenFlag"/>:
    /// a word with a forbidden entry is left out. Only entries made of lower-case letters are kept: that skips proper
    /// names (upper-case first letter), abbreviations with capitals ("pH"), and entries with digits, spaces, dots,
    /// apostrophes, hyphens or slashes, none of which can be a piece of a single word the tokenizer hands over.
    /// OpenTaal writes "ij" as the single letter "ĳ" (U+0133, converted back by its <c>OCONV</c>); pages spell it as two
    /// letters, so the lexicon does too.
    /// </remarks>
    public static DutchLexicon FromHunspellDic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var forbidden = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (first)
            {
                first = false;
                if (IsCount(line))
                {
                    continue;
                }
            }

            var entry = line;
            var tab = entry.IndexOf('\t');
            if (tab >= 0)
            {
                entry = entry[..tab];
            }

            entry = entry.TrimEnd();
            var slash = entry.IndexOf('/');
            var word = slash >= 0 ? entry[..slash] : entry;
            if (!IsLowerCaseWord(word))
            {
                continue;
            }

            var normalised = Normalise(word);
            if (slash >= 0 && HasFlag(entry[(slash + 1)..], ForbiddenFlag))
            {
                forbidden.Add(normalised);
            }
            else
            {
                words.Add(normalised);
            }
        }

        // Hunspell's meaning: a forbidden entry forbids the word, even when another entry of the same word allows it.
        words.ExceptWith(forbidden);
        return new DutchLexicon(words.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>A lexicon of exactly <paramref name="words"/>, for tests and small inline word lists.</summary>
    /// <exception cref="ArgumentException">A word is not made of lower-case letters only.</exception>
    public static DutchLexicon FromWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (!IsLowerCaseWord(word))
            {
                throw new ArgumentException($"'{word}' is not a lower-case word: the lexicon holds lower-case letters only.", nameof(words));
            }

            set.Add(Normalise(word));
        }

        return new DutchLexicon(set.ToFrozenSet(StringComparer.Ordinal));
    }

    private static bool IsCount(ReadOnlySpan<char> line) =>
        int.TryParse(line.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalise(ReadOnlySpan<char> word) =>
        word.Contains('ĳ') ? word.ToString().Replace("ĳ", "ij", StringComparison.Ordinal) : word.ToString();

    // OpenTaal declares FLAG long: every flag is two characters.
    private static bool HasFlag(ReadOnlySpan<char> flags, string flag)
    {
        for (var i = 0; i + 1 < flags.Length; i += 2)
        {
            if (flags.Slice(i, 2).SequenceEqual(flag))
            {
                return true;
            }
        }

        return false;
    }
}
