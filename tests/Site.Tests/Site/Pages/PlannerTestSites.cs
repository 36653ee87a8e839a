namespace Samenleven.Tests.Site.Pages;

/// <summary>Small sites the planner tests share.</summary>
internal static class PlannerTestSites
{
    /// <summary>A practice in Kortrijk and a former municipality, and a service page in Kortrijk.</summary>
    public const string TwoPracticesAndAService = """
        -- input/praktijken/de-babbelberg.md --
        ---
        title: De Babbelberg
        summary: Nieuwkomers oefenen Nederlands met vrijwilligers.
        gemeenten: [kortrijk]
        themas: [taal-en-communicatie, onthaal-nieuwkomers]
        doelgroepen: [nieuwkomers]
        periode:
          start: 2018
        status: lopend
        contact:
          naam: Onthaalbalie
          email: diversiteit@example.org
          telefoon: 056 00 00 00
        toegevoegd: 2026-10-01
        ---
        ## Wat?

        Wekelijks praten in kleine groepen.
        -- input/praktijken/buurtpraat.md --
        ---
        title: Buurtpraat
        summary: Buren leren elkaar kennen.
        gemeenten: [kortrijk, kruibeke]
        themas: [taal-en-communicatie]
        toegevoegd: 2026-11-05
        ---
        Een gesprek per maand.
        -- input/gemeenten/kortrijk/dienst-diversiteit.md --
        ---
        title: Dienst Diversiteit
        summary: Het aanspreekpunt voor diversiteit in Kortrijk.
        telefoon: 056 27 00 00
        openingsuren:
          - dagen: [ma, wo]
            uren: ["13:30-16:00", "09:00-12:00"]
        themas: [onthaal-nieuwkomers]
        ---
        ## Taken
        """;
}
