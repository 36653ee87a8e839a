using System.Text.RegularExpressions;
using Samenleven.Deploy;

namespace Samenleven.Tests.Support;

/// <summary>A small site with everything deployment touches: an alias, a former municipality, an image, a service with hours, links in bodies.</summary>
internal static partial class DeploySite
{
    public const string Files = """
        -- input/praktijken/de-babbelberg.md --
        ---
        title: De Babbelberg
        summary: Nieuwkomers oefenen Nederlands met vrijwilligers, elke week.
        gemeenten: [kortrijk]
        themas: [taal-en-communicatie, onthaal-nieuwkomers]
        doelgroepen: [nieuwkomers]
        periode:
          start: 2018
        status: lopend
        organisatie: Dienst Diversiteit
        contact:
          naam: Onthaalbalie
          email: diversiteit@example.org
          telefoon: 056 00 00 00
        links:
          - titel: Meer over de Babbelberg
            url: https://www.example.org/babbelberg
        afbeelding:
          src: /afbeeldingen/babbelberg.png
          alt: Twee mensen aan een tafel in gesprek
        toegevoegd: 2026-10-01
        bijgewerkt: 2026-11-20
        aliases: [/praktijken/babbeltafel/]
        ---
        ## Wat?

        Wekelijks praten in kleine groepen. Zie ook [de buurtpraat](/praktijken/buurtpraat/) en [de open data](/over/#open-data).
        -- input/praktijken/buurtpraat.md --
        ---
        title: Buurtpraat
        summary: Buren leren elkaar kennen in hun eigen taal en in het Nederlands.
        gemeenten: [kortrijk, kruibeke]
        themas: [taal-en-communicatie]
        toegevoegd: 2026-11-05
        ---
        Een gesprek per maand, [meer over ons](/over/).
        -- input/afbeeldingen/babbelberg.png --
        not really a PNG, but a file the site must publish
        -- input/gemeenten/kortrijk/dienst-diversiteit.md --
        ---
        title: Dienst Diversiteit
        summary: Het aanspreekpunt voor diversiteit in Kortrijk.
        adres:
          straat: Grote Markt 54
          postcode: "8500"
          plaats: Kortrijk
        telefoon: 056 27 00 00
        email: diversiteit@example.org
        website: https://www.example.org/kortrijk
        openingsuren:
          - dagen: [ma, wo]
            uren: ["09:00-12:00", "13:30-16:00"]
          - dagen: [vr]
            uren: ["09:00-12:00"]
        telefonisch:
          - dagen: [ma, di, wo, do, vr]
            uren: ["08:30-12:30"]
        themas: [onthaal-nieuwkomers]
        ---
        ## Taken

        - Onthaal
        -- input/over.md --
        ---
        title: Over deze databank
        summary: Wat deze site is.
        ---
        ## Open data

        Alle praktijken als [JSON](/data/praktijken.json) (met een [schema](/data/praktijken.schema.json)) en als
        [CSV](/data/praktijken.csv), onder CC BY 4.0.
        """;

    /// <summary>Reads a <c>_headers</c> file back into rules.</summary>
    public static IReadOnlyList<HeaderRule> ParseHeaders(string text)
    {
        var rules = new List<(string Path, List<HttpHeader> Headers)>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("  ", StringComparison.Ordinal))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                Assert.True(colon > 0, $"a header line needs 'Name: value': «{line}»");
                rules[^1].Headers.Add(new HttpHeader(line[2..colon], line[(colon + 1)..].Trim()));
            }
            else
            {
                Assert.StartsWith("/", line);
                rules.Add((line, []));
            }
        }

        return [.. rules.Select(r => new HeaderRule(r.Path, [.. r.Headers]))];
    }

    /// <summary>Reads a <c>_redirects</c> file back into redirects.</summary>
    public static IReadOnlyList<HostRedirect> ParseRedirects(string text) =>
        [.. text.Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => RedirectLine().Match(line))
            .Select(m =>
            {
                Assert.True(m.Success, "a redirect line is 'from to status'");
                return new HostRedirect(m.Groups["from"].Value, m.Groups["to"].Value, int.Parse(m.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["force"].Success);
            })];

    [GeneratedRegex("^(?<from>/\\S*) (?<to>\\S+) (?<status>30[12])(?<force>!)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RedirectLine();
}
