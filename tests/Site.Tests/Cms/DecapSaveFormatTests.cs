using Samenleven.Tests.Support;

namespace Samenleven.Tests.Cms;

/// <summary>
/// What Decap CMS writes must pass <c>check</c> unchanged (../shared/BROWSER-TESTING.md): emptied lists as null, cleared
/// text as "", folded and <c>&gt;-</c> strings, unquoted dates, empty groups of keys, LF endings, keys in config order.
/// </summary>
public sealed class DecapSaveFormatTests
{
    [Fact]
    public async Task A_practice_as_Decap_saves_it_passes_check()
    {
        using var site = TestSite.Create("""
            -- input/praktijken/samen-aan-tafel.md --
            ---
            title: Samen aan tafel in de Brugse Poort met buren uit alle windstreken en hun
              kinderen
            summary: >-
              Een wekelijkse maaltijd waar nieuwkomers en buren samen koken en eten, met
              kinderopvang en een tolk voor wie dat nodig heeft.
            gemeenten:
              - gent
              - kruibeke
            themas:
              - onthaal-nieuwkomers
            doelgroepen: null
            domein: null
            plan_samenleven: null
            periode:
              start: ""
              einde: ""
            status: ""
            organisatie: ""
            partners: null
            financiering: []
            bereik: ""
            onderbouwing: ""
            contact:
              naam: ""
              email: ""
              telefoon: ""
            links: null
            video: ""
            afbeelding:
              src: ""
              alt: ""
            bijlagen: null
            bronnen: []
            gebaseerd_op: ""
            toegevoegd: 2025-03-14
            bijgewerkt: ""
            geverifieerd: ""
            aliases: null
            ---
            ## Wat?

            Samen koken.
            """);

        var run = await site.CheckAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal("", run.Errors);
    }

    [Fact]
    public async Task A_service_page_as_Decap_saves_it_passes_check()
    {
        using var site = TestSite.Create("""
            -- input/gemeenten/leuven/integratiedienst.md --
            ---
            title: Integratiedienst
            summary: ""
            adres:
              straat: Professor Van Overstraetenplein 1
              postcode: "3000"
              plaats: Leuven
            telefoon: ""
            email: integratie@example.org
            website: ""
            openingsuren:
              - dagen:
                  - ma
                  - di
                uren:
                  - 09:00-12:00
                  - 13:00-16:00
            telefonisch: null
            opmerking: ""
            themas: null
            ---
            Tekst.
            """);

        var run = await site.CheckAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
    }

    [Fact]
    public async Task Check_still_rejects_what_the_CMS_cannot_prevent_a_half_filled_image()
    {
        using var site = TestSite.Create("""
            -- input/praktijken/half.md --
            ---
            title: Half
            summary: Een afbeelding zonder beschrijving.
            gemeenten:
              - gent
            themas:
              - werk
            afbeelding:
              src: /afbeeldingen/foto.jpg
              alt: ""
            toegevoegd: 2025-03-14
            ---
            Tekst.
            """);

        var run = await site.CheckAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'alt' is required", run.Errors, StringComparison.Ordinal);
    }
}
