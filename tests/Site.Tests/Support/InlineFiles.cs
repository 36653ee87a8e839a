using System.Text;

namespace Samenleven.Tests.Support;

/// <summary>
/// The files of a small site stated inline, in the style of Hugo's integration tests: files separated by
/// <c>-- path --</c> lines. Reference data the test does not state comes from <see cref="Defaults"/>.
/// </summary>
internal static class InlineFiles
{
    /// <summary>Enough reference data for most tests: five municipalities (one a merger), three themes, two target groups.</summary>
    public const string Defaults = """
        -- data/site.yml --
        title: Testsite
        description: Een site om te testen.
        base_url: https://example.org/
        repository: https://github.com/voorbeeld/site
        -- data/provincies.yml --
        - slug: antwerpen
          naam: Antwerpen
          nis: "10000"
        - slug: vlaams-brabant
          naam: Vlaams-Brabant
          nis: "20001"
        - slug: west-vlaanderen
          naam: West-Vlaanderen
          nis: "30000"
        - slug: oost-vlaanderen
          naam: Oost-Vlaanderen
          nis: "40000"
        -- data/gemeenten.yml --
        gemeenten:
          - slug: leuven
            naam: Leuven
            nis: "24062"
            provincie: vlaams-brabant
          - slug: kortrijk
            naam: Kortrijk
            nis: "34022"
            provincie: west-vlaanderen
          - slug: heist-op-den-berg
            naam: Heist-op-den-Berg
            nis: "12014"
            provincie: antwerpen
          - slug: beveren-kruibeke-zwijndrecht
            naam: Beveren-Kruibeke-Zwijndrecht
            nis: "46030"
            provincie: oost-vlaanderen
          - slug: gent
            naam: Gent
            nis: "44021"
            provincie: oost-vlaanderen
        fusies:
          - slug: kruibeke
            naam: Kruibeke
            nis: "46013"
            opgegaan_in: beveren-kruibeke-zwijndrecht
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
        -- data/doelgroepen.yml --
        - slug: nieuwkomers
          title: Nieuwkomers
          description: Mensen die pas in Vlaanderen wonen.
        - slug: jongeren
          title: Jongeren
          description: Jonge mensen.
        -- data/domeinen.yml --
        - slug: beleid
          title: Beleid
          description: Diversiteit in het beleid.
        - slug: dienstverlening
          title: Dienstverlening
          description: Diversiteit in de dienstverlening.
        - slug: interne-organisatie
          title: Interne organisatie
          description: Diversiteit in de eigen organisatie.
        -- data/plan-samenleven.yml --
        bron:
          titel: Plan Samenleven
          url: https://www.vlaanderen.be/plan-samenleven/doelstellingen-en-acties
        doelstellingen:
          - slug: nederlands
            nummer: 2
            title: Nederlands
            description: Het versterken van het Nederlands.
            acties:
              - nummer: 5
                title: Oefenkansen Nederlands organiseren
          - slug: een-gemeenschap
            nummer: 7
            title: Eén gemeenschap
            description: Het versterken van diversiteit op school en in de vrije tijd.
        -- input/over.md --
        ---
        title: Over deze databank
        summary: Wat deze site is.
        ---
        ## Open data

        Alles is open.
        -- input/bijdragen.md --
        ---
        title: Bijdragen
        summary: Zo stel je een praktijk voor.
        ---
        Via een pull request.
        -- input/onderbouwing.md --
        ---
        title: Hoe sterk is een praktijk onderbouwd?
        summary: De vier stappen.
        ---
        Beschreven, onderbouwd, geëvalueerd, effectief.
        -- input/toegankelijkheid.md --
        ---
        title: Toegankelijkheid
        summary: Onze toegankelijkheidsverklaring.
        geevalueerd: 2026-11-01
        ---
        WCAG 2.1 AA.
        -- input/privacy.md --
        ---
        title: Privacy
        summary: Wat we met je gegevens doen.
        ---
        Geen cookies.
        """;

    /// <summary>The stated files, and the defaults they do not override.</summary>
    public static Dictionary<string, string> With(string files, bool withDefaults)
    {
        var stated = Parse(files);
        if (!withDefaults)
        {
            return stated;
        }

        var all = Parse(Defaults);
        foreach (var (path, content) in stated)
        {
            all[path] = content;
        }

        return all;
    }

    public static Dictionary<string, string> Parse(string files)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? path = null;
        var content = new StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    result[path] = content.ToString();
                }

                path = line[3..^3];
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            result[path] = content.ToString();
        }

        return result;
    }

    /// <summary>The theme's assets of this repository, by project path: every test site is styled like the real one.</summary>
    public static IReadOnlyDictionary<string, byte[]> ThemeAssets { get; } = ReadThemeAssets();

    private static Dictionary<string, byte[]> ReadThemeAssets()
    {
        var source = Path.Combine(Repository.Root, "themes", "default", "assets");
        return Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .ToDictionary(f => "themes/default/assets/" + Path.GetRelativePath(source, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }
}

/// <summary>What a CLI command (or the same steps in memory) returned and printed.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Errors);

/// <summary>The repository this test assembly was built from (found by walking up to <c>site.csproj</c>).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "site.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("site.csproj not found above " + AppContext.BaseDirectory);
    }
}
