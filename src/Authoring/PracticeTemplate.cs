using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Samenleven.Content;

namespace Samenleven.Authoring;

/// <summary>What a new practice starts with: its title, where it happens, its themes and the day it is added.</summary>
public sealed record NewPractice(string Title, ImmutableArray<string> Municipalities, ImmutableArray<string> Themes, DateOnly Added);

/// <summary>
/// The text of a new practice file: every key of <see cref="FrontMatterKeys.Practice"/> in that order, the optional ones
/// commented out with an example, and the usual section headings. Pure: the caller decides the date and writes the file.
/// </summary>
public static class PracticeTemplate
{
    /// <summary>The sections every practice is expected to have, in reading order.</summary>
    public static readonly ImmutableArray<(string Heading, string Hint)> Sections =
    [
        ("Wat?", "Wat houdt de praktijk in? Beschrijf ze zo concreet mogelijk."),
        ("Voor wie?", "Wie bereikt de praktijk, en hoe kwamen die mensen erbij?"),
        ("Aanpak", "Hoe is de praktijk opgezet: wie deed wat, met welke middelen en partners?"),
        ("Resultaten", "Wat leverde de praktijk op? Cijfers waar je ze hebt, en wat deelnemers en partners zeggen."),
        ("Evaluatie", "Is de praktijk geëvalueerd? Hoe, door wie, en wat bleek eruit? Voeg het verslag toe bij de bronnen."),
        ("Succesfactoren", "Wat maakte dat het werkte?"),
        ("Leerpunten", "Wat zou je een andere gemeente aanraden of afraden?"),
    ];

    /// <summary>
    /// The commented example of each optional key, as YAML lines without the leading <c># </c>. Every optional key of
    /// the reader must be here: <see cref="Render"/> throws for a key it does not know, so a new key cannot be forgotten.
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> OptionalExamples = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["doelgroepen"] = ["doelgroepen:  # slugs uit data/doelgroepen.yml", "  - nieuwkomers"],
        ["domein"] = ["domein:  # beleid, dienstverlening en/of interne-organisatie (data/domeinen.yml)", "  - dienstverlening"],
        ["plan_samenleven"] = ["plan_samenleven:  # doelstellingen of acties uit data/plan-samenleven.yml", "  - nederlands", "  - actie-5"],
        ["periode"] = ["periode:  # een jaar (2019) of jaar en maand (2019-09)", "  start: 2019-09", "  einde: 2022-06  # weglaten als de praktijk nog loopt"],
        ["status"] = ["status: lopend  # gepland, lopend of afgerond"],
        ["organisatie"] = ["organisatie: Dienst Samenleven"],
        ["partners"] = ["partners:", "  - naam: Huis van het Nederlands", "    url: https://www.voorbeeld.be  # optioneel"],
        ["financiering"] = ["financiering:", "  - naam: Stad en Vlaamse overheid", "    bedrag: 25000  # in euro, optioneel"],
        ["bereik"] = ["bereik: 120 deelnemers per jaar"],
        ["onderbouwing"] = ["onderbouwing: beschreven  # beschreven, onderbouwd, geevalueerd of effectief (zie /onderbouwing/)"],
        ["contact"] = ["contact:", "  naam: Onthaalbalie", "  email: samenleven@gemeente.be", "  telefoon: 050 00 00 00"],
        ["links"] = ["links:", "  - titel: Meer over de praktijk", "    url: https://www.gemeente.be/praktijk"],
        ["video"] = ["video: https://www.voorbeeld.be/video  # een link; er wordt geen speler ingesloten"],
        ["afbeelding"] = ["afbeelding:", "  src: /afbeeldingen/foto.jpg  # een bestand in input/afbeeldingen/", "  alt: Wat er op de foto te zien is"],
        ["bijlagen"] = ["bijlagen:  # bestanden in input/bijlagen/ (PDF, Word, OpenDocument, Excel)", "  - bestand: /bijlagen/verslag.pdf", "    titel: Evaluatieverslag"],
        ["bronnen"] = ["bronnen:  # waar de beschrijving vandaan komt", "  - titel: Beleidsnota van de gemeente", "    url: https://www.gemeente.be/beleidsnota  # optioneel", "    geraadpleegd: 2025-01-31"],
        ["gebaseerd_op"] = ["gebaseerd_op: andere-praktijk  # de bestandsnaam (zonder .md) van de praktijk waarop deze gebaseerd is"],
        ["bijgewerkt"] = ["bijgewerkt: 2025-01-31  # de datum van de laatste grote wijziging"],
        ["geverifieerd"] = ["geverifieerd: 2025-01-31  # de datum waarop de gegevens met de gemeente werden nagekeken"],
        ["aliases"] = ["aliases:  # oude adressen die naar deze pagina moeten leiden", "  - /oude/pagina/"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The placeholder summary: valid, so the file passes <c>check</c>, and plainly a request to rewrite it.</summary>
    public const string SummaryPlaceholder = "Vat de praktijk hier samen in één of twee zinnen (hoogstens 300 tekens).";

    public static string Render(NewPractice practice)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        foreach (var key in FrontMatterKeys.Practice)
        {
            switch (key)
            {
                case "title":
                    sb.Append("title: ").Append(Quote(practice.Title)).Append('\n');
                    break;
                case "summary":
                    sb.Append("summary: ").Append(Quote(SummaryPlaceholder)).Append('\n');
                    break;
                case "gemeenten":
                    List(sb, key, practice.Municipalities);
                    break;
                case "themas":
                    sb.Append("themas:  # één tot drie slugs uit data/themas.yml\n");
                    Items(sb, practice.Themes);
                    break;
                case "toegevoegd":
                    sb.Append("toegevoegd: ").Append(practice.Added.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
                    break;
                default:
                    if (!OptionalExamples.TryGetValue(key, out var lines))
                    {
                        throw new InvalidOperationException($"PracticeTemplate has no example for the key '{key}': add one to OptionalExamples.");
                    }

                    foreach (var line in lines)
                    {
                        sb.Append("# ").Append(line).Append('\n');
                    }

                    break;
            }
        }

        sb.Append("---\n");
        foreach (var (heading, hint) in Sections)
        {
            sb.Append("\n## ").Append(heading).Append("\n\n_").Append(hint).Append("_\n");
        }

        return sb.ToString();
    }

    private static void List(StringBuilder sb, string key, ImmutableArray<string> items)
    {
        sb.Append(key).Append(":\n");
        Items(sb, items);
    }

    private static void Items(StringBuilder sb, ImmutableArray<string> items)
    {
        foreach (var item in items)
        {
            sb.Append("  - ").Append(item).Append('\n');
        }
    }

    /// <summary>A YAML double-quoted scalar: safe for any title, including ones with ':' or '#'.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' or '\r' or '\t' => sb.Append(' '),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
