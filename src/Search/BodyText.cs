using System.Net;
using System.Text;

namespace Samenleven.Search;

/// <summary>
/// The text of a rendered body as the search shows it in snippets: its paragraphs, list items and quotes, one string
/// per block, without headings. Headings such as "Aanpak" or "Voor wie?" are labels, not sentences a reader wants in a
/// snippet. Reads the HTML the Markdown converter wrote (well-formed, no scripts), so a small scanner is enough.
/// </summary>
public static class BodyText
{
    // Tags that end a block of text: the next text starts a new block.
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "div", "section", "br", "pre", "table", "tr", "td", "th", "figure", "figcaption", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "template" };

    /// <summary>The blocks of text of <paramref name="html"/>, whitespace collapsed, empty blocks left out.</summary>
    public static List<string> Blocks(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var blocks = new List<string>();
        var current = new StringBuilder();
        var skipped = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                var next = html.IndexOf('<', i);
                var end = next < 0 ? html.Length : next;
                if (skipped == 0)
                {
                    current.Append(html, i, end - i);
                }

                i = end;
                continue;
            }

            var close = html.IndexOf('>', i);
            if (close < 0)
            {
                break;
            }

            var (name, closing) = TagName(html.AsSpan(i + 1, close - i - 1));
            if (BlockTags.Contains(name))
            {
                Flush(current, blocks);
            }

            if (SkippedTags.Contains(name))
            {
                skipped = Math.Max(0, skipped + (closing ? -1 : 1));
            }

            i = close + 1;
        }

        Flush(current, blocks);
        return blocks;
    }

    /// <summary>Collapses every run of white space (including no-break spaces) into one space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>How many words the search counts in collapsed text: its excerpts split on white space.</summary>
    public static int WordCount(string collapsed) => collapsed.Length == 0 ? 0 : collapsed.Count(c => c == ' ') + 1;

    private static (string Name, bool Closing) TagName(ReadOnlySpan<char> tag)
    {
        var closing = tag.Length > 0 && tag[0] == '/';
        if (closing)
        {
            tag = tag[1..];
        }

        var length = 0;
        while (length < tag.Length && char.IsAsciiLetterOrDigit(tag[length]))
        {
            length++;
        }

        return (tag[..length].ToString(), closing);
    }

    private static void Flush(StringBuilder current, List<string> blocks)
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = Collapse(WebUtility.HtmlDecode(current.ToString()));
        current.Clear();
        if (text.Length > 0)
        {
            blocks.Add(text);
        }
    }
}
