using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Samenleven.Content;

using Samenleven.Site;

namespace Samenleven.SiteFiles;

/// <summary>
/// Every practice as open data, under the licence of the content (CC BY 4.0): <c>/data/praktijken.json</c> with its JSON
/// Schema, and <c>/data/praktijken.csv</c> for spreadsheets. Keys are written in one fixed order and practices by slug, so
/// a change in the content gives a small, readable diff in the data.
/// </summary>
public static class OpenData
{
    /// <summary>The keys of one practice in <c>praktijken.json</c>, in their order; all are always present (null when unknown).</summary>
    public static readonly string[] PracticeKeys =
        ["slug", "url", "titel", "samenvatting", "gemeenten", "themas", "doelgroepen", "domeinen", "plan_samenleven", "periode", "jaar", "status",
         "organisatie", "partners", "financiering", "bereik", "onderbouwing", "contact", "links", "video", "afbeelding", "bijlagen", "bronnen",
         "gebaseerd_op", "toegevoegd", "bijgewerkt", "geverifieerd", "bron"];

    /// <summary>The columns of <c>praktijken.csv</c>; lists within a cell are joined with <see cref="ListSeparator"/>.</summary>
    public static readonly string[] CsvColumns =
        ["slug", "url", "titel", "samenvatting", "gemeenten", "nis_codes", "provincies", "themas", "doelgroepen", "domeinen", "plan_samenleven",
         "periode_start", "periode_einde", "jaar", "status", "organisatie", "partners", "financiering", "bereik", "onderbouwing", "contact_naam",
         "contact_email", "contact_telefoon", "links", "video", "bronnen", "gebaseerd_op", "toegevoegd", "bijgewerkt", "geverifieerd"];

    public const string ListSeparator = "; ";

    /// <summary>The three files, for the planner to publish.</summary>
    public static IEnumerable<SiteFile> Files(IEnumerable<Practice> practices, ReferenceData reference, SiteUrls urls)
    {
        var sorted = practices.OrderBy(p => p.Slug, StringComparer.Ordinal).ToArray();
        // Produced when written, after the pages: the big files never sit in memory beside the rendered site.
        yield return SiteFile.Streamed(Urls.OpenDataJson, output => WriteJson(output, sorted, reference, urls));
        yield return SiteFile.Text(Urls.OpenDataSchema, Schema(urls));
        yield return SiteFile.Text(Urls.OpenDataCsv, () => Csv(sorted, reference, urls));
        yield return SiteFile.Text(Urls.OpenDataCsvSemicolon, () => Csv(sorted, reference, urls, ';'));
    }

    /// <summary>Streams <c>praktijken.json</c> as UTF-8 from the practices: no document tree, no copy in memory.</summary>
    public static void WriteJson(Stream output, IReadOnlyList<Practice> practices, ReferenceData reference, SiteUrls urls)
    {
        var root = new JsonObject
        {
            ["$schema"] = urls.Absolute(Urls.OpenDataSchema),
            ["titel"] = $"{reference.Site.Title}: goede praktijken",
            ["beschrijving"] = reference.Site.Description,
            ["url"] = urls.Absolute(Urls.Home),
            ["licentie"] = ContentLicence.Name,
            ["licentie_url"] = ContentLicence.Url,
            // The newest change in the content, never the clock: the same content gives the same bytes.
            ["bijgewerkt"] = practices.Count > 0 ? Texts.Iso(practices.Max(p => p.LastChanged)) : null,
            ["aantal"] = practices.Count,
        };

        // Streamed one practice at a time: a document tree of 30,000 practices would cost hundreds of megabytes.
        using (var writer = new System.Text.Json.Utf8JsonWriter(output, SafeJson.IndentedWriter))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in root)
            {
                writer.WritePropertyName(key);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer);
                }
            }

            writer.WriteStartArray("praktijken");
            foreach (var p in practices)
            {
                PracticeJson(p, reference, urls).WriteTo(writer);

                // Hand each practice to the stream, so the writer's buffer stays small.
                writer.Flush();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static JsonObject PracticeJson(Practice p, ReferenceData reference, SiteUrls urls)
    {
        var municipalities = new JsonArray();
        foreach (var m in p.Municipalities)
        {
            var municipality = reference.MunicipalityBySlug[m.Slug];
            municipalities.Add(new JsonObject
            {
                ["slug"] = municipality.Slug,
                ["naam"] = municipality.Name,
                ["nis"] = municipality.NisCode,
                ["provincie"] = reference.ProvinceBySlug[municipality.ProvinceSlug].Name,
                ["voormalige_gemeente"] = m.FormerName,
                ["url"] = urls.Absolute(Urls.Municipality(municipality.Slug)),
            });
        }

        var json = new JsonObject
        {
            ["slug"] = p.Slug,
            ["url"] = urls.Absolute(Urls.Practice(p.Slug)),
            ["titel"] = p.Title,
            ["samenvatting"] = p.Summary,
            ["gemeenten"] = municipalities,
            ["themas"] = Terms(p.Themes, reference.ThemeBySlug, slug => urls.Absolute(Urls.Theme(slug))),
            ["doelgroepen"] = Terms(p.TargetGroups, reference.TargetGroupBySlug, slug => urls.Absolute(Urls.TargetGroup(slug))),
            ["domeinen"] = Terms(p.Domains, reference.DomainBySlug, slug => urls.Absolute(Urls.Domain(slug))),
            ["plan_samenleven"] = new JsonArray([.. p.PlanGoals.Select(g => new JsonObject
            {
                ["slug"] = g,
                ["nummer"] = reference.PlanGoalBySlug[g].Number,
                ["titel"] = reference.PlanGoalBySlug[g].Title,
                ["acties"] = new JsonArray([.. reference.PlanGoalBySlug[g].Actions.Where(a => p.PlanActions.Contains(a.Slug)).Select(a => new JsonObject { ["nummer"] = a.Number, ["titel"] = a.Title })]),
                ["url"] = urls.Absolute(Urls.PlanGoal(g)),
            })]),
            ["periode"] = p.Period is { } period ? new JsonObject { ["start"] = period.Start.ToString(), ["einde"] = period.End?.ToString() } : null,
            ["jaar"] = p.Period?.Start.Year,
            ["status"] = PracticeStatuses.Word(p.Status),
            ["organisatie"] = p.Organisation,
            ["partners"] = new JsonArray([.. p.Partners.Select(x => new JsonObject { ["naam"] = x.Name, ["url"] = x.Url })]),
            ["financiering"] = new JsonArray([.. p.Funding.Select(f => new JsonObject { ["naam"] = f.Name, ["bedrag_euro"] = f.Amount })]),
            ["bereik"] = p.Reach,
            ["onderbouwing"] = SupportLevels.Word(p.Support),
            ["contact"] = p.Contact is { } c ? new JsonObject { ["naam"] = c.Name, ["email"] = c.Email, ["telefoon"] = c.Phone } : null,
            ["links"] = new JsonArray([.. p.Links.Select(l => new JsonObject { ["titel"] = l.Title, ["url"] = l.Url.StartsWith('/') ? urls.Absolute(l.Url) : l.Url })]),
            ["video"] = p.Video,
            ["afbeelding"] = p.Image is { } i ? new JsonObject { ["url"] = urls.Absolute(i.Src), ["alt"] = i.Alt } : null,
            ["bijlagen"] = new JsonArray([.. p.Attachments.Select(a => new JsonObject { ["titel"] = a.Title, ["url"] = urls.Absolute(a.Path) })]),
            ["bronnen"] = new JsonArray([.. p.Sources.Select(b => new JsonObject { ["titel"] = b.Title, ["url"] = b.Url, ["geraadpleegd"] = b.Consulted is { } d ? Texts.Iso(d) : null })]),
            ["gebaseerd_op"] = p.BasedOn is { } basedOn ? urls.Absolute(Urls.Practice(basedOn.Slug)) : null,
            ["toegevoegd"] = Texts.Iso(p.Added),
            ["bijgewerkt"] = Texts.Iso(p.LastChanged),
            ["geverifieerd"] = p.Verified is { } v ? Texts.Iso(v) : null,
            ["bron"] = $"{reference.Site.Repository}/blob/{reference.Site.Branch}/{p.SourcePath}",
        };
        return json;
    }

    private static JsonArray Terms(IEnumerable<string> slugs, IReadOnlyDictionary<string, Term> terms, Func<string, string> url) =>
        new([.. slugs.Select(slug => new JsonObject { ["slug"] = slug, ["titel"] = terms[slug].Title, ["url"] = url(slug) })]);

    /// <summary>
    /// RFC 4180 with <paramref name="separator"/> between fields (a comma; a semicolon for the file Belgian Excel opens as
    /// columns), CRLF line ends, and every field quoted, so no separator or line break inside a field can start a new
    /// cell. Starts with a byte order mark, without which Excel reads UTF-8 as the machine's legacy code page (é becomes Ã©).
    /// </summary>
    public static string Csv(IReadOnlyList<Practice> practices, ReferenceData reference, SiteUrls urls, char separator = ',')
    {
        var sb = new StringBuilder("\uFEFF");
        Row(sb, CsvColumns, separator);
        foreach (var p in practices)
        {
            var municipalities = p.Municipalities.Select(m => reference.MunicipalityBySlug[m.Slug]).ToArray();
            Row(sb, separator,
            [
                p.Slug,
                urls.Absolute(Urls.Practice(p.Slug)),
                p.Title,
                p.Summary,
                string.Join(ListSeparator, municipalities.Select(m => m.Name)),
                string.Join(ListSeparator, municipalities.Select(m => m.NisCode)),
                string.Join(ListSeparator, municipalities.Select(m => reference.ProvinceBySlug[m.ProvinceSlug].Name).Distinct(StringComparer.Ordinal)),
                string.Join(ListSeparator, p.Themes.Select(t => reference.ThemeBySlug[t].Title)),
                string.Join(ListSeparator, p.TargetGroups.Select(t => reference.TargetGroupBySlug[t].Title)),
                string.Join(ListSeparator, p.Domains.Select(d => reference.DomainBySlug[d].Title)),
                string.Join(ListSeparator, p.PlanGoals.Select(g => reference.PlanGoalBySlug[g].Title)),
                p.Period?.Start.ToString() ?? "",
                p.Period?.End?.ToString() ?? "",
                p.Period?.Start.Year.ToString(CultureInfo.InvariantCulture) ?? "",
                PracticeStatuses.Word(p.Status) ?? "",
                p.Organisation ?? "",
                string.Join(ListSeparator, p.Partners.Select(x => x.Name)),
                string.Join(ListSeparator, p.Funding.Select(f => f.Amount is { } euro ? $"{f.Name} ({euro.ToString(CultureInfo.InvariantCulture)} euro)" : f.Name)),
                p.Reach ?? "",
                SupportLevels.Word(p.Support) ?? "",
                p.Contact?.Name ?? "",
                p.Contact?.Email ?? "",
                p.Contact?.Phone ?? "",
                string.Join(ListSeparator, p.Links.Select(l => l.Url.StartsWith('/') ? urls.Absolute(l.Url) : l.Url)),
                p.Video ?? "",
                string.Join(ListSeparator, p.Sources.Select(b => b.Title)),
                p.BasedOn?.Slug ?? "",
                Texts.Iso(p.Added),
                Texts.Iso(p.LastChanged),
                p.Verified is { } v ? Texts.Iso(v) : "",
            ]);
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string[] fields, char separator) => Row(sb, separator, fields);

    private static void Row(StringBuilder sb, char separator, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(separator);
            }

            sb.Append(CsvField(fields[i]));
        }

        sb.Append("\r\n");
    }

    /// <summary>
    /// One field, always quoted. Text that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
    /// carriage return, or their full-width forms) gets a leading apostrophe: the content is written by anyone, and a
    /// cell must never become a command.
    /// </summary>
    public static string CsvField(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The JSON Schema (draft 2020-12) of <c>praktijken.json</c>.</summary>
    public static string Schema(SiteUrls urls)
    {
        static JsonObject Text(string description, bool nullable = false, string? format = null)
        {
            var json = new JsonObject { ["type"] = nullable ? new JsonArray("string", "null") : "string", ["description"] = description };
            return json.AddIfPresent("format", format);
        }

        static JsonObject Object(string description, JsonObject properties, bool nullable = false) => new()
        {
            ["type"] = nullable ? new JsonArray("object", "null") : "object",
            ["description"] = description,
            ["required"] = new JsonArray([.. properties.Select(p => JsonValue.Create(p.Key))]),
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };

        static JsonObject ListOf(string description, JsonObject items) => new() { ["type"] = "array", ["description"] = description, ["items"] = items };

        JsonObject Term(string what) => Object(what, new JsonObject
        {
            ["slug"] = Text("Vaste sleutel."),
            ["titel"] = Text("Naam zoals op de site."),
            ["url"] = Text("Pagina met alle praktijken ervan.", format: "uri"),
        });

        var practice = Object("Eén goede praktijk.", new JsonObject
        {
            ["slug"] = Text("Vaste sleutel van de praktijk, ook het laatste deel van haar adres."),
            ["url"] = Text("Adres van de praktijk op de site.", format: "uri"),
            ["titel"] = Text("Titel."),
            ["samenvatting"] = Text("Samenvatting in een of twee zinnen."),
            ["gemeenten"] = ListOf("Gemeenten waar de praktijk loopt.", Object("Een gemeente (na de fusies van 2025).", new JsonObject
            {
                ["slug"] = Text("Vaste sleutel van de gemeente."),
                ["naam"] = Text("Naam van de gemeente."),
                ["nis"] = Text("NIS-code van de gemeente."),
                ["provincie"] = Text("Provincie."),
                ["voormalige_gemeente"] = Text("Naam van de voormalige gemeente die de bijdrager noemde, als die intussen gefusioneerd is.", nullable: true),
                ["url"] = Text("Pagina van de gemeente op de site.", format: "uri"),
            })),
            ["themas"] = ListOf("Thema's.", Term("Een thema.")),
            ["doelgroepen"] = ListOf("Doelgroepen.", Term("Een doelgroep.")),
            ["domeinen"] = ListOf("Domeinen van een inclusief lokaal bestuur: beleid, dienstverlening, interne organisatie.", Term("Een domein.")),
            ["plan_samenleven"] = ListOf("Doelstellingen van het Vlaamse Plan Samenleven waar de praktijk aan bijdraagt.", Object("Een doelstelling.", new JsonObject
            {
                ["slug"] = Text("Vaste sleutel van de doelstelling."),
                ["nummer"] = new JsonObject { ["type"] = "integer", ["description"] = "Nummer van de doelstelling (1 tot 7)." },
                ["titel"] = Text("Titel van de doelstelling."),
                ["acties"] = ListOf("Genummerde acties van het plan die de praktijk noemt.", Object("Een actie.", new JsonObject
                {
                    ["nummer"] = new JsonObject { ["type"] = "integer", ["description"] = "Nummer van de actie." },
                    ["titel"] = Text("Titel van de actie."),
                })),
                ["url"] = Text("Pagina van de doelstelling op de site.", format: "uri"),
            })),
            ["periode"] = Object("Wanneer de praktijk liep of loopt.", new JsonObject
            {
                ["start"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}(-[0-9]{2})?$", ["description"] = "Begin: jaar of jaar-maand." },
                ["einde"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["pattern"] = "^[0-9]{4}(-[0-9]{2})?$", ["description"] = "Einde: jaar of jaar-maand." },
            }, nullable: true),
            ["jaar"] = new JsonObject { ["type"] = new JsonArray("integer", "null"), ["description"] = "Startjaar (het jaar van periode.start)." },
            ["status"] = new JsonObject { ["enum"] = new JsonArray([.. PracticeStatuses.All.Select(s => JsonValue.Create(s.Word)), null]), ["description"] = "Loopt de praktijk nog?" },
            ["organisatie"] = Text("Organisatie achter de praktijk.", nullable: true),
            ["partners"] = ListOf("Organisaties waarmee werd samengewerkt.", Object("Een partner.", new JsonObject
            {
                ["naam"] = Text("Naam."),
                ["url"] = Text("Website.", nullable: true, format: "uri"),
            })),
            ["financiering"] = ListOf("Wie betaalde.", Object("Een financier.", new JsonObject
            {
                ["naam"] = Text("Naam."),
                ["bedrag_euro"] = new JsonObject { ["type"] = new JsonArray("number", "null"), ["description"] = "Bedrag in euro, als het bekend is." },
            })),
            ["bereik"] = Text("Wie of hoeveel mensen de praktijk bereikte, kort.", nullable: true),
            ["onderbouwing"] = new JsonObject { ["enum"] = new JsonArray([.. SupportLevels.All.Select(s => JsonValue.Create(s.Word)), null]), ["description"] = "Hoe goed de praktijk onderbouwd is (beschreven, onderbouwd, geëvalueerd, effectief)." },
            ["contact"] = Object("Contactpersoon.", new JsonObject
            {
                ["naam"] = Text("Naam of dienst.", nullable: true),
                ["email"] = Text("E-mailadres.", nullable: true),
                ["telefoon"] = Text("Telefoonnummer.", nullable: true),
            }, nullable: true),
            ["links"] = ListOf("Meer informatie elders.", Object("Een link.", new JsonObject
            {
                ["titel"] = Text("Tekst van de link."),
                ["url"] = Text("Adres.", format: "uri"),
            })),
            ["video"] = Text("Een video over de praktijk.", nullable: true, format: "uri"),
            ["afbeelding"] = Object("Afbeelding.", new JsonObject
            {
                ["url"] = Text("Adres van de afbeelding.", format: "uri"),
                ["alt"] = Text("Beschrijving van de afbeelding."),
            }, nullable: true),
            ["bijlagen"] = ListOf("Bestanden bij de praktijk.", Object("Een bijlage.", new JsonObject
            {
                ["titel"] = Text("Titel."),
                ["url"] = Text("Adres van het bestand.", format: "uri"),
            })),
            ["bronnen"] = ListOf("Waar de beschrijving vandaan komt.", Object("Een bron.", new JsonObject
            {
                ["titel"] = Text("Titel van de bron."),
                ["url"] = Text("Adres van de bron.", nullable: true, format: "uri"),
                ["geraadpleegd"] = Text("Datum waarop de bron werd geraadpleegd.", nullable: true, format: "date"),
            })),
            ["gebaseerd_op"] = Text("De praktijk waarop deze gebaseerd is.", nullable: true, format: "uri"),
            ["toegevoegd"] = Text("Datum waarop de praktijk werd toegevoegd.", format: "date"),
            ["bijgewerkt"] = Text("Datum van de laatste wijziging: 'bijgewerkt' als de bijdrager die geeft, anders de laatste commit van het bestand, anders 'toegevoegd'.", format: "date"),
            ["geverifieerd"] = Text("Datum waarop de gegevens laatst met de gemeente werden nagekeken.", nullable: true, format: "date"),
            ["bron"] = Text("Het Markdown-bestand van de praktijk in de repository.", format: "uri"),
        });

        var root = Object("Goede praktijken van Vlaamse steden en gemeenten over samenleven in diversiteit.", new JsonObject
        {
            ["$schema"] = Text("Adres van dit schema.", format: "uri"),
            ["titel"] = Text("Naam van de dataset."),
            ["beschrijving"] = Text("Beschrijving van de dataset."),
            ["url"] = Text("De site.", format: "uri"),
            ["licentie"] = new JsonObject { ["const"] = ContentLicence.Name, ["description"] = "Licentie van de inhoud." },
            ["licentie_url"] = Text("Tekst van de licentie.", format: "uri"),
            ["bijgewerkt"] = Text("Datum van de nieuwste wijziging in de praktijken.", nullable: true, format: "date"),
            ["aantal"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["description"] = "Aantal praktijken." },
            ["praktijken"] = ListOf("Alle praktijken, geordend op slug.", practice),
        });

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = urls.Absolute(Urls.OpenDataSchema),
            ["title"] = "praktijken.json",
        };
        foreach (var (key, value) in root)
        {
            schema[key] = value?.DeepClone();
        }

        return SafeJson.ToIndented(schema);
    }
}
