namespace Samenleven.Tests.Browser;

/// <summary>
/// A small site stated in full for the results page (SearchResultsTests): three practices with known dates and a
/// service filed under five themes (services have no limit of three), built with its search index and served.
/// </summary>
public sealed class SearchResultsSiteFixture() : SearchedSiteFixture(Content)
{
    public const string Content = """
        -- data/themas.yml --
        - slug: taal-en-communicatie
          title: Taal en communicatie
          description: Praktijken rond taal.
        - slug: onthaal-nieuwkomers
          title: Onthaal van nieuwkomers
          description: Praktijken rond onthaal.
        - slug: werk
          title: Werk
          description: Praktijken rond werk.
        - slug: onderwijs
          title: Onderwijs
          description: Praktijken rond onderwijs.
        - slug: participatie
          title: Participatie
          description: Praktijken rond participatie.
        -- input/praktijken/taalcafe-noord.md --
        ---
        title: Taalcafé Noord
        summary: Een plek om Nederlands te oefenen.
        gemeenten: [kortrijk]
        themas: [taal-en-communicatie, werk, participatie]
        toegevoegd: 2026-01-10
        ---
        Elke dinsdag praten buren over taal, werk en school.
        -- input/gemeenten/kortrijk/taalpunt.md --
        ---
        title: Taalpunt
        summary: Vragen over Nederlands leren? Kom langs voor een kop koffie.
        themas: [taal-en-communicatie, onthaal-nieuwkomers, werk, onderwijs, participatie]
        ---
        Het Taalpunt wijst de weg naar lessen en oefenkansen.
        -- input/praktijken/sportdag.md --
        ---
        title: Sportdag
        summary: Een dag sport en spel voor alle buurten.
        gemeenten: [gent]
        themas: [participatie]
        toegevoegd: 2026-02-01
        ---
        Teams uit elke wijk spelen samen.
        -- input/praktijken/buurtwerk-zuid.md --
        ---
        title: Buurtwerk Zuid
        summary: Buurtwerkers helpen nieuwe inwoners op weg.
        gemeenten: [leuven]
        themas: [onthaal-nieuwkomers]
        toegevoegd: 2026-03-01
        ---
        Een vast aanspreekpunt in de wijk.
        """;
}
