using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Validation;

namespace Samenleven.Loading;

/// <summary>Reads <c>input/praktijken/&lt;slug&gt;.md</c> into a <see cref="Practice"/>.</summary>
public sealed class PracticeReader(ReferenceData reference, DateOnly? today = null) : DocumentReader(reference)
{
    private static readonly FrozenSet<string> KeySet = FrontMatterKeys.Practice.Concat(FrontMatterKeys.DeprecatedPractice).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reads a practice; with a date for today (the CLI's clock) it also warns about statuses and checks that have aged.</summary>
    public Practice? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var slug = SlugFromFileName(file.Path, diagnostics);
        if (Open(file, diagnostics) is not var (fields, body))
        {
            return null;
        }

        fields.RejectUnknownKeys(KeySet);
        var webLinks = new List<LinkReference>();
        var title = fields.Text("title", required: true, maxLength: ContentLimits.TitleMaxLength);
        var summary = fields.Text("summary", required: true, maxLength: ContentLimits.SummaryMaxLength);
        var municipalities = Municipalities(fields);
        var themes = Themes(fields, required: true, min: 1, max: ContentLimits.MaxThemes);
        var targetGroups = Known(fields, fields.StringList("doelgroepen"), "doelgroepen", "target group", Reference.TargetGroupBySlug.Keys, Reference.TargetGroupBySlug.ContainsKey);
        var domains = Known(fields, fields.StringList("domein"), "domein", "domain", Reference.DomainBySlug.Keys, Reference.DomainBySlug.ContainsKey);
        var (goals, actions) = Plan(fields);
        var period = ReadPeriod(fields);
        var status = Status(fields);
        CheckStatusAgainstPeriod(fields, status, period);
        var organisation = fields.Text("organisatie", maxLength: 200);
        var partners = ReadPartners(fields, webLinks);
        var funding = ReadFunding(fields);
        var reach = fields.Text("bereik", maxLength: 200);
        var support = Support(fields);
        var contact = ReadContact(fields);
        var links = ReadLinks(fields, webLinks);
        var video = WebUrl(fields, "video", webLinks);
        var image = ReadImage(fields);
        var attachments = ReadAttachments(fields);
        var sources = ReadSources(fields, webLinks);
        if (support is SupportLevel.Evaluated or SupportLevel.Effective && !sources.Any(s => s.Url is not null))
        {
            fields.WarningAtValue(DiagnosticCode.InvalidValue, "onderbouwing",
                $"'onderbouwing: {SupportLevels.Word(support)}' says an evaluation exists: link it under 'bronnen' (with its url)");
        }

        var basedOn = fields.Node("gebaseerd_op") is { } basedOnNode && fields.Text("gebaseerd_op", maxLength: 100) is { } basedOnSlug
            ? new SlugReference(basedOnSlug, fields.LineOf(basedOnNode), (int)basedOnNode.Start.Column)
            : null;
        var added = fields.Date("toegevoegd", required: true);
        var updated = fields.Date("bijgewerkt");
        if (added is { } a && updated is { } u && u < a)
        {
            fields.ErrorAtValue(DiagnosticCode.InvalidValue, "bijgewerkt", $"'bijgewerkt' ({u:yyyy-MM-dd}) is before 'toegevoegd' ({a:yyyy-MM-dd})");
        }

        var verified = fields.Date("geverifieerd");
        if (verified is { } v && today is { } now && v < now.AddMonths(-Reference.Site.VerificationMonths))
        {
            fields.WarningAtValue(DiagnosticCode.Stale, "geverifieerd",
                $"this record was last checked with its municipality on {v:yyyy-MM-dd}, more than {Reference.Site.VerificationMonths} months ago: check it again and update 'geverifieerd'");
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
            Domains = domains,
            PlanGoals = goals,
            PlanActions = actions,
            Period = period,
            Status = status,
            Organisation = organisation,
            Partners = partners,
            Funding = funding,
            Reach = reach,
            Support = support,
            Contact = contact,
            Links = links,
            Video = video,
            Image = image,
            Attachments = attachments,
            Sources = sources,
            BasedOn = basedOn,
            Added = added.Value,
            Updated = updated,
            Verified = verified,
            Aliases = aliases,
            WebLinks = [.. webLinks],
            Body = body,
        };
    }

    /// <summary>
    /// <c>periode: {start: 2019, einde: 2022-06}</c>. The older <c>jaar: 2019</c> is still read, as the start, with a
    /// warning that says how to write it now.
    /// </summary>
    private static Period? ReadPeriod(YamlFields fields)
    {
        if (fields.Map("periode") is { IsBlank: false } period)
        {
            period.RejectUnknownKeys(PeriodKeys);
            var start = YearMonthOf(period, "start", required: true);
            var end = YearMonthOf(period, "einde", required: false);
            if (start is { } s && end is { } e && e < s)
            {
                period.ErrorAtValue(DiagnosticCode.InvalidValue, "einde", $"the period ends ({e}) before it starts ({s})");
            }

            if (fields.Node("jaar") is not null)
            {
                fields.ErrorAtKey(DiagnosticCode.Duplicate, "jaar", "give either 'periode' or the older 'jaar', not both");
            }

            return start is { } begin ? new Period(begin, end) : null;
        }

        if (fields.Number("jaar", 1900, 2100) is { } year)
        {
            fields.WarningAtKey(DiagnosticCode.Deprecated, "jaar", $"'jaar' is replaced by 'periode': write 'periode:' with '  start: {year}' on the next line (and '  einde:' when it ended)");
            return new Period(new YearMonth(year, null), null);
        }

        return null;
    }

    private static YearMonth? YearMonthOf(YamlFields fields, string key, bool required)
    {
        var text = fields.Text(key, required, maxLength: 7);
        if (text is null)
        {
            return null;
        }

        if (YearMonth.Parse(text) is { } value)
        {
            return value;
        }

        fields.ErrorAtValue(DiagnosticCode.WrongType, key, $"'{key}' must be a year or a year and month, such as 2019 or 2019-09, not '{text}'");
        return null;
    }

    /// <summary>An end in the past and still running, or a start in the future and already done: probably outdated.</summary>
    private void CheckStatusAgainstPeriod(YamlFields fields, PracticeStatus status, Period? period)
    {
        if (today is not { } now || period is null)
        {
            return;
        }

        if (status == PracticeStatus.Ongoing && period.End is { } end && end.Last < now)
        {
            fields.WarningAtValue(DiagnosticCode.InvalidValue, "status", $"'status: lopend' but the period ended in {end}: is the practice 'afgerond'?");
        }
        else if (status == PracticeStatus.Planned && period.Start.First <= now)
        {
            fields.WarningAtValue(DiagnosticCode.InvalidValue, "status", $"'status: gepland' but the period started in {period.Start}: is the practice 'lopend'?");
        }
        else if (status == PracticeStatus.Completed && period.Start.First > now)
        {
            fields.WarningAtValue(DiagnosticCode.InvalidValue, "status", $"'status: afgerond' but the period starts only in {period.Start}");
        }
    }

    /// <summary>The goals of the Plan Samenleven a practice names, directly or through one of their actions.</summary>
    private (ImmutableArray<string> Goals, ImmutableArray<string> Actions) Plan(YamlFields fields)
    {
        var goals = ImmutableArray.CreateBuilder<string>();
        var actions = ImmutableArray.CreateBuilder<string>();
        var known = Reference.PlanGoalBySlug.Keys.Concat(Reference.PlanActionBySlug.Keys).ToArray();
        foreach (var (value, node) in fields.StringList("plan_samenleven"))
        {
            if (Reference.PlanGoalBySlug.ContainsKey(value))
            {
                if (!goals.Contains(value))
                {
                    goals.Add(value);
                }
            }
            else if (Reference.PlanActionBySlug.TryGetValue(value, out var action))
            {
                actions.Add(value);
                if (!goals.Contains(action.Goal.Slug))
                {
                    goals.Add(action.Goal.Slug);
                }
            }
            else
            {
                var hint = Slugs.Closest(value, known);
                fields.Error(DiagnosticCode.UnknownReference, node, hint is null
                    ? $"unknown goal or action '{value}' in 'plan_samenleven': use a slug from data/plan-samenleven.yml"
                    : $"unknown goal or action '{value}' in 'plan_samenleven': did you mean '{hint}'?");
            }
        }

        return (goals.ToImmutable(), actions.ToImmutable());
    }

    private static SupportLevel Support(YamlFields fields)
    {
        var word = fields.Text("onderbouwing");
        if (word is null)
        {
            return SupportLevel.Unknown;
        }

        if (SupportLevels.Parse(word) is { } level)
        {
            return level;
        }

        fields.ErrorAtValue(DiagnosticCode.InvalidValue, "onderbouwing", $"'onderbouwing' must be one of {string.Join(", ", SupportLevels.All.Select(s => $"'{s.Word}'"))}, not '{word}'");
        return SupportLevel.Unknown;
    }

    private static ImmutableArray<Partner> ReadPartners(YamlFields fields, List<LinkReference> webLinks)
    {
        var builder = ImmutableArray.CreateBuilder<Partner>();
        foreach (var partner in fields.MapList("partners"))
        {
            partner.RejectUnknownKeys(NameUrlKeys);
            if (partner.Text("naam", required: true, maxLength: 200) is { } name)
            {
                builder.Add(new Partner(name, WebUrl(partner, "url", webLinks)));
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<Funding> ReadFunding(YamlFields fields)
    {
        var builder = ImmutableArray.CreateBuilder<Funding>();
        foreach (var funding in fields.MapList("financiering"))
        {
            funding.RejectUnknownKeys(FundingKeys);
            var name = funding.Text("naam", required: true, maxLength: 200);
            decimal? amount = null;
            if (funding.Node("bedrag") is { } node)
            {
                if (node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text }
                    && decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
                    && value > 0)
                {
                    amount = value;
                }
                else
                {
                    funding.Error(DiagnosticCode.WrongType, node, "'bedrag' must be an amount in euro, in digits and without a currency sign, such as 25000 or 1250.50");
                }
            }

            if (name is not null)
            {
                builder.Add(new Funding(name, amount));
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<Source> ReadSources(YamlFields fields, List<LinkReference> webLinks)
    {
        var builder = ImmutableArray.CreateBuilder<Source>();
        foreach (var source in fields.MapList("bronnen"))
        {
            source.RejectUnknownKeys(SourceKeys);
            var title = source.Text("titel", required: true, maxLength: 300);
            var url = WebUrl(source, "url", webLinks);
            var consulted = source.Date("geraadpleegd");
            if (title is not null)
            {
                builder.Add(new Source(title, url, consulted));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Files under input/bijlagen/ by their site path (<c>/bijlagen/verslag.pdf</c>); whether they exist is checked with the other files.</summary>
    private static ImmutableArray<Attachment> ReadAttachments(YamlFields fields)
    {
        var builder = ImmutableArray.CreateBuilder<Attachment>();
        foreach (var attachment in fields.MapList("bijlagen"))
        {
            attachment.RejectUnknownKeys(AttachmentKeys);
            var file = attachment.Text("bestand", required: true, maxLength: 300);
            var title = attachment.Text("titel", required: true, maxLength: 200);
            if (file is not null && !IsAttachmentPath(file))
            {
                attachment.ErrorAtValue(DiagnosticCode.InvalidValue, "bestand",
                    $"'{file}' is not a document of this site: put it in input/bijlagen/ and write its path, such as /bijlagen/verslag.pdf ({string.Join(", ", StaticFileRules.AttachmentExtensions)})");
            }
            else if (file is not null && title is not null && attachment.Node("bestand") is { } node)
            {
                builder.Add(new Attachment(file, title) { Line = attachment.LineOf(node), Column = (int)node.Start.Column });
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>A path such as <c>/bijlagen/verslag.pdf</c>: a document type we publish, a safe name, nothing that climbs out.</summary>
    private static bool IsAttachmentPath(string file) =>
        file.StartsWith(StaticFileRules.AttachmentPrefix, StringComparison.Ordinal)
        && ContentRules.NormalizeSitePath(file) == file + "/" // One clean segment per folder: no '..', '//' or odd characters.
        && StaticFileRules.AttachmentExtensions.Any(e => file.EndsWith(e, StringComparison.Ordinal));

    private static readonly FrozenSet<string> PeriodKeys = FrozenSet.Create(StringComparer.Ordinal, "start", "einde");
    private static readonly FrozenSet<string> NameUrlKeys = FrozenSet.Create(StringComparer.Ordinal, "naam", "url");
    private static readonly FrozenSet<string> FundingKeys = FrozenSet.Create(StringComparer.Ordinal, "naam", "bedrag");
    private static readonly FrozenSet<string> SourceKeys = FrozenSet.Create(StringComparer.Ordinal, "titel", "url", "geraadpleegd");
    private static readonly FrozenSet<string> AttachmentKeys = FrozenSet.Create(StringComparer.Ordinal, "bestand", "titel");

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

        fields.ErrorAtValue(DiagnosticCode.InvalidValue, "status", $"'status' must be {string.Join(" or ", PracticeStatuses.All.Select(s => $"'{s.Word}'"))}, not '{word}'");
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

    private static ImmutableArray<Link> ReadLinks(YamlFields fields, List<LinkReference> webLinks)
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
                link.ErrorAtValue(DiagnosticCode.InvalidValue, "url", $"'{url}' is not a web address: write it in full, starting with https://, or as a path of this site such as /praktijken/naam/");
            }
            else if (title is not null && url is not null && link.Node("url") is { } node)
            {
                builder.Add(new Link(title, url) { Line = link.LineOf(node), Column = (int)node.Start.Column });
                if (ContentRules.IsWebUrl(url))
                {
                    webLinks.Add(new LinkReference(fields.Path, url, link.LineOf(node), (int)node.Start.Column, IsImage: false));
                }
            }
        }

        return builder.ToImmutable();
    }

    private static Image? ReadImage(YamlFields fields)
    {
        if (fields.Map("afbeelding") is not { IsBlank: false } image)
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
            image.ErrorAtValue(DiagnosticCode.InvalidValue, "src", $"'{src}' is not an image of this site: put the file in input/afbeeldingen/ and write its path, such as /afbeeldingen/foto.jpg");
            return null;
        }

        return src is not null && alt is not null && image.Node("src") is { } node
            ? new Image(src, alt) { Line = image.LineOf(node), Column = (int)node.Start.Column }
            : null;
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
