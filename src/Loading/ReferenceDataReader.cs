using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Loading;

/// <summary>Reads the reference data in <c>data/</c>: site settings, municipalities, provinces, themes and target groups.</summary>
public static class ReferenceDataReader
{
    public const string SitePath = "data/site.yml";
    public const string MunicipalitiesPath = "data/gemeenten.yml";
    public const string ProvincesPath = "data/provincies.yml";
    public const string ThemesPath = "data/themas.yml";
    public const string TargetGroupsPath = "data/doelgroepen.yml";
    public const string DomainsPath = "data/domeinen.yml";
    public const string PlanPath = "data/plan-samenleven.yml";

    public static readonly ImmutableArray<string> Paths = [SitePath, MunicipalitiesPath, ProvincesPath, ThemesPath, TargetGroupsPath, DomainsPath, PlanPath];

    /// <summary>Reads the files of <see cref="Paths"/>; null with diagnostics when any is unusable.</summary>
    public static ReferenceData? Read(IReadOnlyDictionary<string, string> files, DiagnosticBag diagnostics)
    {
        var site = ReadSite(Text(files, SitePath, diagnostics), diagnostics);
        var provinces = ReadList(Text(files, ProvincesPath, diagnostics), ProvincesPath, diagnostics, ["slug", "naam", "nis"],
            f => f.Text("slug", true) is { } s && f.Text("naam", true) is { } n && f.Text("nis", true) is { } nis ? new Province(s, n, nis) : null);
        var themes = ReadTerms(Text(files, ThemesPath, diagnostics), ThemesPath, diagnostics);
        var targetGroups = ReadTerms(Text(files, TargetGroupsPath, diagnostics), TargetGroupsPath, diagnostics);
        var domains = ReadTerms(Text(files, DomainsPath, diagnostics), DomainsPath, diagnostics);
        var plan = ReadPlan(Text(files, PlanPath, diagnostics), diagnostics);

        var provinceSlugs = provinces.Select(p => p.Slug).ToFrozenSet(StringComparer.Ordinal);
        var municipalitiesText = Text(files, MunicipalitiesPath, diagnostics);
        ImmutableArray<Municipality> municipalities = [];
        ImmutableArray<FormerMunicipality> formers = [];
        if (municipalitiesText is not null && YamlFields.ParseMapping(municipalitiesText, MunicipalitiesPath, 1, diagnostics) is { } root)
        {
            var fields = new YamlFields(root, MunicipalitiesPath, 1, diagnostics);
            fields.RejectUnknownKeys(FrozenSet.Create(StringComparer.Ordinal, "gemeenten", "fusies"));
            municipalities = Items(fields.MapList("gemeenten"), ["slug", "naam", "nis", "provincie", "website", "contact"], f =>
            {
                var province = f.Text("provincie", true);
                if (province is not null && !provinceSlugs.Contains(province))
                {
                    f.ErrorAtValue(DiagnosticCode.UnknownReference, "provincie", $"unknown province '{province}'");
                }

                var website = WebUrl(f, "website");
                var contact = ReadContact(f);
                return f.Text("slug", true) is { } s && f.Text("naam", true) is { } n && f.Text("nis", true) is { } nis && province is not null
                    ? new Municipality(s, n, nis, province) { Website = website, Contact = contact }
                    : null;
            });
            var current = municipalities.Select(m => m.Slug).ToFrozenSet(StringComparer.Ordinal);
            formers = Items(fields.MapList("fusies"), ["slug", "naam", "nis", "opgegaan_in"], f =>
            {
                var into = f.Text("opgegaan_in", true);
                if (into is not null && !current.Contains(into))
                {
                    f.ErrorAtValue(DiagnosticCode.UnknownReference, "opgegaan_in", $"unknown municipality '{into}'");
                }

                return f.Text("slug", true) is { } s && f.Text("naam", true) is { } n && f.Text("nis", true) is { } nis && into is not null
                    ? new FormerMunicipality(s, n, nis, into)
                    : null;
            });
        }

        CheckUniqueSlugs(ProvincesPath, provinces.Select(p => p.Slug), diagnostics);
        CheckUniqueSlugs(MunicipalitiesPath, municipalities.Select(m => m.Slug), diagnostics);
        CheckUnique(MunicipalitiesPath, "NIS code", municipalities.Select(m => m.NisCode), diagnostics);
        CheckUniqueSlugs(ThemesPath, themes.Select(t => t.Slug), diagnostics);
        CheckUniqueSlugs(TargetGroupsPath, targetGroups.Select(t => t.Slug), diagnostics);
        CheckUniqueSlugs(DomainsPath, domains.Select(t => t.Slug), diagnostics);
        CheckUniqueSlugs(PlanPath, plan.Goals.Select(g => g.Slug).Concat(plan.Goals.SelectMany(g => g.Actions.Select(a => a.Slug))), diagnostics);
        if (site is null || diagnostics.HasErrors)
        {
            return null;
        }

        return new ReferenceData(site, municipalities, formers, provinces, themes, targetGroups) { Domains = domains, Plan = plan };
    }

    /// <summary>The goals of the Plan Samenleven with their actions, and the page they come from.</summary>
    private static PlanSamenleven ReadPlan(string? text, DiagnosticBag diagnostics)
    {
        if (text is null || YamlFields.ParseMapping(text, PlanPath, 1, diagnostics) is not { } root)
        {
            return PlanSamenleven.Empty;
        }

        var fields = new YamlFields(root, PlanPath, 1, diagnostics);
        fields.RejectUnknownKeys(FrozenSet.Create(StringComparer.Ordinal, "bron", "doelstellingen"));
        var source = fields.Map("bron", required: true);
        source?.RejectUnknownKeys(FrozenSet.Create(StringComparer.Ordinal, "titel", "url"));
        var sourceTitle = source?.Text("titel", true);
        var sourceUrl = source?.Text("url", true);
        if (sourceUrl is not null && !Validation.ContentRules.IsWebUrl(sourceUrl))
        {
            source!.ErrorAtValue(DiagnosticCode.InvalidValue, "url", $"'{sourceUrl}' is not a web address"); // sourceUrl is set only when source is.
        }

        var goals = Items(fields.MapList("doelstellingen"), ["slug", "nummer", "title", "description", "acties"], f =>
        {
            var actions = Items(f.MapList("acties"), ["nummer", "title"], a =>
                a.Number("nummer", 1, 99) is { } n && a.Text("title", true) is { } t
                    ? new PlanAction(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"actie-{n}"), n, t)
                    : null);
            return f.Text("slug", true) is { } slug && f.Number("nummer", 1, 99) is { } number && f.Text("title", true) is { } title && f.Text("description", true) is { } description
                ? new PlanGoal(slug, number, title, description, actions)
                : null;
        });
        return new PlanSamenleven(sourceTitle ?? "", sourceUrl ?? "", goals);
    }

    /// <summary>A municipality's optional <c>contact</c>: <c>naam</c>, <c>email</c>, <c>telefoon</c>, <c>website</c>.</summary>
    private static MunicipalityContact? ReadContact(YamlFields fields)
    {
        if (fields.Map("contact") is not { } contact)
        {
            return null;
        }

        contact.RejectUnknownKeys(ContactKeys);
        var email = contact.Text("email", maxLength: 200);
        if (email is not null && !Validation.ContentRules.IsValidEmail(email))
        {
            contact.ErrorAtKey(DiagnosticCode.InvalidValue, "email", $"'{email}' is not a valid e-mail address");
        }

        var result = new MunicipalityContact(contact.Text("naam", maxLength: 200), email, contact.Text("telefoon", maxLength: 40), WebUrl(contact, "website"));
        return result is { Name: null, Email: null, Phone: null, Website: null } ? null : result;
    }

    private static readonly FrozenSet<string> ContactKeys = FrozenSet.Create(StringComparer.Ordinal, "naam", "email", "telefoon", "website");

    /// <summary>An optional web address, written in full: reported at its key when it is not one.</summary>
    private static string? WebUrl(YamlFields fields, string key)
    {
        var url = fields.Text(key, maxLength: 2000);
        if (url is not null && !Validation.ContentRules.IsWebUrl(url))
        {
            fields.ErrorAtKey(DiagnosticCode.InvalidValue, key, $"'{url}' is not a web address: write it in full, starting with https://");
        }

        return url;
    }

    private static string? Text(IReadOnlyDictionary<string, string> files, string path, DiagnosticBag diagnostics)
    {
        if (files.TryGetValue(path, out var text))
        {
            return text;
        }

        diagnostics.Error(DiagnosticCode.ReferenceData, path, 1, 1, "this reference data file is missing");
        return null;
    }

    private static SiteSettings? ReadSite(string? text, DiagnosticBag diagnostics)
    {
        if (text is null || YamlFields.ParseMapping(text, SitePath, 1, diagnostics) is not { } map)
        {
            return null;
        }

        var f = new YamlFields(map, SitePath, 1, diagnostics);
        f.RejectUnknownKeys(FrozenSet.Create(StringComparer.Ordinal, "title", "description", "base_url", "language", "repository", "branch", "verificatie_maanden", "uitgever", "formulier"));
        var title = f.Text("title", true);
        var description = f.Text("description", true);
        var baseUrl = f.Text("base_url", true);
        if (baseUrl is not null && !Validation.ContentRules.IsWebUrl(baseUrl))
        {
            f.ErrorAtValue(DiagnosticCode.InvalidValue, "base_url", "'base_url' must be a full https:// address");
        }

        var language = new SiteLanguage(f.Text("language") ?? "nl-BE");
        var repository = f.Text("repository", true);
        // A link on every page: only a web address may be one (never javascript:…).
        if (repository is not null && !Validation.ContentRules.IsWebUrl(repository))
        {
            f.ErrorAtValue(DiagnosticCode.InvalidValue, "repository", "'repository' must be a full https:// address");
        }

        var branch = f.Text("branch") ?? "main";
        var publisher = ReadPublisher(f);
        var form = ReadFormEndpoint(f, publisher);
        return title is null || description is null || baseUrl is null || repository is null
            ? null
            : new SiteSettings(title, description, baseUrl, language, repository.TrimEnd('/'), branch)
            {
                VerificationMonths = f.Number("verificatie_maanden", 1, 120) ?? 24,
                Publisher = publisher,
                Form = form,
            };
    }

    private static readonly FrozenSet<string> PublisherKeys = FrozenSet.Create(StringComparer.Ordinal, "naam", "adres", "email", "telefoon", "ondernemingsnummer");

    /// <summary>
    /// The optional <c>uitgever</c>: name, address, e-mail, phone and enterprise number. Each may be left out (the footer
    /// then says it is missing), but what is written must be plausible: it is shown on every page.
    /// </summary>
    private static Publisher ReadPublisher(YamlFields site)
    {
        if (site.Map("uitgever") is not { } f)
        {
            return Publisher.Unknown;
        }

        f.RejectUnknownKeys(PublisherKeys);
        var email = f.Text("email", maxLength: 200);
        if (email is not null && !Validation.ContentRules.IsValidEmail(email))
        {
            f.ErrorAtValue(DiagnosticCode.InvalidPublisher, "email", $"'{email}' is not a valid e-mail address");
        }

        var phone = f.Text("telefoon", maxLength: 40);
        if (phone is not null && phone.Count(char.IsAsciiDigit) < 8)
        {
            f.ErrorAtValue(DiagnosticCode.InvalidPublisher, "telefoon", $"'{phone}' is not a phone number: write it with the zone, as 02 553 00 00");
        }

        var number = f.Text("ondernemingsnummer", maxLength: 20);
        if (number is not null && !IsEnterpriseNumber(number))
        {
            f.ErrorAtValue(DiagnosticCode.InvalidPublisher, "ondernemingsnummer", $"'{number}' is not a Belgian enterprise number (0123.456.749: ten digits, the last two a check on the first eight)");
        }

        return new Publisher(f.Text("naam", maxLength: 200), f.Text("adres", maxLength: 300), email, phone, number);
    }

    /// <summary>A KBO/BCE number: ten digits starting with 0 or 1, the last two being 97 minus the first eight modulo 97.</summary>
    public static bool IsEnterpriseNumber(string text)
    {
        var digits = new string([.. text.Where(c => c is not ('.' or ' '))]);
        if (digits.StartsWith("BE", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit) || digits[0] is not ('0' or '1'))
        {
            return false;
        }

        var body = long.Parse(digits[..8], System.Globalization.CultureInfo.InvariantCulture);
        var check = int.Parse(digits[8..], System.Globalization.CultureInfo.InvariantCulture);
        return 97 - (body % 97) == check;
    }

    /// <summary><c>formulier</c>: <c>netlify</c> (the default), <c>mailto</c> (to the publisher's e-mail) or a form service's https:// address.</summary>
    private static FormEndpoint ReadFormEndpoint(YamlFields site, Publisher publisher)
    {
        var value = site.Text("formulier", maxLength: 2000);
        switch (value)
        {
            case null or "netlify":
                return FormEndpoint.Netlify;
            case "mailto":
                if (publisher.Email is null)
                {
                    site.ErrorAtValue(DiagnosticCode.InvalidFormEndpoint, "formulier", "'mailto' sends the form to the publisher's e-mail address: fill in 'uitgever.email'");
                    return FormEndpoint.Netlify;
                }

                return new FormEndpoint(FormEndpointKind.Mailto, "mailto:" + publisher.Email);
            default:
                // A local form service (a test, a preview) may be plain http on the loopback address; anything else must be https.
                var loopback = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.IsLoopback && uri.Scheme == "http";
                if (!loopback && !(Validation.ContentRules.IsWebUrl(value) && value.StartsWith("https://", StringComparison.Ordinal)))
                {
                    site.ErrorAtValue(DiagnosticCode.InvalidFormEndpoint, "formulier", $"'{value}' is not a form endpoint: write netlify, mailto, or the https:// address of a form service");
                    return FormEndpoint.Netlify;
                }

                return new FormEndpoint(FormEndpointKind.Url, value);
        }
    }

    private static ImmutableArray<Term> ReadTerms(string? text, string path, DiagnosticBag diagnostics) =>
        ReadList(text, path, diagnostics, ["slug", "title", "description"], f =>
        {
            var slug = f.Text("slug", true);
            if (slug is not null && !Slugs.IsValid(slug))
            {
                f.ErrorAtValue(DiagnosticCode.InvalidName, "slug", $"'{slug}' is not a valid slug");
            }

            return slug is not null && f.Text("title", true) is { } t && f.Text("description", true, 1000) is { } d ? new Term(slug, t, d) : null;
        });

    private static ImmutableArray<T> ReadList<T>(string? text, string path, DiagnosticBag diagnostics, string[] keys, Func<YamlFields, T?> read)
        where T : class
    {
        if (text is null)
        {
            return [];
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode sequence)
            {
                diagnostics.Error(DiagnosticCode.ReferenceData, path, 1, 1, "expected a list of entries ('- slug: ...')");
                return [];
            }

            return Items(sequence.Children.OfType<YamlMappingNode>().Select(m => new YamlFields(m, path, 1, diagnostics)), keys, read);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            diagnostics.Error(DiagnosticCode.YamlSyntax, path, (int)e.Start.Line, (int)e.Start.Column, $"YAML syntax error: {e.Message}");
            return [];
        }
    }

    private static ImmutableArray<T> Items<T>(IEnumerable<YamlFields> entries, string[] keys, Func<YamlFields, T?> read)
        where T : class
    {
        var allowed = keys.ToFrozenSet(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var entry in entries)
        {
            entry.RejectUnknownKeys(allowed);
            if (read(entry) is { } item)
            {
                builder.Add(item);
            }
        }

        return builder.ToImmutable();
    }

    private static void CheckUniqueSlugs(string path, IEnumerable<string> slugs, DiagnosticBag diagnostics) =>
        CheckUnique(path, "slug", slugs, diagnostics);

    // Later stages index these by key: a duplicate must be an error here, not a crash there.
    private static void CheckUnique(string path, string what, IEnumerable<string> keys, DiagnosticBag diagnostics)
    {
        foreach (var group in keys.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCode.ReferenceData, path, 1, 1, $"{what} '{group.Key}' is defined {group.Count()} times");
        }
    }
}
