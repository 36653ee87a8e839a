using System.Collections.Immutable;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Samenleven.Content;
using Samenleven.Validation;

namespace Samenleven.Markdown;

/// <summary>
/// Turns a Markdown body into safe HTML and reports what a contributor must fix, with the line and column in the file.
/// Build one and share it: the Markdig pipeline is immutable, thread-safe and pools its renderers.
/// </summary>
public sealed class MarkdownConverter
{
    private readonly MarkdownPipeline _pipeline;
    private readonly string _basePath;

    /// <param name="basePath">The site's path prefix ("/" or "/sub/"): site links in bodies (<c>/over/</c>) get it prepended.</param>
    public MarkdownConverter(string basePath)
    {
        _basePath = basePath;

        // DisableHtml: raw HTML is parsed as literal text and so always escaped. We still report it (see CheckLiterals),
        // because a contributor who writes a tag expects it to do something.
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .DisableHtml()
            .Build();
    }

    /// <summary>Converts the body of the file at <paramref name="path"/>, reporting problems at their line in that file.</summary>
    public string ToHtml(MarkdownBody body, string path, DiagnosticBag diagnostics) => Convert(body, path, diagnostics).Html;

    /// <summary>
    /// Converts the body of the file at <paramref name="path"/> and says what it links to and which anchors it has, for
    /// the checks that compare pages. Problems are reported at their line in that file; a body with an error that makes
    /// it unreadable (nested too deeply, an invisible control character) converts to nothing.
    /// </summary>
    /// <param name="summary">The summary the first paragraph must not repeat (a warning when it does).</param>
    public ConvertedBody Convert(MarkdownBody body, string path, DiagnosticBag diagnostics, string? summary = null)
    {
        var firstLine = body.FirstLine;
        var text = body.Text;
        if (ContentRules.ControlCharacter(text) is { } control)
        {
            var (line, column) = Place(text, control);
            diagnostics.Error(DiagnosticCode.ControlCharacter, path, firstLine + line, column,
                $"the text contains the invisible control character U+{(int)text[control]:X4}: delete it and type the text again");
            return ConvertedBody.Empty;
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig stops at its depth limit instead of overflowing the stack; the scan finds the line to point at.
            diagnostics.Error(DiagnosticCode.NestedTooDeeply, path, firstLine + MarkdownNesting.DeepestLine(text), 1,
                "lists or quotes are nested too deeply here for a page to show: flatten them");
            return ConvertedBody.Empty;
        }

        var links = ImmutableArray.CreateBuilder<LinkReference>();
        var webLinks = ImmutableArray.CreateBuilder<LinkReference>();
        var anchors = ImmutableArray.CreateBuilder<string>();
        if (summary is not null && document.OfType<ParagraphBlock>().FirstOrDefault() is { Inline: { } first } paragraph && Repeats(TextOf(first), summary))
        {
            diagnostics.Warning(DiagnosticCode.SummaryRepeated, path, firstLine + paragraph.Line, paragraph.Column + 1,
                "the first paragraph repeats the summary, which the page already shows above the text: start the text with what comes next");
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    if (heading.GetAttributes().Id is { } id)
                    {
                        anchors.Add(id);
                    }

                    if (heading.Level == 1)
                    {
                        diagnostics.Warning(DiagnosticCode.HeadingLevel, path, firstLine + heading.Line, heading.Column + 1,
                            "use '##' for sections: the page title is already the page's only level-1 heading");
                    }

                    if (heading.Inline is { } headingInline)
                    {
                        CheckLiterals(headingInline, heading, path, firstLine, diagnostics);
                    }

                    break;
                case LeafBlock { Inline: { } inline } leaf and not HeadingBlock:
                    CheckLiterals(inline, leaf, path, firstLine, diagnostics);
                    break;
                case LinkInline link:
                    if (!IsExternal(link.Url ?? ""))
                    {
                        links.Add(new LinkReference(path, link.Url ?? "", firstLine + link.Line, link.Column + 1, link.IsImage));
                    }
                    else if (ContentRules.IsWebUrl(link.Url ?? ""))
                    {
                        webLinks.Add(new LinkReference(path, link.Url!, firstLine + link.Line, link.Column + 1, link.IsImage)); // IsWebUrl: not null.
                    }

                    CheckLink(link, path, firstLine, diagnostics);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail:
                    if (ContentRules.LinkProblem(autolink.Url) is { } problem)
                    {
                        diagnostics.Error(DiagnosticCode.UnsafeLink, path, firstLine + autolink.Line, autolink.Column + 1, $"link '{autolink.Url}' {problem}");
                    }
                    else if (ContentRules.IsWebUrl(autolink.Url))
                    {
                        webLinks.Add(new LinkReference(path, autolink.Url, firstLine + autolink.Line, autolink.Column + 1, IsImage: false));
                    }

                    break;
            }
        }

        return new ConvertedBody(document.ToHtml(_pipeline), links.ToImmutable(), anchors.ToImmutable()) { WebLinks = webLinks.ToImmutable() };
    }

    /// <summary>
    /// Whether a paragraph says the summary again: at least four in five of the summary's words come back in its
    /// opening (twice the summary's length), whatever their case, order or punctuation. Contributors rarely copy it
    /// letter for letter; they retell it, often before going on in the same paragraph. Only the opening counts, because
    /// a long paragraph holds most short everyday words somewhere without repeating anything.
    /// </summary>
    public static bool Repeats(string paragraph, string summary)
    {
        var summaryWords = Normalize(summary).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var said = summaryWords.ToHashSet(StringComparer.Ordinal);
        if (said.Count < 5)
        {
            return false;
        }

        var opening = Normalize(paragraph, 2 * summaryWords.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return said.Count(opening.Contains) * 5 >= said.Count * 4;
    }

    /// <summary>The words of <paramref name="text"/> (at most <paramref name="maxWords"/>), lower case, one space apart.</summary>
    private static string Normalize(string text, int maxWords = int.MaxValue)
    {
        var sb = new System.Text.StringBuilder();
        var words = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (sb.Length == 0 || sb[^1] == ' ')
                {
                    if (words++ == maxWords)
                    {
                        break;
                    }
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>A link that leaves the site (a scheme such as https: or mailto:); the rest are checked against the site.</summary>
    private static bool IsExternal(string url) => url.StartsWith("//", StringComparison.Ordinal) || url.AsSpan().IndexOfAny(":") is var colon && colon > 0 && url.AsSpan(0, colon).IndexOfAny("/?#") < 0;

    /// <summary>The 0-based line and 1-based column of a character of <paramref name="text"/>.</summary>
    private static (int Line, int Column) Place(string text, int index)
    {
        var before = text.AsSpan(0, index);
        return (before.Count('\n'), index - before.LastIndexOf('\n'));
    }

    private void CheckLink(LinkInline link, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var url = link.Url ?? "";
        var line = firstLine + link.Line;
        var column = link.Column + 1;
        if (ContentRules.LinkProblem(url) is { } problem)
        {
            diagnostics.Error(DiagnosticCode.UnsafeLink, path, line, column, $"{(link.IsImage ? "image" : "link")} '{url}' {problem}");
            link.Url = "#";
            return;
        }

        if (link.IsImage && string.IsNullOrWhiteSpace(TextOf(link)))
        {
            diagnostics.Error(DiagnosticCode.MissingAltText, path, line, column, $"image '{url}' has no alt text: describe it between the brackets, ![description]({url})");
        }

        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            // Site links are written from the site root; the site may be served under a sub-path.
            link.Url = _basePath + url[1..];
        }
    }

    private static void CheckLiterals(ContainerInline inline, LeafBlock leaf, string path, int firstLine, DiagnosticBag diagnostics)
    {
        // Raw HTML arrives as literal pieces ('<' and 'script>' may be separate literals): join them before looking.
        // Nearly every paragraph has no '<' at all; only those are joined.
        var angle = false;
        foreach (var child in inline.Descendants<LiteralInline>())
        {
            angle |= child.Content.AsSpan().Contains('<');
        }

        if (angle && ContentRules.LooksLikeHtml(TextOf(inline)))
        {
            diagnostics.Error(DiagnosticCode.RawHtml, path, firstLine + leaf.Line, leaf.Column + 1,
                "raw HTML is not allowed in Markdown (it would be shown as text); use Markdown instead, or put code between `backticks`");
        }
    }

    private static string TextOf(ContainerInline container)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var literal in container.Descendants<LiteralInline>())
        {
            sb.Append(literal.Content.AsSpan());
        }

        return sb.ToString();
    }
}
