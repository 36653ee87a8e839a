namespace Samenleven.Tests.Support;

/// <summary>
/// A practice with every key of the content model filled (<c>volledig</c>) and one with only the required keys
/// (<c>de-babbelberg</c>), which the first is based on. Callers add <c>input/bijlagen/verslag.pdf</c>.
/// </summary>
internal static class FullRecordSite
{
    public const string Files = """
        -- input/praktijken/volledig.md --
        ---
        title: Samen aan tafel
        summary: Nieuwkomers en buren koken en eten samen.
        gemeenten: [kortrijk, kruibeke]
        themas: [taal-en-communicatie, onthaal-nieuwkomers]
        doelgroepen: [nieuwkomers]
        domein: [dienstverlening, beleid]
        plan_samenleven: [actie-5, een-gemeenschap]
        periode:
          start: 2019-09
          einde: 2022-06
        status: afgerond
        organisatie: Dienst Diversiteit
        partners:
          - naam: Huis van het Nederlands
            url: https://example.org/huis
          - naam: Buurtwerk
        financiering:
          - naam: Vlaamse overheid
            bedrag: 25000
          - naam: Stad Kortrijk
            bedrag: 1250.5
        bereik: 120 deelnemers per jaar
        onderbouwing: geevalueerd
        contact:
          naam: Onthaalbalie
          email: diversiteit@example.org
          telefoon: 056 00 00 00
        links:
          - titel: Meer
            url: https://example.org/meer
        video: https://example.org/video
        bijlagen:
          - bestand: /bijlagen/verslag.pdf
            titel: Evaluatieverslag
        bronnen:
          - titel: Evaluatie 2022
            url: https://example.org/evaluatie
            geraadpleegd: 2026-03-14
          - titel: Bestuursnota Stad Kortrijk
        gebaseerd_op: de-babbelberg
        toegevoegd: 2026-01-01
        bijgewerkt: 2026-02-01
        geverifieerd: 2026-02-01
        ---
        ## Wat?

        Samen koken.
        -- input/praktijken/de-babbelberg.md --
        ---
        title: De Babbelberg
        summary: Praten in kleine groepen.
        gemeenten: [heist-op-den-berg]
        themas: [taal-en-communicatie]
        toegevoegd: 2025-06-01
        ---
        Tekst.
        """;

    /// <summary>The attachment the full record lists.</summary>
    public const string AttachmentPath = "input/bijlagen/verslag.pdf";
}
