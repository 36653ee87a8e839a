using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>
/// JSON-LD (schema.org) for search engines and other machines: a practice is an <c>Article</c>, a municipal service a
/// <c>GovernmentOffice</c>. Facts that the content does not give are left out, never guessed. The text is escaped for
/// embedding in HTML (see <see cref="SafeJson"/>): content is written by anyone.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    /// <summary>Schema.org names the days of the week by URL.</summary>
    public static string DayOfWeekUrl(DayOfWeek day) => $"https://schema.org/{day}";

    public static string Practice(Practice p, ReferenceData reference, SiteUrls urls)
    {
        var url = urls.Absolute(Urls.Practice(p.Slug));
        var json = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Article",
            ["@id"] = url,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["headline"] = p.Title,
            ["name"] = p.Title,
            ["description"] = p.Summary,
            ["inLanguage"] = reference.Site.Language.Tag,
            ["datePublished"] = Texts.Iso(p.Added),
            ["dateModified"] = Texts.Iso(p.LastChanged),
            ["about"] = new JsonArray([.. p.Themes.Select(t => Thing("DefinedTerm", reference.ThemeBySlug[t].Title, urls.Absolute(Urls.Theme(t))))]),
            ["spatialCoverage"] = new JsonArray([.. p.Municipalities.Select(m => Area(reference.MunicipalityBySlug[m.Slug], urls))]),
        };
        if (p.TargetGroups.Length > 0)
        {
            json["audience"] = new JsonArray([.. p.TargetGroups.Select(t => new JsonObject { ["@type"] = "Audience", ["audienceType"] = reference.TargetGroupBySlug[t].Title })]);
        }

        json.AddIfPresent("author", p.Organisation is { } organisation ? new JsonObject { ["@type"] = "Organization", ["name"] = organisation } : null);
        json.AddIfPresent("image", p.Image is { } image ? urls.Absolute(image.Src) : null);
        json["publisher"] = Publisher(reference, urls);
        json["license"] = ContentLicence.Url;
        json["isAccessibleForFree"] = true;
        return SafeJson.ToCompact(json);
    }

    public static string Service(ServicePage s, ReferenceData reference, SiteUrls urls)
    {
        var municipality = reference.MunicipalityBySlug[s.MunicipalitySlug];
        var url = urls.Absolute(Urls.Service(s.MunicipalitySlug, s.Slug));
        var json = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "GovernmentOffice",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = $"{s.Title}, {municipality.Name}",
        };
        json.AddIfPresent("description", s.Summary);
        json.AddIfPresent("sameAs", s.Website);
        if (s.Address is { } a)
        {
            var address = new JsonObject { ["@type"] = "PostalAddress" };
            address.AddIfPresent("streetAddress", a.Street);
            address.AddIfPresent("postalCode", a.PostalCode);
            address.AddIfPresent("addressLocality", a.Locality ?? municipality.Name);
            address["addressCountry"] = "BE";
            json["address"] = address;
        }

        json.AddIfPresent("telephone", s.Phone is { } phone ? PhoneNumbers.International(phone) : null);
        json.AddIfPresent("email", s.Email);
        if (s.OpeningHours.Length > 0)
        {
            json["openingHoursSpecification"] = Hours(s.OpeningHours);
        }

        if (s.Phone is { } phoneNumber && s.PhoneHours.Length > 0)
        {
            json["contactPoint"] = new JsonObject
            {
                ["@type"] = "ContactPoint",
                ["contactType"] = "telefonisch onthaal",
                ["telephone"] = PhoneNumbers.International(phoneNumber),
                ["availableLanguage"] = reference.Site.Language.Tag,
                ["hoursAvailable"] = Hours(s.PhoneHours),
            };
        }

        json["areaServed"] = Area(municipality, urls);
        json["parentOrganization"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = $"Gemeente {municipality.Name}" };
        return SafeJson.ToCompact(json);
    }

    /// <summary>One specification per time range: "09:00–12:00 and 13:30–16:00 on Monday and Wednesday" gives two.</summary>
    private static JsonArray Hours(ImmutableArray<OpeningHours> hours) =>
        new([.. hours.SelectMany(h => h.Hours.Select(range => new JsonObject
        {
            ["@type"] = "OpeningHoursSpecification",
            ["dayOfWeek"] = new JsonArray([.. Texts.Week.Where(h.Days.Contains).Select(d => JsonValue.Create(DayOfWeekUrl(d)))]),
            ["opens"] = range.From.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["closes"] = range.To.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        }))]);

    private static JsonObject Thing(string type, string name, string url) => new() { ["@type"] = type, ["name"] = name, ["url"] = url };

    private static JsonObject Area(Municipality m, SiteUrls urls) => new()
    {
        ["@type"] = "AdministrativeArea",
        ["name"] = m.Name,
        ["identifier"] = m.NisCode,
        ["url"] = urls.Absolute(Urls.Municipality(m.Slug)),
    };

    private static JsonObject Publisher(ReferenceData reference, SiteUrls urls) => new()
    {
        ["@type"] = "Organization",
        ["name"] = reference.Site.Title,
        ["url"] = urls.Absolute(Urls.Home),
    };
}
