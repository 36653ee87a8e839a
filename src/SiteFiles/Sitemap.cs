using System.Text;

using Samenleven.Site;

namespace Samenleven.SiteFiles;

/// <summary>The sitemap and robots.txt: what search engines read first.</summary>
public static class Sitemap
{
    /// <summary>The sitemap of the given indexable page paths, in ordinal order.</summary>
    public static string Xml(IEnumerable<string> paths, SiteUrls urls)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            sb.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(urls.Absolute(path))).Append("</loc></url>\n");
        }

        sb.Append("</urlset>\n");
        return sb.ToString();
    }

    public static string Robots(SiteUrls urls) =>
        $"User-agent: *\nDisallow: {urls.BasePath}admin/\n\nSitemap: {urls.Absolute(Urls.Sitemap)}\n";
}
