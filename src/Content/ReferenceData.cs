using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Samenleven.Content;

/// <summary>A Flemish municipality as it exists since the mergers of 1 January 2025.</summary>
public sealed record Municipality(string Slug, string Name, string NisCode, string ProvinceSlug)
{
    /// <summary>The municipality's own website, when <c>data/gemeenten.yml</c> names it.</summary>
    public string? Website { get; init; }

    /// <summary>Whom to contact at the municipality about diversity and integration, when <c>data/gemeenten.yml</c> names it.</summary>
    public MunicipalityContact? Contact { get; init; }
}

/// <summary>A municipality's own contact for diversity or integration: a service or person, and how to reach it.</summary>
public sealed record MunicipalityContact(string? Name, string? Email, string? Phone, string? Website);

/// <summary>A municipality that no longer exists since 2025, and the one it merged into.</summary>
public sealed record FormerMunicipality(string Slug, string Name, string NisCode, string MergedIntoSlug);

public sealed record Province(string Slug, string Name, string NisCode);

/// <summary>A theme or a target group: a named term with a paragraph that explains it.</summary>
public sealed record Term(string Slug, string Title, string Description);

/// <summary>Settings from <c>data/site.yml</c>.</summary>
public sealed record SiteSettings(string Title, string Description, string BaseUrl, SiteLanguage Language, string Repository, string Branch)
{
    /// <summary>After how many months a record's <c>geverifieerd</c> date is old: <c>check</c> warns and the page says so.</summary>
    public int VerificationMonths { get; init; } = 24;

    /// <summary>Who publishes the site (<c>uitgever</c>); every field may still be missing, and the pages then say so.</summary>
    public Publisher Publisher { get; init; } = Publisher.Unknown;

    /// <summary>Where the contribution form on <c>/bijdragen/</c> sends what people fill in (<c>formulier</c>).</summary>
    public FormEndpoint Form { get; init; } = FormEndpoint.Netlify;
}

/// <summary>
/// The organisation that publishes the site, as <c>data/site.yml</c> states it under <c>uitgever</c>. Only facts an
/// editor wrote down: a field that is not filled in stays null, and the footer says what is missing.
/// </summary>
public sealed record Publisher(string? Name, string? Address, string? Email, string? Phone, string? EnterpriseNumber)
{
    public static Publisher Unknown { get; } = new(null, null, null, null, null);
}

/// <summary>How the contribution form is sent.</summary>
public enum FormEndpointKind
{
    /// <summary>Netlify Forms: the host stores the submission (<c>data-netlify</c>).</summary>
    Netlify,

    /// <summary>Any form service at a web address.</summary>
    Url,

    /// <summary>The reader's own e-mail program, to the publisher's address: the last resort.</summary>
    Mailto,
}

/// <summary>The form's endpoint: Netlify, a web address, or <c>mailto:</c> the publisher.</summary>
public sealed record FormEndpoint(FormEndpointKind Kind, string? Url = null)
{
    public static FormEndpoint Netlify { get; } = new(FormEndpointKind.Netlify);
}

/// <summary>A numbered action of the Plan Samenleven (<c>actie-5</c>), under its goal.</summary>
public sealed record PlanAction(string Slug, int Number, string Title);

/// <summary>A goal of the Flemish Plan Samenleven, with the actions under it that the data names.</summary>
public sealed record PlanGoal(string Slug, int Number, string Title, string Description, ImmutableArray<PlanAction> Actions);

/// <summary>The Plan Samenleven of the Flemish government: its goals, and the page they are taken from.</summary>
public sealed record PlanSamenleven(string SourceTitle, string SourceUrl, ImmutableArray<PlanGoal> Goals)
{
    public static PlanSamenleven Empty { get; } = new("", "", []);
}

/// <summary>The site's language as <c>data/site.yml</c> states it (a tag such as <c>nl-BE</c>), in the forms other formats need.</summary>
public sealed record SiteLanguage(string Tag)
{
    /// <summary>The language without its region (<c>nl</c>): the pages' <c>lang</c>, the search's stemming, the editor's locale.</summary>
    public string Primary => Tag.Split('-')[0];

    /// <summary>Open Graph's form (<c>nl_BE</c>).</summary>
    public string Locale => Tag.Replace('-', '_');
}

/// <summary>Everything in <c>data/</c>: the vocabulary content may refer to.</summary>
public sealed record ReferenceData(
    SiteSettings Site,
    ImmutableArray<Municipality> Municipalities,
    ImmutableArray<FormerMunicipality> FormerMunicipalities,
    ImmutableArray<Province> Provinces,
    ImmutableArray<Term> Themes,
    ImmutableArray<Term> TargetGroups)
{
    /// <summary>The three gears of an inclusive local government: policy, services and internal organisation.</summary>
    public ImmutableArray<Term> Domains { get; init; } = [];

    public PlanSamenleven Plan { get; init; } = PlanSamenleven.Empty;

    public FrozenDictionary<string, Term> DomainBySlug => _domains ??= Domains.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);

    public FrozenDictionary<string, PlanGoal> PlanGoalBySlug => _goals ??= Plan.Goals.ToFrozenDictionary(g => g.Slug, StringComparer.Ordinal);

    /// <summary>Each action by its slug, with its goal.</summary>
    public FrozenDictionary<string, (PlanGoal Goal, PlanAction Action)> PlanActionBySlug =>
        _actions ??= Plan.Goals.SelectMany(g => g.Actions.Select(a => (g, a))).ToFrozenDictionary(x => x.a.Slug, x => (x.g, x.a), StringComparer.Ordinal);

    private FrozenDictionary<string, Term>? _domains;
    private FrozenDictionary<string, PlanGoal>? _goals;
    private FrozenDictionary<string, (PlanGoal Goal, PlanAction Action)>? _actions;

    public FrozenDictionary<string, Municipality> MunicipalityBySlug { get; } =
        Municipalities.ToFrozenDictionary(m => m.Slug, StringComparer.Ordinal);

    /// <summary>Former municipalities whose slug is not also a current one (Hasselt kept its name, Kruibeke did not).</summary>
    public FrozenDictionary<string, FormerMunicipality> FormerBySlug { get; } =
        FormerMunicipalities
            .Where(f => !Municipalities.Any(m => m.Slug == f.Slug))
            .GroupBy(f => f.Slug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>
    /// By a municipality's slug: the names of the former municipalities it absorbed on 1 January 2025 that it does not
    /// carry itself (Beveren-Kruibeke-Zwijndrecht: Beveren, Kruibeke, Zwijndrecht), for readers who search by the old name.
    /// </summary>
    public FrozenDictionary<string, ImmutableArray<string>> FormerNamesBySlug { get; } =
        FormerMunicipalities
            .Where(f => !Municipalities.Any(m => m.Slug == f.Slug))
            .GroupBy(f => f.MergedIntoSlug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(f => f.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);

    public FrozenDictionary<string, Province> ProvinceBySlug { get; } = Provinces.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);

    public FrozenDictionary<string, Term> ThemeBySlug { get; } = Themes.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);

    public FrozenDictionary<string, Term> TargetGroupBySlug { get; } = TargetGroups.ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal);

    /// <summary>Every slug a <c>gemeenten</c> entry may use: current and former municipalities.</summary>
    public ImmutableArray<string> MunicipalityReferenceSlugs { get; } =
        [.. Municipalities.Select(m => m.Slug).Concat(FormerMunicipalities.Select(f => f.Slug)).Distinct(StringComparer.Ordinal)];
}
