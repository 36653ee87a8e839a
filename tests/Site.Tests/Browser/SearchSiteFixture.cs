using Samenleven.Content;
using Samenleven.Search;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Browser;

/// <summary>
/// A small site stated in full, built with its search index and served: the search tests know every word and every
/// count in it, whatever the real content says. It borrows the repository's node_modules (installed once if missing).
/// </summary>
public sealed class SearchSiteFixture() : SearchedSiteFixture(Content)
{
    public const string Content = """
        -- input/praktijken/de-babbelberg.md --
        ---
        title: De Babbelberg
        summary: Nieuwkomers oefenen Nederlands met een vrijwilliger uit de buurt.
        gemeenten: [kortrijk]
        themas: [taal-en-communicatie, onthaal-nieuwkomers]
        doelgroepen: [nieuwkomers]
        periode:
          start: 2018
        status: lopend
        toegevoegd: 2026-10-01
        ---
        Wekelijks praten in kleine groepen over het dagelijkse leven.
        -- input/praktijken/buurtpraat.md --
        ---
        title: Buurtpraat
        summary: Buren leren elkaar kennen in hun eigen taal en in het Nederlands.
        gemeenten: [leuven]
        themas: [taal-en-communicatie]
        periode:
          start: 2022
        status: afgerond
        toegevoegd: 2026-11-05
        ---
        Een gesprek per maand in het buurthuis.
        -- input/praktijken/budget-voor-verenigingen.md --
        ---
        title: Budget voor verenigingen
        summary: De stad steunt verenigingen die mensen van overal onthalen.
        gemeenten: [gent]
        themas: [onthaal-nieuwkomers, werk]
        doelgroepen: [jongeren]
        periode:
          start: 2020
        toegevoegd: 2026-09-15
        ---
        Over de financiën: elke vereniging krijgt vijfhonderd euro. Ook een buurtpraat kan zo een budget krijgen.
        -- input/gemeenten/kortrijk/dienst-diversiteit.md --
        ---
        title: Dienst Diversiteit
        summary: Het aanspreekpunt voor diversiteit en taal in Kortrijk.
        themas: [onthaal-nieuwkomers]
        ---
        Onthaal van nieuwe inwoners.
        """;

    /// <summary>Installs Pagefind into the repository the way a build does, when a fresh clone has none yet.</summary>
    internal static async Task EnsurePagefindAsync()
    {
        var diagnostics = new DiagnosticBag();
        if (!await new PagefindIndexer(Repository.Root, Samenleven.Tools.SystemProcessRunner.Instance).EnsureInstalledAsync(diagnostics, default))
        {
            throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
        }
    }
}
