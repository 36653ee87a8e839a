using Samenleven.Content;

namespace Samenleven.Markdown;

/// <summary>
/// Checks every Markdown body without writing a page: what <c>check</c> does, and what a failed build does so that it
/// reports all problems at once. A build that writes pages converts each body once, when it renders its page.
/// </summary>
public static class BodyChecker
{
    /// <summary>Converts every body and reports its problems; what the bodies link to goes into <paramref name="findings"/>.</summary>
    public static void Check(ContentSet content, DiagnosticBag diagnostics, BodyFindings findings)
    {
        // The base path only changes where site links point, never what is wrong with a body.
        var markdown = new MarkdownConverter("/");
        Parallel.ForEach(content.Bodies, body => findings.Add(body.SourcePath, markdown.Convert(body.Body, body.SourcePath, diagnostics, body.Summary)));
    }
}
