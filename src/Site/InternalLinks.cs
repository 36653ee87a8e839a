using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>
/// Links and images that stay inside the site must lead somewhere: a page, an old address that redirects, or a file the
/// build publishes. Checked against the <see cref="OutputMap"/> before anything is published; a broken one is an error at
/// its line, as Statiq does by default.
/// </summary>
public static class InternalLinks
{
    /// <param name="pageOfSource">The site path of each content file's page, to resolve relative links against.</param>
    public static void Check(IEnumerable<LinkReference> links, IReadOnlyDictionary<string, string> pageOfSource, OutputMap map, DiagnosticBag diagnostics)
    {
        foreach (var link in links)
        {
            var end = link.Url.AsSpan().IndexOfAny("?#");
            var path = end >= 0 ? link.Url[..end] : link.Url;
            if (path.Length == 0)
            {
                continue;
            }

            var sitePath = Resolve(path, pageOfSource.GetValueOrDefault(link.SourcePath, Urls.Home));
            if (sitePath is null || !map.Has(sitePath))
            {
                diagnostics.Error(DiagnosticCode.MissingTarget, link.SourcePath, link.Line, link.Column,
                    $"{(link.IsImage ? "image" : "link")} '{link.Url}' leads to no page or file of this site{(link.IsImage ? ": put the image in input/afbeeldingen/" : "")}");
            }
        }
    }

    /// <summary>The site path a link leads to from the page at <paramref name="page"/>, or null when it climbs out of the site.</summary>
    public static string? Resolve(string path, string page)
    {
        var resolved = new Uri(new Uri("https://site.invalid" + page), path);
        return resolved.Host == "site.invalid" ? Uri.UnescapeDataString(resolved.AbsolutePath) : null;
    }
}
