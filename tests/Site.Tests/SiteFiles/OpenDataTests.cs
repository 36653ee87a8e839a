using System.Text;
using System.Text.Json;
using Samenleven.SiteFiles;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.SiteFiles;

/// <summary>/data/praktijken.json (with its schema) and /data/praktijken.csv: every practice, once, for reuse.</summary>
public sealed class OpenDataTests
{
    [Fact]
    public async Task The_json_holds_every_practice_once_with_its_metadata_and_url_in_a_fixed_key_order()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        using var json = JsonDocument.Parse(site.Page("data/praktijken.json"));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("aantal").GetInt32());
        Assert.Equal("CC BY 4.0", root.GetProperty("licentie").GetString());
        var practices = root.GetProperty("praktijken").EnumerateArray().ToArray();
        Assert.Equal(["buurtpraat", "de-babbelberg"], practices.Select(p => p.GetProperty("slug").GetString()));
        Assert.All(practices, p => Assert.Equal(OpenData.PracticeKeys, p.EnumerateObject().Select(k => k.Name)));

        var babbelberg = practices[1];
        Assert.Equal("https://example.org/praktijken/de-babbelberg/", babbelberg.GetProperty("url").GetString());
        Assert.Equal("De Babbelberg", babbelberg.GetProperty("titel").GetString());
        Assert.Equal(2018, babbelberg.GetProperty("jaar").GetInt32());
        Assert.Equal("lopend", babbelberg.GetProperty("status").GetString());
        Assert.Equal("34022", babbelberg.GetProperty("gemeenten")[0].GetProperty("nis").GetString());
        Assert.Equal(["taal-en-communicatie", "onthaal-nieuwkomers"], babbelberg.GetProperty("themas").EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
        Assert.Equal("https://example.org/afbeeldingen/babbelberg.png", babbelberg.GetProperty("afbeelding").GetProperty("url").GetString());
        Assert.Equal("2026-11-20", babbelberg.GetProperty("bijgewerkt").GetString());
        Assert.Equal("https://github.com/voorbeeld/site/blob/main/input/praktijken/de-babbelberg.md", babbelberg.GetProperty("bron").GetString());

        var buurtpraat = practices[0];
        Assert.Equal(JsonValueKind.Null, buurtpraat.GetProperty("jaar").ValueKind);
        Assert.Equal(JsonValueKind.Null, buurtpraat.GetProperty("contact").ValueKind);
        Assert.Equal("Kruibeke", buurtpraat.GetProperty("gemeenten")[1].GetProperty("voormalige_gemeente").GetString());
    }

    [Fact]
    public async Task The_json_is_valid_against_its_schema_and_the_schema_rejects_a_practice_without_a_url()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        using var schema = JsonDocument.Parse(site.Page("data/praktijken.schema.json"));
        using var data = JsonDocument.Parse(site.Page("data/praktijken.json"));
        Assert.Equal("https://example.org/data/praktijken.schema.json", schema.RootElement.GetProperty("$id").GetString());
        Assert.Equal(schema.RootElement.GetProperty("$id").GetString(), data.RootElement.GetProperty("$schema").GetString());
        Assert.Empty(SchemaValidator.Validate(schema.RootElement, data.RootElement));

        var practiceSchema = schema.RootElement.GetProperty("properties").GetProperty("praktijken").GetProperty("items");
        Assert.Equal(OpenData.PracticeKeys, practiceSchema.GetProperty("required").EnumerateArray().Select(k => k.GetString()));
        using var broken = JsonDocument.Parse(site.Page("data/praktijken.json").Replace("\"url\": \"https://example.org/praktijken/buurtpraat/\",", "", StringComparison.Ordinal));
        Assert.Contains("$.praktijken[0]: misses the required key 'url'", SchemaValidator.Validate(schema.RootElement, broken.RootElement));
    }

    [Fact]
    public async Task The_csv_has_a_bom_a_header_and_one_row_per_practice_with_lists_joined_by_semicolons()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        var bytes = site.Bytes("data/praktijken.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false).GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var rows = ParseCsv(text);
        // The header is a contract with people's spreadsheets: stated here, not read back from the generator.
        Assert.Equal(
            ["slug", "url", "titel", "samenvatting", "gemeenten", "nis_codes", "provincies", "themas", "doelgroepen", "domeinen", "plan_samenleven",
             "periode_start", "periode_einde", "jaar", "status", "organisatie", "partners", "financiering", "bereik", "onderbouwing", "contact_naam",
             "contact_email", "contact_telefoon", "links", "video", "bronnen", "gebaseerd_op", "toegevoegd", "bijgewerkt", "geverifieerd"],
            rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(OpenData.CsvColumns.Length, r.Length));
        var buurtpraat = Row(rows, "buurtpraat");
        Assert.Equal("Kortrijk; Beveren-Kruibeke-Zwijndrecht", buurtpraat["gemeenten"]);
        Assert.Equal("34022; 46030", buurtpraat["nis_codes"]);
        Assert.Equal("West-Vlaanderen; Oost-Vlaanderen", buurtpraat["provincies"]);
        var babbelberg = Row(rows, "de-babbelberg");
        Assert.Equal("Taal en communicatie; Onthaal van nieuwkomers", babbelberg["themas"]);
        Assert.Equal("Nieuwkomers oefenen Nederlands met vrijwilligers, elke week.", babbelberg["samenvatting"]); // Quoted: it has a comma.
        Assert.Equal("https://example.org/praktijken/de-babbelberg/", babbelberg["url"]);
        Assert.Equal("2026-11-20", babbelberg["bijgewerkt"]);
    }

    [Fact]
    public async Task Every_key_fact_of_a_full_record_reaches_the_json_and_the_csv_and_the_json_stays_valid()
    {
        using var site = TestSite.Create(FullRecordSite.Files);
        site.Write(FullRecordSite.AttachmentPath, new byte[1000]);

        await site.BuildAsync();

        using var json = JsonDocument.Parse(site.Page("data/praktijken.json"));
        using var schema = JsonDocument.Parse(site.Page("data/praktijken.schema.json"));
        Assert.Empty(SchemaValidator.Validate(schema.RootElement, json.RootElement));
        var full = json.RootElement.GetProperty("praktijken").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "volledig");
        Assert.Equal(["dienstverlening", "beleid"], full.GetProperty("domeinen").EnumerateArray().Select(d => d.GetProperty("slug").GetString()));
        var goals = full.GetProperty("plan_samenleven").EnumerateArray().ToArray();
        Assert.Equal(["nederlands", "een-gemeenschap"], goals.Select(g => g.GetProperty("slug").GetString()));
        Assert.Equal(5, goals[0].GetProperty("acties")[0].GetProperty("nummer").GetInt32());
        Assert.Equal("2019-09", full.GetProperty("periode").GetProperty("start").GetString());
        Assert.Equal("2022-06", full.GetProperty("periode").GetProperty("einde").GetString());
        Assert.Equal(2019, full.GetProperty("jaar").GetInt32());
        Assert.Equal("https://example.org/huis", full.GetProperty("partners")[0].GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, full.GetProperty("partners")[1].GetProperty("url").ValueKind);
        Assert.Equal(1250.5m, full.GetProperty("financiering")[1].GetProperty("bedrag_euro").GetDecimal());
        Assert.Equal("120 deelnemers per jaar", full.GetProperty("bereik").GetString());
        Assert.Equal("geevalueerd", full.GetProperty("onderbouwing").GetString());
        Assert.Equal("https://example.org/video", full.GetProperty("video").GetString());
        Assert.Equal("https://example.org/bijlagen/verslag.pdf", full.GetProperty("bijlagen")[0].GetProperty("url").GetString());
        Assert.Equal("2026-03-14", full.GetProperty("bronnen")[0].GetProperty("geraadpleegd").GetString());
        Assert.Equal(JsonValueKind.Null, full.GetProperty("bronnen")[1].GetProperty("url").ValueKind);
        Assert.Equal("https://example.org/praktijken/de-babbelberg/", full.GetProperty("gebaseerd_op").GetString());
        Assert.Equal("2026-02-01", full.GetProperty("geverifieerd").GetString());

        var minimal = json.RootElement.GetProperty("praktijken").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "de-babbelberg");
        Assert.Equal(JsonValueKind.Null, minimal.GetProperty("periode").ValueKind);
        Assert.Equal(0, minimal.GetProperty("bronnen").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, minimal.GetProperty("onderbouwing").ValueKind);

        var row = Row(ParseCsv(site.Page("data/praktijken.csv").TrimStart('\uFEFF')), "volledig");
        Assert.Equal("Dienstverlening; Beleid", row["domeinen"]);
        Assert.Equal(("2019-09", "2022-06", "2019"), (row["periode_start"], row["periode_einde"], row["jaar"]));
        Assert.Equal("Huis van het Nederlands; Buurtwerk", row["partners"]);
        Assert.Equal("Vlaamse overheid (25000 euro); Stad Kortrijk (1250.5 euro)", row["financiering"]);
        Assert.Equal("Evaluatie 2022; Bestuursnota Stad Kortrijk", row["bronnen"]);
        Assert.Equal(("geevalueerd", "de-babbelberg", "2026-02-01"), (row["onderbouwing"], row["gebaseerd_op"], row["geverifieerd"]));
    }

    [Theory]
    [InlineData("gewoon", "\"gewoon\"")]
    [InlineData("met, komma", "\"met, komma\"")]
    [InlineData("met; puntkomma;=1+1", "\"met; puntkomma;=1+1\"")]
    [InlineData("met \"aanhalingstekens\"", "\"met \"\"aanhalingstekens\"\"\"")]
    [InlineData("twee\nregels", "\"twee\nregels\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+32 16 00 00 00", "\"'+32 16 00 00 00\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\uFF1D1+1", "\"'\uFF1D1+1\"")]
    [InlineData("", "\"\"")]
    public void A_csv_field_is_always_quoted_and_never_starts_a_formula(string value, string expected)
    {
        Assert.Equal(expected, OpenData.CsvField(value));
    }

    [Fact]
    public async Task A_site_without_practices_still_publishes_valid_empty_data()
    {
        using var site = TestSite.Create("");

        await site.BuildAsync();

        using var data = JsonDocument.Parse(site.Page("data/praktijken.json"));
        using var schema = JsonDocument.Parse(site.Page("data/praktijken.schema.json"));
        Assert.Equal(0, data.RootElement.GetProperty("aantal").GetInt32());
        Assert.Empty(SchemaValidator.Validate(schema.RootElement, data.RootElement));
        Assert.Single(ParseCsv(site.Page("data/praktijken.csv").TrimStart('\uFEFF')));
    }

    /// <summary>An RFC 4180 reader: <paramref name="separator"/> between fields, CRLF rows, quoted fields with doubled quotes and line breaks.</summary>
    internal static List<string[]> ParseCsv(string text, char separator = ',')
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                Assert.True(c is not ('"' or '\r' or '\n'), $"a bare {(int)c} outside quotes at {i}");
                field.Append(c);
            }
        }

        Assert.True(row.Count == 0 && field.Length == 0 && !quoted, "the last row ends with CRLF");
        return rows;
    }

    private static Dictionary<string, string> Row(List<string[]> rows, string slug) =>
        rows[0].Zip(rows.Single(r => r[0] == slug)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
}
