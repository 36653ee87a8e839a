using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Markdown;

/// <summary>A body as HTML, with the links that stay in the site and the anchors (heading ids) other pages may link to.</summary>
public sealed record ConvertedBody(string Html, ImmutableArray<LinkReference> Links, ImmutableArray<string> Anchors)
{
    public static ConvertedBody Empty { get; } = new("", [], []);

    /// <summary>The web addresses (https:, http:) the body links to, with their place, for <c>check --external</c>.</summary>
    public ImmutableArray<LinkReference> WebLinks { get; init; } = [];
}

/// <summary>Finds where Markdown nests deepest, to point a contributor at the line Markdig refused.</summary>
public static class MarkdownNesting
{
    /// <summary>The 0-based line with the most quote markers or the deepest indentation.</summary>
    public static int DeepestLine(string text)
    {
        var lines = text.Split('\n');
        var deepest = 0;
        var depth = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var quotes = line.Count(c => c == '>');
            var indentation = line.Length - line.TrimStart(' ', '\t', '>').Length;
            if (quotes + indentation > depth)
            {
                depth = quotes + indentation;
                deepest = i;
            }
        }

        return deepest;
    }
}
