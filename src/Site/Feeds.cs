using System.Globalization;
using System.Text;
using System.Xml;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>Atom feeds of new and updated practices: for the whole site, per theme and per municipality.</summary>
public static class Feeds
{
    /// <summary>Enough for a feed reader to catch up after weeks away, small enough to poll often.</summary>
    public const int MaxEntries = 50;

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
            xml.WriteAttributeString("xml", "lang", null, "nl-BE");
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
            xml.WriteElementString("rights", ns, "CC BY 4.0");
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
