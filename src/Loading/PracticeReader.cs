using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Validation;

namespace Samenleven.Loading;

/// <summary>Reads <c>input/praktijken/&lt;slug&gt;.md</c> into a <see cref="Practice"/>.</summary>
public sealed class PracticeReader(ReferenceData reference) : DocumentReader(reference)
{
    private static readonly FrozenSet<string> KeySet = FrontMatterKeys.Practice.ToFrozenSet(StringComparer.Ordinal);

    public Practice? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var slug = SlugFromFileName(file.Path, diagnostics);
        if (Open(file, diagnostics) is not var (fields, body))
        {
            return null;
        }

        fields.RejectUnknownKeys(KeySet);
        var title = fields.Text("title", required: true, maxLength: 200);
        var summary = fields.Text("summary", required: true, maxLength: ContentLimits.SummaryMaxLength);
        var municipalities = Municipalities(fields);
        var themes = Themes(fields, required: true, min: 1, max: ContentLimits.MaxThemes);
        var targetGroups = Known(fields, fields.StringList("doelgroepen"), "doelgroepen", "target group", Reference.TargetGroupBySlug.Keys, Reference.TargetGroupBySlug.ContainsKey);
        var year = fields.Number("jaar", 1900, 2100);
        var status = Status(fields);
        var organisation = fields.Text("organisatie", maxLength: 200);
        var contact = ReadContact(fields);
        var links = ReadLinks(fields);
        var image = ReadImage(fields);
        var added = fields.Date("toegevoegd", required: true);
        var updated = fields.Date("bijgewerkt");
        if (added is { } a && updated is { } u && u < a)
        {
            fields.ErrorAtKey(DiagnosticCode.InvalidValue, "bijgewerkt", $"'bijgewerkt' ({u:yyyy-MM-dd}) is before 'toegevoegd' ({a:yyyy-MM-dd})");
        }

        var aliases = Aliases(fields);

        if (title is null || summary is null || added is null)
        {
            return null;
        }

        return new Practice
        {
            SourcePath = file.Path,
            Slug = slug,
            Title = title,
            Summary = summary,
            Municipalities = municipalities,
            Themes = themes,
            TargetGroups = targetGroups,
            Year = year,
            Status = status,
            Organisation = organisation,
            Contact = contact,
            Links = links,
            Image = image,
            Added = added.Value,
            Updated = updated,
            Aliases = aliases,
            Body = body,
        };
    }

    private ImmutableArray<MunicipalityRef> Municipalities(YamlFields fields)
    {
        var builder = ImmutableArray.CreateBuilder<MunicipalityRef>();
        foreach (var (value, node) in fields.StringList("gemeenten", required: true))
        {
            MunicipalityRef? reference = null;
            if (Reference.MunicipalityBySlug.ContainsKey(value))
            {
                reference = new MunicipalityRef(value, null);
            }
            else if (Reference.FormerBySlug.TryGetValue(value, out var former))
            {
                reference = new MunicipalityRef(former.MergedIntoSlug, former.Name);
            }

            if (reference is null)
            {
                var hint = Slugs.Closest(value, Reference.MunicipalityReferenceSlugs);
                fields.Error(DiagnosticCode.UnknownReference, node, hint is null
                    ? $"unknown municipality '{value}' in 'gemeenten' (use the slug from data/gemeenten.yml, such as 'heist-op-den-berg')"
                    : $"unknown municipality '{value}' in 'gemeenten': did you mean '{hint}'?");
            }
            else if (builder.Any(r => r.Slug == reference.Slug))
            {
                fields.Error(DiagnosticCode.Duplicate, node, $"municipality '{value}' is listed twice in 'gemeenten' (former municipalities count as the one they merged into)");
            }
            else
            {
                builder.Add(reference);
            }
        }

        return builder.ToImmutable();
    }

    private static PracticeStatus Status(YamlFields fields)
    {
        var word = fields.Text("status");
        if (word is null)
        {
            return PracticeStatus.Unknown;
        }

        if (PracticeStatuses.Parse(word) is { } status)
        {
            return status;
        }

        fields.ErrorAtKey(DiagnosticCode.InvalidValue, "status", $"'status' must be {string.Join(" or ", PracticeStatuses.All.Select(s => $"'{s.Word}'"))}, not '{word}'");
        return PracticeStatus.Unknown;
    }

    private static Contact? ReadContact(YamlFields fields)
    {
        if (fields.Map("contact") is not { } contact)
        {
            return null;
        }

        contact.RejectUnknownKeys(ContactKeys);
        var result = new Contact(contact.Text("naam", maxLength: 200), Email(contact, "email"), Phone(contact, "telefoon"));
        return result is { Name: null, Email: null, Phone: null } ? null : result;
    }

    private static readonly FrozenSet<string> ContactKeys = FrozenSet.Create(StringComparer.Ordinal, "naam", "email", "telefoon");
    private static readonly FrozenSet<string> LinkKeys = FrozenSet.Create(StringComparer.Ordinal, "titel", "url");
    private static readonly FrozenSet<string> ImageKeys = FrozenSet.Create(StringComparer.Ordinal, "src", "alt");

    private static ImmutableArray<Link> ReadLinks(YamlFields fields)
    {
        var builder = ImmutableArray.CreateBuilder<Link>();
        foreach (var link in fields.MapList("links"))
        {
            link.RejectUnknownKeys(LinkKeys);
            var title = link.Text("titel", required: true, maxLength: 200);
            var url = link.Text("url", required: true, maxLength: 2000);
            // A web address, or a page or file of this site (checked to exist once the site is planned).
            if (url is not null && !ContentRules.IsWebUrl(url) && ContentRules.NormalizeSitePath(url) is null)
            {
                link.ErrorAtKey(DiagnosticCode.InvalidValue, "url", $"'{url}' is not a web address: write it in full, starting with https://, or as a path of this site such as /praktijken/naam/");
            }
            else if (title is not null && url is not null && link.Node("url") is { } node)
            {
                builder.Add(new Link(title, url) { Line = link.LineOf(node), Column = (int)node.Start.Column });
            }
        }

        return builder.ToImmutable();
    }

    private static Image? ReadImage(YamlFields fields)
    {
        if (fields.Map("afbeelding") is not { } image)
        {
            return null;
        }

        image.RejectUnknownKeys(ImageKeys);
        var src = image.Text("src", required: true, maxLength: 300);
        var alt = image.Text("alt", required: true, maxLength: 300);
        // Only images of the site itself: the Content-Security-Policy allows no others (img-src 'self'), and only a
        // file in input/afbeeldingen/ has a known width and height for the page.
        if (src is not null && ContentRules.NormalizeSitePath(src) is null)
        {
            image.ErrorAtKey(DiagnosticCode.InvalidValue, "src", $"'{src}' is not an image of this site: put the file in input/afbeeldingen/ and write its path, such as /afbeeldingen/foto.jpg");
            return null;
        }

        return src is not null && alt is not null ? new Image(src, alt) : null;
    }

    private static ImmutableArray<OldAddress> Aliases(YamlFields fields)
    {
        var builder = ImmutableArray.CreateBuilder<OldAddress>();
        foreach (var (value, node) in fields.StringList("aliases"))
        {
            if (ContentRules.NormalizeSitePath(value) is not { } path)
            {
                fields.Error(DiagnosticCode.InvalidValue, node, $"alias '{value}' is not a path in this site: write it as /old/path/ with letters, digits, '-', '_' and '.' only");
            }
            else if (!ContentRules.IsPagePath(path))
            {
                // A file name would make the old address a file of the site, such as /index.html or /feed.xml.
                fields.Error(DiagnosticCode.ReservedAddress, node, $"alias '{value}' names a file; an old address must be a page such as /oude/pagina/");
            }
            else
            {
                builder.Add(new OldAddress(path, fields.LineOf(node), (int)node.Start.Column));
            }
        }

        return builder.ToImmutable();
    }
}
