using System.Globalization;
using System.Text;
using Samenleven.Content;
using Samenleven.Search.Dutch;
using Samenleven.Site;

namespace Samenleven.Search;

/// <summary>
/// One page as the index engine reads it: a small HTML document made for the index, never published. The page's title
/// and summary weigh most, then its body sentences; after them, at a low weight, the parts of its compounds and the
/// thesaurus's words for what it is about, which readers never see.
/// </summary>
/// <param name="Url">The page's site path, as results link to it.</param>
/// <param name="Html">What Pagefind indexes.</param>
public sealed record SearchRecord(string Url, string Html);

/// <summary>
/// Builds the <see cref="SearchRecord"/> of every searched page and counts the words readers can search for. One per
/// build; not thread-safe (the vocabulary counts as it goes).
/// </summary>
public sealed class SearchRecordBuilder(CompoundSplitter? splitter, Thesaurus thesaurus, string language)
{
    /// <summary>Title and summary above the body (Pagefind's default weight is 1): a title that is the query comes first.</summary>
    public const string TitleWeight = "10";
    public const string SummaryWeight = "5";

    /// <summary>
    /// A part of a compound ranks below the word itself: "armoede" finds a page that says "armoede" before one that only
    /// says "kansarmoedebestrijding".
    /// </summary>
    public const string PartWeight = "0.5";

    /// <summary>A thesaurus word ranks below every literal match: the page does not use the word the reader typed.</summary>
    public const string RelatedWeight = "0.25";

    /// <summary>
    /// The meta fields that tell the engine adapter how many words come before the body (title and summary) and after it
    /// (the hidden words): snippets come from the body's sentences.
    /// </summary>
    public const string LeadMeta = "kop";
    public const string TailMeta = "staart";

    /// <summary>The words readers can search for, with how often the site uses them (for "Bedoelde je …?").</summary>
    public SearchVocabulary Vocabulary { get; } = new();

    public SearchRecord Build(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entry = document.Entry;
        var title = BodyText.Collapse(entry.Title);
        var summary = BodyText.Collapse(entry.Summary ?? "");
        var blocks = BodyText.Blocks(document.BodyHtml);

        var tokens = new List<string>();
        Tokens(title, tokens);
        Tokens(summary, tokens);
        foreach (var block in blocks)
        {
            Tokens(block, tokens);
        }

        foreach (var token in tokens)
        {
            Vocabulary.Add(token);
        }

        var words = tokens.ToHashSet(StringComparer.Ordinal);
        var parts = new SortedSet<string>(StringComparer.Ordinal);
        if (splitter is not null)
        {
            foreach (var word in words)
            {
                foreach (var part in splitter.Parts(word))
                {
                    if (!words.Contains(part))
                    {
                        parts.Add(part);
                    }
                }
            }
        }

        var related = Related(entry, tokens, words, parts);
        foreach (var word in entry.FormerNames.SelectMany(Tokenize).Where(w => !words.Contains(w)))
        {
            related.Add(word);
        }

        var partText = string.Join(' ', parts);
        var relatedText = string.Join(' ', related);

        var html = new StringBuilder(256 + document.BodyHtml.Length);
        html.Append("<html lang=\"").Append(Escape(language)).Append("\"><head>");
        foreach (var (name, value) in entry.Filters)
        {
            Meta(html, "filter", name, value);
        }

        foreach (var (name, value) in entry.Meta)
        {
            Meta(html, "meta", name, value);
        }

        foreach (var (name, value) in entry.Sort)
        {
            Meta(html, "sort", name, value);
        }

        Meta(html, "meta", LeadMeta, (BodyText.WordCount(title) + BodyText.WordCount(summary)).ToString(CultureInfo.InvariantCulture));
        Meta(html, "meta", TailMeta, (BodyText.WordCount(partText) + BodyText.WordCount(relatedText)).ToString(CultureInfo.InvariantCulture));
        html.Append("</head><body><main data-pagefind-body>");
        Element(html, "h1", TitleWeight, title);
        Element(html, "p", SummaryWeight, summary);
        foreach (var block in blocks)
        {
            Element(html, "p", null, block);
        }

        // Last, so the adapter finds the body's words between the lead and this tail.
        Element(html, "p", PartWeight, partText);
        Element(html, "p", RelatedWeight, relatedText);
        html.Append("</main></body></html>");
        return new SearchRecord(document.Path, html.ToString());
    }

    /// <summary>The thesaurus's search terms for a page that uses one of an entry's terms or is filed under its slugs.</summary>
    private SortedSet<string> Related(SearchEntry entry, List<string> tokens, HashSet<string> words, SortedSet<string> parts)
    {
        var related = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in thesaurus.Entries)
        {
            var applies = item.Themes.Any(entry.Themes.Contains)
                || item.TargetGroups.Any(entry.TargetGroups.Contains)
                || item.Terms.Any(term => Uses(Tokenize(term), tokens, words, parts));
            if (!applies)
            {
                continue;
            }

            foreach (var searchTerm in item.SearchTerms)
            {
                foreach (var word in Tokenize(searchTerm))
                {
                    if (!words.Contains(word))
                    {
                        related.Add(word);
                    }
                }
            }
        }

        return related;
    }

    /// <summary>
    /// Whether the page uses a term: a single word as a word, the start of a word ("jeugd" in "jeugdwerk") or a part of
    /// a compound; a phrase as consecutive words.
    /// </summary>
    private static bool Uses(List<string> term, List<string> tokens, HashSet<string> words, SortedSet<string> parts)
    {
        if (term.Count == 0)
        {
            return false;
        }

        if (term.Count == 1)
        {
            var word = term[0];
            return words.Contains(word) || parts.Contains(word) || (word.Length >= 4 && words.Any(w => w.StartsWith(word, StringComparison.Ordinal)));
        }

        for (var i = 0; i + term.Count <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < term.Count && all; j++)
            {
                all = string.Equals(tokens[i + j], term[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lower-case words of a text: runs of letters and digits, as the search matches them.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        Tokens(text, tokens);
        return tokens;
    }

    private static void Tokens(string text, List<string> into)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                into.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
    }

    private static void Meta(StringBuilder html, string kind, string name, string value) =>
        html.Append("<meta data-pagefind-").Append(kind).Append("=\"").Append(Escape(name)).Append("[content]\" content=\"").Append(Escape(value)).Append("\">");

    private static void Element(StringBuilder html, string tag, string? weight, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        html.Append('<').Append(tag);
        if (weight is not null)
        {
            html.Append(" data-pagefind-weight=\"").Append(weight).Append('"');
        }

        html.Append('>').Append(Escape(text)).Append("</").Append(tag).Append('>');
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
