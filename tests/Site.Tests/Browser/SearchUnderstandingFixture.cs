namespace Samenleven.Tests.Browser;

/// <summary>
/// A small stated site for the search's Dutch understanding (compound parts, the thesaurus, typos, ranking), built with
/// its index and served. Its own fixture, so the other search tests keep their exact counts.
/// </summary>
public sealed class SearchUnderstandingFixture() : SearchedSiteFixture(Content)
{
    public const string Content = """
        -- data/synoniemen.yml --
        - termen: [discriminatie]
          zoektermen: [racisme]
        - termen: [woonwagenbewoners]
          zoektermen: [reizigers]
        - termen: [holebi's, transgenders]
          zoektermen: [lgbtq]
        - termen: [mensen met een migratieachtergrond]
          zoektermen: [migranten, allochtonen]
          verouderd: [allochtonen]
        -- input/praktijken/buurtwerk.md --
        ---
        title: Buurtwerk in de wijk
        summary: Een buurtwerker is er voor iedereen in de wijk.
        gemeenten: [gent]
        themas: [werk]
        toegevoegd: 2026-10-01
        ---
        ## Aanpak

        Het buurtwerk is een kruispunt voor kansarmoedebestrijding. Een expertisecentrum ondersteunt de buurtwerkers.
        -- input/praktijken/armoede-in-beeld.md --
        ---
        title: Armoede in beeld
        summary: Een tentoonstelling over leven met weinig geld.
        gemeenten: [leuven]
        themas: [werk]
        toegevoegd: 2026-10-02
        ---
        Bewoners vertellen hun verhaal in foto's.
        -- input/praktijken/meldpunt.md --
        ---
        title: Een meldpunt in de stad
        summary: Inwoners melden wat hen overkomt, de stad volgt het op.
        gemeenten: [kortrijk]
        themas: [onthaal-nieuwkomers]
        toegevoegd: 2026-10-03
        ---
        Wie discriminatie meemaakt op de woningmarkt of op het werk, kan het melden.
        -- input/praktijken/terrein.md --
        ---
        title: Een terrein voor iedereen
        summary: De gemeente richt een terrein in en overlegt met de bewoners.
        gemeenten: [gent]
        themas: [onthaal-nieuwkomers]
        toegevoegd: 2026-10-04
        ---
        Woonwagenbewoners en de buurt zitten samen aan tafel.
        -- input/praktijken/regenboog.md --
        ---
        title: Regenboogbeleid
        summary: De stad maakt werk van gelijke rechten.
        gemeenten: [leuven]
        themas: [onthaal-nieuwkomers]
        toegevoegd: 2026-10-05
        ---
        Een actieplan voor holebi's en transgenders, samen met hun verenigingen.
        -- input/praktijken/taalcafe.md --
        ---
        title: Taalcafé
        summary: Nederlands oefenen bij een koffie.
        gemeenten: [kortrijk]
        themas: [taal-en-communicatie]
        toegevoegd: 2026-10-06
        ---
        Elke week, in de bibliotheek.
        -- input/praktijken/vrijwilligers.md --
        ---
        title: Vrijwilligers gezocht
        summary: Een oproep aan wie wil helpen.
        gemeenten: [gent]
        themas: [taal-en-communicatie]
        toegevoegd: 2026-10-07
        ---
        Het taalcafé zoekt vrijwilligers. In het taalcafé praten mensen met een migratieachtergrond met buren. Het taalcafé
        is gratis, en het taalcafé heeft koffie.
        """;
}
