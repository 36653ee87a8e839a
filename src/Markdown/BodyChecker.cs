using System.Collections.Concurrent;
using Samenleven.Content;

namespace Samenleven.Markdown;

/// <summary>
/// Checks every Markdown body without writing a page: what <c>check</c> does, and what a failed build does so that it
/// reports all problems at once. A build that writes pages converts each body once, when it renders its page.
/// </summary>
public static class BodyChecker
{
    /// <summary>Converts every body, reports its problems, and returns the links that stay in the site.</summary>
    public static IReadOnlyCollection<LinkReference> Check(ContentSet content, DiagnosticBag diagnostics)
    {
        // The base path only changes where site links point, never what is wrong with a body.
        var markdown = new MarkdownConverter("/");
        var links = new ConcurrentBag<LinkReference>();
        Parallel.ForEach(content.Bodies, body =>
        {
            foreach (var link in markdown.Convert(body.Body, body.SourcePath, diagnostics).Links)
            {
                links.Add(link);
            }
        });
        return links;
    }
}
