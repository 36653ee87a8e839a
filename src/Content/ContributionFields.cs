using System.Collections.Immutable;

namespace Samenleven.Content;

/// <summary>
/// The names of the fields of the form "Praktijk voorstellen" (<c>/bijdragen/</c>): what the page sends and what
/// <c>new praktijk --from</c> reads back. Both sides take the names from here, so a renamed field cannot be lost between
/// the form and the importer. Each field names the practice key it fills, if any.
/// </summary>
public static class ContributionFields
{
    /// <summary>The form's name for Netlify Forms (its hidden <c>form-name</c> field must repeat it).</summary>
    public const string FormName = "praktijk-voorstellen";

    /// <summary>Netlify's hidden field that names the form a submission belongs to.</summary>
    public const string NetlifyFormName = "form-name";

    /// <summary>The honeypot: hidden from people, filled in by spam robots; a submission that fills it is dropped.</summary>
    public const string Honeypot = "bot-field";

    /// <summary><c>nieuw</c> for a new practice, <c>wijziging</c> for a change to an existing page.</summary>
    public const string Mode = "soort";

    public const string NewPracticeMode = "nieuw";
    public const string ChangeMode = "wijziging";

    /// <summary>In change mode: the address of the page the change is about.</summary>
    public const string Page = "pagina";

    /// <summary>In change mode: what should be different.</summary>
    public const string Change = "wat_moet_anders";

    public const string Title = "title";
    public const string Municipalities = "gemeenten";
    public const string Summary = "summary";
    public const string Themes = "themas";
    public const string TargetGroups = "doelgroepen";
    public const string What = "wat";
    public const string ForWhom = "voor_wie";
    public const string Approach = "aanpak";
    public const string Results = "resultaten";
    public const string PeriodStart = "periode_start";
    public const string PeriodEnd = "periode_einde";
    public const string Organisation = "organisatie";
    public const string Partners = "partners";
    public const string Sources = "bronnen";
    public const string ContactName = "contact_naam";
    public const string ContactEmail = "contact_email";
    public const string ContactPhone = "contact_telefoon";

    /// <summary>Ticked when the contact person agrees to be published; without it the importer leaves the contact out.</summary>
    public const string Consent = "toestemming";

    /// <summary>The value of the ticked consent box.</summary>
    public const string ConsentGiven = "ja";

    /// <summary>The practice key each field fills; fields for the text (<c>wat</c>…) fill the body's sections.</summary>
    public static readonly ImmutableDictionary<string, string> PracticeKeyOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Title] = "title",
        [Municipalities] = "gemeenten",
        [Summary] = "summary",
        [Themes] = "themas",
        [TargetGroups] = "doelgroepen",
        [PeriodStart] = "periode",
        [PeriodEnd] = "periode",
        [Organisation] = "organisatie",
        [Partners] = "partners",
        [Sources] = "bronnen",
        [ContactName] = "contact",
        [ContactEmail] = "contact",
        [ContactPhone] = "contact",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Required keys the form does not ask for, and why: the editor sets them.</summary>
    public static readonly ImmutableDictionary<string, string> SetByEditor = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["toegevoegd"] = "the day the editor adds the practice",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The fields for the body, with the heading of the section each becomes (see the practice template).</summary>
    public static readonly ImmutableArray<(string Field, string Heading)> Sections =
        [(What, "Wat?"), (ForWhom, "Voor wie?"), (Approach, "Aanpak"), (Results, "Resultaten")];
}
