using System.Collections.Immutable;

namespace Samenleven.Content;

/// <summary>Whether a practice still runs. The words contributors write are in <see cref="PracticeStatuses"/>.</summary>
public enum PracticeStatus
{
    Unknown,
    Planned,
    Ongoing,
    Completed,
}

/// <summary>The front-matter words for <see cref="PracticeStatus"/>: the one place that knows them.</summary>
public static class PracticeStatuses
{
    /// <summary>The statuses a practice can have, in the order forms and facets list them, with their word.</summary>
    public static readonly ImmutableArray<(PracticeStatus Status, string Word)> All =
        [(PracticeStatus.Planned, "gepland"), (PracticeStatus.Ongoing, "lopend"), (PracticeStatus.Completed, "afgerond")];

    /// <summary>"lopend" for <see cref="PracticeStatus.Ongoing"/>; null for <see cref="PracticeStatus.Unknown"/>.</summary>
    public static string? Word(PracticeStatus status) => All.FirstOrDefault(s => s.Status == status).Word;

    /// <summary>The status a word names, or null when it names none.</summary>
    public static PracticeStatus? Parse(string word) => All.FirstOrDefault(s => s.Word == word) is { Word: not null } found ? found.Status : null;
}

/// <summary>
/// How well a practice is supported, on a four-step scale inspired by the recognition levels of Movisie's database of
/// effective social interventions: described, with an explicit rationale, evaluated, with measured effects.
/// </summary>
public enum SupportLevel
{
    Unknown,
    Described,
    Founded,
    Evaluated,
    Effective,
}

/// <summary>The front-matter words for <see cref="SupportLevel"/>.</summary>
public static class SupportLevels
{
    public static readonly ImmutableArray<(SupportLevel Level, string Word)> All =
        [(SupportLevel.Described, "beschreven"), (SupportLevel.Founded, "onderbouwd"), (SupportLevel.Evaluated, "geevalueerd"), (SupportLevel.Effective, "effectief")];

    public static string? Word(SupportLevel level) => All.FirstOrDefault(s => s.Level == level).Word;

    public static SupportLevel? Parse(string word) => All.FirstOrDefault(s => s.Word == word) is { Word: not null } found ? found.Level : null;
}

/// <summary>The front-matter keys of each kind of content file, in the order contributors see them (CMS, template).</summary>
public static class FrontMatterKeys
{
    public static readonly ImmutableArray<string> Practice =
    [
        "title", "summary", "gemeenten", "themas", "doelgroepen", "domein", "plan_samenleven", "periode", "status",
        "organisatie", "partners", "financiering", "bereik", "onderbouwing", "contact", "links", "video", "afbeelding",
        "bijlagen", "bronnen", "gebaseerd_op", "toegevoegd", "bijgewerkt", "geverifieerd", "aliases",
    ];

    /// <summary>Keys that are still read, with a warning, but no longer offered: <c>jaar</c> became <c>periode.start</c>.</summary>
    public static readonly ImmutableArray<string> DeprecatedPractice = ["jaar"];

    public static readonly ImmutableArray<string> Service =
        ["title", "summary", "adres", "telefoon", "email", "website", "openingsuren", "telefonisch", "opmerking", "themas"];

    /// <summary><c>geevalueerd</c>: the day the accessibility statement's evaluation was done (the Flemish model asks for it).</summary>
    public static readonly ImmutableArray<string> Page = ["title", "summary", "geevalueerd"];

    /// <summary>
    /// The keys a practice cannot do without: the reader refuses a file that lacks one, and the contribution form must
    /// ask for each (except <c>toegevoegd</c>, which the editor sets on the day it is added).
    /// </summary>
    public static readonly ImmutableArray<string> RequiredPractice = ["title", "summary", "gemeenten", "themas", "toegevoegd"];
}

/// <summary>Limits of the content model: the readers enforce them, the editor and the template state them.</summary>
public static class ContentLimits
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 300;
    public const int MaxThemes = 3;
}

/// <summary>Day codes as contributors write them in opening hours, Monday first.</summary>
public static class DayCodes
{
    public static readonly ImmutableArray<(string Code, DayOfWeek Day)> All =
        [("ma", DayOfWeek.Monday), ("di", DayOfWeek.Tuesday), ("wo", DayOfWeek.Wednesday), ("do", DayOfWeek.Thursday), ("vr", DayOfWeek.Friday), ("za", DayOfWeek.Saturday), ("zo", DayOfWeek.Sunday)];
}

/// <summary>The licence of the content: the same everywhere it is stated (pages, feeds, open data, JSON-LD).</summary>
public static class ContentLicence
{
    public const string Name = "CC BY 4.0";
    public const string Url = "https://creativecommons.org/licenses/by/4.0/";
}
