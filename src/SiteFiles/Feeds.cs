using System.Globalization;
using System.Text;
using System.Xml;
using Samenleven.Content;

using Samenleven.Site;

namespace Samenleven.SiteFiles;

/// <summary>Atom feeds of new and updated practices: for the whole site, per theme and per municipality.</summary>
public static class Feeds
{
    /// <summary>Enough for a feed reader to catch up after weeks away, small enough to poll often.</summary>
    public const int MaxEntries = 50;

    /// <summary>The site's feed, one per theme and one per municipality with practices (each linked from its page).</summary>
    public static IEnumerable<SiteFile> Files(SiteContext site)
    {
        var reference = site.Reference;
        var title = reference.Site.Title;
        yield return SiteFile.Text(Urls.Feed, Atom(Urls.Feed, Urls.Practices, $"{Texts.NewPractices} | {title}", site.Index.Newest, reference, site.Urls));
        foreach (var theme in reference.Themes)
        {
            var feed = Urls.ThemeFeed(theme.Slug);
            yield return SiteFile.Text(feed, Atom(feed, Urls.Theme(theme.Slug), $"{theme.Title}: {Texts.NewPractices.ToLowerInvariant()} | {title}", ContentIndex.PracticesOf(site.Index.ByTheme, theme.Slug), reference, site.Urls));
        }

        foreach (var municipality in reference.Municipalities.Where(m => site.Index.ByMunicipality.ContainsKey(m.Slug)))
        {
            var feed = Urls.MunicipalityFeed(municipality.Slug);
            yield return SiteFile.Text(feed, Atom(feed, Urls.Municipality(municipality.Slug), $"{municipality.Name}: {Texts.NewPractices.ToLowerInvariant()} | {title}", site.Index.ByMunicipality[municipality.Slug], reference, site.Urls));
        }
    }

    /// <summary>A feed at <paramref name="path"/> (such as <c>/themas/taal/feed.xml</c>) following the HTML page at <paramref name="pagePath"/>.</summary>
    public static string Atom(string path, string pagePath, string title, IEnumerable<Practice> practices, ReferenceData reference, SiteUrls urls)
    {
        // Newest change first; ties by slug so the order never depends on the input order.
        var entries = practices
            .OrderByDescending(p => p.LastChanged)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Take(MaxEntries)
            .ToArray();
        // The feed's date is its newest entry's, never the clock: the same content gives the same bytes.
        var updated = entries.Length > 0 ? entries[0].LastChanged : new DateOnly(2025, 1, 1);

        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var stringWriter = new Utf8StringWriter(sb))
        using (var xml = XmlWriter.Create(stringWriter, settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, reference.Site.Language.Tag);
            xml.WriteElementString("title", ns, title);
            xml.WriteElementString("subtitle", ns, reference.Site.Description);
            xml.WriteElementString("id", ns, urls.Absolute(path));
            Link(xml, "self", urls.Absolute(path), "application/atom+xml");
            Link(xml, "alternate", urls.Absolute(pagePath), "text/html");
            xml.WriteElementString("updated", ns, Timestamp(updated));
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, reference.Site.Title);
            xml.WriteElementString("uri", ns, urls.Absolute(Urls.Home));
            xml.WriteEndElement();
            xml.WriteElementString("rights", ns, ContentLicence.Name);
            foreach (var practice in entries)
            {
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, practice.Title);
                xml.WriteElementString("id", ns, urls.Absolute(Urls.Practice(practice.Slug)));
                Link(xml, "alternate", urls.Absolute(Urls.Practice(practice.Slug)), "text/html");
                xml.WriteElementString("published", ns, Timestamp(practice.Added));
                xml.WriteElementString("updated", ns, Timestamp(practice.LastChanged));
                if (practice.Organisation is { } organisation)
                {
                    xml.WriteStartElement("author", ns);
                    xml.WriteElementString("name", ns, organisation);
                    xml.WriteEndElement();
                }

                foreach (var theme in practice.Themes)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", theme);
                    xml.WriteAttributeString("label", reference.ThemeBySlug[theme].Title);
                    xml.WriteEndElement();
                }

                var where = string.Join(", ", practice.Municipalities.Select(m => reference.MunicipalityBySlug[m.Slug].Name));
                xml.WriteElementString("summary", ns, $"{practice.Summary} ({where})");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return sb.Append('\n').ToString();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the file is.</summary>
    private sealed class Utf8StringWriter(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
