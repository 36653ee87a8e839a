using System.Net;
using System.Text.RegularExpressions;

namespace Samenleven.Tests.Support;

/// <summary>
/// Follows every internal link over HTTP from a start page, the way a visitor's browser would: pages, stylesheets, scripts,
/// feeds, images, the targets of HTML redirect pages and the <c>#fragments</c> of links. Links are resolved against the
/// page they are on, so a link that forgets the base path lands outside the site and is reported.
/// </summary>
internal static partial class HttpCrawler
{
    /// <summary>What a crawl found: every URL fetched with its status, and the broken links as "page: link (why)".</summary>
    public sealed record Result(IReadOnlyDictionary<Uri, HttpStatusCode> Fetched, IReadOnlyList<string> Broken);

    /// <param name="start">The first page, such as <c>http://127.0.0.1:1234/sub/</c>.</param>
    /// <param name="scope">Only URLs under this prefix are the site; anything else on the same origin is broken.</param>
    /// <param name="extra">More URLs to fetch and follow, such as the sitemap's.</param>
    /// <param name="elsewhere">Paths under the scope that another part of the build publishes, not followed.</param>
    /// <param name="maxUrls">A bound on the crawl, so a link loop cannot run forever.</param>
    public static async Task<Result> CrawlAsync(Uri start, Uri scope, IEnumerable<Uri>? extra = null, IEnumerable<string>? elsewhere = null, int maxUrls = 20_000)
    {
        var skipped = elsewhere?.ToArray() ?? [];
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var fetched = new Dictionary<Uri, HttpStatusCode>();
        var ids = new Dictionary<Uri, HashSet<string>>();
        var links = new List<(Uri Page, string Link, Uri Target)>();
        var queue = new Queue<Uri>([start, .. extra ?? []]);
        var broken = new List<string>();

        while (queue.Count > 0)
        {
            var url = WithoutFragmentAndQuery(queue.Dequeue());
            if (fetched.ContainsKey(url))
            {
                continue;
            }

            Assert.True(fetched.Count < maxUrls, $"more than {maxUrls} URLs: the crawl does not end");
            using var response = await client.GetAsync(url);
            fetched[url] = response.StatusCode;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            if (type == "text/html")
            {
                var html = await response.Content.ReadAsStringAsync();
                ids[url] = [.. IdPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value))];
                foreach (Match match in LinkPattern().Matches(html))
                {
                    Follow(url, WebUtility.HtmlDecode(match.Groups["url"].Value));
                }
            }
            else if (type == "text/css")
            {
                foreach (Match match in CssUrlPattern().Matches(await response.Content.ReadAsStringAsync()))
                {
                    Follow(url, match.Groups["url"].Value);
                }
            }
        }

        foreach (var (page, link, target) in links)
        {
            var file = WithoutFragmentAndQuery(target);
            var status = fetched.GetValueOrDefault(file);
            if (!IsUnder(file, scope))
            {
                broken.Add($"{page.AbsolutePath}: {link} (outside the site's base path {scope.AbsolutePath})");
            }
            else if (status != HttpStatusCode.OK)
            {
                broken.Add($"{page.AbsolutePath}: {link} (HTTP {(int)status})");
            }
            else if (target.Fragment.Length > 1 && ids.TryGetValue(file, out var known) && !known.Contains(Uri.UnescapeDataString(target.Fragment[1..])))
            {
                broken.Add($"{page.AbsolutePath}: {link} (no element with id '{target.Fragment[1..]}')");
            }
        }

        return new Result(fetched, broken);

        void Follow(Uri page, string link)
        {
            if (link.Length == 0 || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("tel:", StringComparison.Ordinal)
                || link.StartsWith("data:", StringComparison.Ordinal) || link.StartsWith("javascript:", StringComparison.Ordinal))
            {
                return;
            }

            var target = new Uri(page, link);
            if (target.Scheme is not ("http" or "https") || target.Authority != start.Authority)
            {
                return; // Another site: not ours to check.
            }

            if (skipped.Any(p => target.AbsolutePath.StartsWith(p, StringComparison.Ordinal)))
            {
                return;
            }

            links.Add((page, link, target));
            if (IsUnder(target, scope))
            {
                queue.Enqueue(target);
            }
        }
    }

    private static bool IsUnder(Uri url, Uri scope) => url.AbsoluteUri.StartsWith(scope.AbsoluteUri, StringComparison.Ordinal);

    private static Uri WithoutFragmentAndQuery(Uri url) => new(url.GetLeftPart(UriPartial.Path));

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"|<meta http-equiv=\"refresh\" content=\"0; url=(?<url>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("url\\(\\s*['\"]?(?<url>[^'\")]+)['\"]?\\s*\\)", RegexOptions.CultureInvariant)]
    private static partial Regex CssUrlPattern();

    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
