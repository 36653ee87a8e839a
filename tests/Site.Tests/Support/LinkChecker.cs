using System.Text.RegularExpressions;

namespace Samenleven.Tests.Support;

/// <summary>Follows every internal <c>href</c>/<c>src</c> of a built site on disk, including <c>#fragment</c> targets.</summary>
internal static partial class LinkChecker
{
    /// <summary>Broken links as "page: link", for a site served under <paramref name="basePath"/> (such as "/" or "/sub/").</summary>
    public static IReadOnlyList<string> BrokenLinks(string outputDirectory, string basePath)
    {
        var broken = new List<string>();
        var pages = Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var relative = Path.GetRelativePath(outputDirectory, page).Replace('\\', '/');
            foreach (Match match in LinkPattern().Matches(html))
            {
                var link = System.Net.WebUtility.HtmlDecode(match.Groups["url"].Value);
                if (link.Length == 0 || link.StartsWith("http:", StringComparison.Ordinal) || link.StartsWith("https:", StringComparison.Ordinal)
                    || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("tel:", StringComparison.Ordinal)
                    || link.StartsWith("data:", StringComparison.Ordinal) || link.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = link.IndexOf('#', StringComparison.Ordinal);
                var fragment = hash >= 0 ? link[(hash + 1)..] : null;
                var pathPart = hash >= 0 ? link[..hash] : link;
                var query = pathPart.IndexOf('?', StringComparison.Ordinal);
                if (query >= 0)
                {
                    pathPart = pathPart[..query];
                }

                string? target;
                if (pathPart.Length == 0)
                {
                    target = page;
                }
                else if (!pathPart.StartsWith('/'))
                {
                    broken.Add($"{relative}: {link} (relative links are not used by this site)");
                    continue;
                }
                else if (!pathPart.StartsWith(basePath, StringComparison.Ordinal))
                {
                    broken.Add($"{relative}: {link} (outside the base path {basePath})");
                    continue;
                }
                else
                {
                    var file = Path.Combine(outputDirectory, Uri.UnescapeDataString(pathPart[basePath.Length..]));
                    target = pathPart.EndsWith('/') ? Path.Combine(file, "index.html") : file;
                }

                if (!File.Exists(target))
                {
                    broken.Add($"{relative}: {link}");
                }
                else if (!string.IsNullOrEmpty(fragment) && target.EndsWith(".html", StringComparison.Ordinal))
                {
                    if (!ids.TryGetValue(target, out var known))
                    {
                        known = [.. IdPattern().Matches(File.ReadAllText(target)).Select(m => m.Groups["id"].Value)];
                        ids[target] = known;
                    }

                    if (!known.Contains(Uri.UnescapeDataString(fragment)))
                    {
                        broken.Add($"{relative}: {link} (no element with id '{fragment}')");
                    }
                }
            }
        }

        return broken;
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"|<meta http-equiv=\"refresh\" content=\"0; url=(?<url>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
