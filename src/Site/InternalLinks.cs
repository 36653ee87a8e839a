using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>
/// Links and images that stay inside the site must lead somewhere: a page, an old address that redirects, or a file the
/// build publishes. Checked against the <see cref="OutputMap"/> before anything is published; a broken one is an error at
/// its line, as Statiq does by default.
/// </summary>
public static class InternalLinks
{
    /// <summary>Ids every page has from its layout, besides the headings of its body.</summary>
    public static readonly IReadOnlySet<string> LayoutIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "inhoud", "kerngegevens-kop", "meer-kop", "bijlagen-kop", "bronnen-kop", "gerelateerd-kop",
    };

    /// <param name="pageOfSource">The site path of each content file's page, to resolve relative links against.</param>
    /// <param name="anchorsBySource">The heading ids of each content file's body: an anchor into such a page must be one of them.</param>
    public static void Check(
        IEnumerable<LinkReference> links,
        IReadOnlyDictionary<string, string> pageOfSource,
        IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> anchorsBySource,
        OutputMap map,
        DiagnosticBag diagnostics)
    {
        var sourceOfPage = pageOfSource.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        foreach (var link in links)
        {
            var hash = link.Url.IndexOf('#', StringComparison.Ordinal);
            var end = link.Url.AsSpan().IndexOfAny("?#");
            var path = end >= 0 ? link.Url[..end] : link.Url;
            var page = pageOfSource.GetValueOrDefault(link.SourcePath, Urls.Home);
            var sitePath = path.Length == 0 ? page : Resolve(path, page);
            if (sitePath is null || !map.Has(sitePath))
            {
                diagnostics.Error(DiagnosticCode.MissingTarget, link.SourcePath, link.Line, link.Column,
                    $"{(link.IsImage ? "image" : "link")} '{link.Url}' leads to no page or file of this site{(link.IsImage ? ": put the image in input/afbeeldingen/" : "")}");
                continue;
            }

            // Only anchors into a page whose body we read can be checked: its headings and the ids of its layout.
            var target = sitePath.EndsWith('/') ? sitePath : sitePath + "/";
            if (hash >= 0 && sourceOfPage.TryGetValue(target, out var targetSource) && anchorsBySource.TryGetValue(targetSource, out var anchors))
            {
                var anchor = Uri.UnescapeDataString(link.Url[(hash + 1)..]);
                if (anchor.Length > 0 && !anchors.Contains(anchor) && !LayoutIds.Contains(anchor))
                {
                    diagnostics.Error(DiagnosticCode.MissingAnchor, link.SourcePath, link.Line, link.Column,
                        $"link '{link.Url}' leads to no section '#{anchor}' on {target}{(anchors.Length > 0 ? $": its sections are {string.Join(", ", anchors.Select(a => "#" + a))}" : "")}");
                }
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
