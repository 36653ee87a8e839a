using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>Reads <c>input/gemeenten/&lt;gemeente&gt;/&lt;slug&gt;.md</c> into a <see cref="ServicePage"/>.</summary>
public sealed class ServicePageReader(ReferenceData reference) : DocumentReader(reference)
{
    private static readonly FrozenSet<string> KeySet = FrontMatterKeys.Service.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> AddressKeys = FrozenSet.Create(StringComparer.Ordinal, "straat", "postcode", "plaats");
    private static readonly FrozenSet<string> HoursKeys = FrozenSet.Create(StringComparer.Ordinal, "dagen", "uren");
    private static readonly FrozenDictionary<string, DayOfWeek> DayByCode = DayCodes.All.ToFrozenDictionary(d => d.Code, d => d.Day, StringComparer.Ordinal);

    public ServicePage? Read(SourceFile file, string municipalityFolder, DiagnosticBag diagnostics)
    {
        var slug = SlugFromFileName(file.Path, diagnostics);
        if (!Reference.MunicipalityBySlug.ContainsKey(municipalityFolder))
        {
            var hint = Slugs.Closest(municipalityFolder, Reference.MunicipalityBySlug.Keys);
            diagnostics.Error(DiagnosticCode.InvalidName, file.Path, 1, 1, hint is null
                ? $"the folder 'input/gemeenten/{municipalityFolder}/' is not a municipality slug from data/gemeenten.yml"
                : $"the folder 'input/gemeenten/{municipalityFolder}/' is not a municipality slug: did you mean '{hint}'?");
        }

        if (Open(file, diagnostics) is not var (fields, body))
        {
            return null;
        }

        fields.RejectUnknownKeys(KeySet);
        var title = fields.Text("title", required: true, maxLength: 200);
        var summary = fields.Text("summary", maxLength: ContentLimits.SummaryMaxLength);
        var address = ReadAddress(fields);
        var phone = Phone(fields, "telefoon");
        var email = Email(fields, "email");
        var webLinks = new List<LinkReference>();
        var website = WebUrl(fields, "website", webLinks);
        var openingHours = ReadHours(fields, "openingsuren");
        var phoneHours = ReadHours(fields, "telefonisch");
        var note = fields.Text("opmerking", maxLength: 500);
        var themes = Themes(fields, required: false, min: 0, max: int.MaxValue);
        if (title is null)
        {
            return null;
        }

        return new ServicePage
        {
            SourcePath = file.Path,
            MunicipalitySlug = municipalityFolder,
            Slug = slug,
            Title = title,
            Summary = summary,
            Address = address,
            Phone = phone,
            Email = email,
            Website = website,
            OpeningHours = openingHours,
            PhoneHours = phoneHours,
            Note = note,
            Themes = themes,
            WebLinks = [.. webLinks],
            Body = body,
        };
    }

    private static Address? ReadAddress(YamlFields fields)
    {
        if (fields.Map("adres") is not { } address)
        {
            return null;
        }

        address.RejectUnknownKeys(AddressKeys);
        var postalCode = address.Text("postcode", maxLength: 10);
        if (postalCode is not null && (postalCode.Length != 4 || !postalCode.All(char.IsAsciiDigit)))
        {
            address.ErrorAtValue(DiagnosticCode.InvalidValue, "postcode", $"'postcode' must be a Belgian postal code of four digits, not '{postalCode}'");
        }

        var result = new Address(address.Text("straat", maxLength: 200), postalCode, address.Text("plaats", maxLength: 100));
        return result is { Street: null, PostalCode: null, Locality: null } ? null : result;
    }

    private static ImmutableArray<OpeningHours> ReadHours(YamlFields fields, string key)
    {
        var builder = ImmutableArray.CreateBuilder<OpeningHours>();
        foreach (var entry in fields.MapList(key))
        {
            entry.RejectUnknownKeys(HoursKeys);
            var days = ImmutableArray.CreateBuilder<DayOfWeek>();
            foreach (var (code, node) in entry.StringList("dagen", required: true))
            {
                if (DayByCode.TryGetValue(code, out var day))
                {
                    days.Add(day);
                }
                else
                {
                    entry.Error(DiagnosticCode.UnknownReference, node, $"unknown day '{code}' in '{key}': use ma, di, wo, do, vr, za or zo");
                }
            }

            var hours = ImmutableArray.CreateBuilder<TimeRange>();
            foreach (var (text, node) in entry.StringList("uren", required: true))
            {
                if (ParseRange(text) is { } range)
                {
                    hours.Add(range);
                }
                else
                {
                    entry.Error(DiagnosticCode.InvalidValue, node, $"'{text}' in '{key}' is not a time range: write it as \"09:00-12:00\"");
                }
            }

            if (days.Count > 0 && hours.Count > 0)
            {
                builder.Add(new OpeningHours(days.ToImmutable(), hours.ToImmutable()));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Parses "09:00-12:00" (also with spaces or an en dash); the end must come after the start.</summary>
    public static TimeRange? ParseRange(string text)
    {
        var parts = text.Replace('\u2013', '-').Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && to > from)
        {
            return new TimeRange(from, to);
        }

        return null;
    }
}
