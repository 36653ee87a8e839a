using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Site;
using Samenleven.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Cms;

/// <summary>
/// Generates Decap CMS's <c>admin/config.yml</c> from the content model: one field per key the readers accept, with the
/// readers' required keys, limits and the choices of <c>data/</c> (municipalities, themes, target groups). The CMS is a
/// convenience, not a gate: whatever it saves still goes through <c>check</c> in the pull request.
/// </summary>
public static class CmsConfig
{
    public const string PracticesCollection = "praktijken";
    public const string ServicesCollection = "diensten";
    public const string PagesCollection = "paginas";

    /// <summary>The text of <c>admin/config.yml</c>.</summary>
    public static string Generate(ReferenceData reference, string siteUrl)
    {
        var root = Map(
            ("backend", Map(
                ("name", S("github")),
                ("repo", S(RepositoryName(reference.Site.Repository))),
                ("branch", S(reference.Site.Branch)),
                // Contributors without write access work in their own fork; their changes arrive as pull requests.
                ("open_authoring", B(true)),
                ("squash_merges", B(true)),
                ("commit_messages", Map(
                    ("create", S("Nieuw: {{collection}} '{{slug}}'")),
                    ("update", S("Bijgewerkt: {{collection}} '{{slug}}'")),
                    ("delete", S("Verwijderd: {{collection}} '{{slug}}'")),
                    ("uploadMedia", S("Afbeelding toegevoegd: {{path}}")),
                    ("deleteMedia", S("Afbeelding verwijderd: {{path}}")),
                    ("openAuthoring", S("{{message}}")))))),
            // Every change becomes a pull request: drafts are reviewed and pass `check` before they are merged.
            ("publish_mode", S("editorial_workflow")),
            // On a laptop: `npx decap-server` in the project folder writes straight into input/ (see CONTRIBUTING.md).
            ("local_backend", B(true)),
            ("locale", S(reference.Site.Language.Primary)),
            ("site_url", S(siteUrl)),
            ("display_url", S(siteUrl)),
            // Relative to /admin/, so the logo loads on any base URL and in deploy previews, not from the production site.
            ("logo_url", S("../favicon.svg")),
            // Where StaticFileRules accepts images, and the site path they are published under.
            ("media_folder", S(StaticFileRules.ImageFolder.TrimEnd('/'))),
            ("public_folder", S("/" + StaticFileRules.ImageFolder["input/".Length..].TrimEnd('/'))),
            ("slug", Map(("encoding", S("ascii")), ("clean_accents", B(true)), ("sanitize_replacement", S("-")))),
            ("collections", Seq(Practices(reference), Services(reference), Pages())));
        return Save(root);
    }

    /// <summary>The configuration with <c>local_backend</c> pointing at a decap-server on another address (preview, tests).</summary>
    public static string WithLocalBackend(string configYaml, string decapServerUrl)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(configYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        root.Children[new YamlScalarNode("local_backend")] = Map(("url", S(decapServerUrl)));
        return Save(root);
    }

    /// <summary><c>owner/name</c> from <c>https://github.com/owner/name</c>.</summary>
    public static string RepositoryName(string repositoryUrl)
    {
        var path = new Uri(repositoryUrl).AbsolutePath.Trim('/');
        return path.EndsWith(".git", StringComparison.Ordinal) ? path[..^4] : path;
    }

    private static YamlMappingNode Practices(ReferenceData reference) => Collection(
        PracticesCollection, "Praktijken", "Praktijk", "input/praktijken",
        "Goede praktijken van steden en gemeenten. De bestandsnaam volgt uit de titel.",
        FrontMatterKeys.Practice,
        key => key switch
        {
            "title" => Field(key, "Titel", "string", required: true, ("hint", S("De naam van de praktijk, zoals de gemeente ze noemt (hoogstens 200 tekens).")), Pattern(200)),
            "summary" => Field(key, "Samenvatting", "text", required: true,
                ("hint", S($"Eén of twee zinnen: wat doet de praktijk en voor wie? Hoogstens {ContentLimits.SummaryMaxLength} tekens.")), Pattern(ContentLimits.SummaryMaxLength)),
            "gemeenten" => Select(key, "Gemeenten", required: true, multiple: true, MunicipalityOptions(reference),
                ("hint", S("De gemeente(n) waar de praktijk loopt. Een gemeente van vóór de fusies van 2025? Kies de fusiegemeente.")), ("min", I(1))),
            "themas" => Select(key, "Thema's", required: true, multiple: true, TermOptions(reference.Themes),
                ("hint", S($"Eén tot {ContentLimits.MaxThemes} thema's.")), ("min", I(1)), ("max", I(ContentLimits.MaxThemes))),
            "doelgroepen" => Select(key, "Doelgroepen", required: false, multiple: true, TermOptions(reference.TargetGroups)),
            "domein" => Select(key, "Domein", required: false, multiple: true, TermOptions(reference.Domains),
                ("hint", S("Waar werkt de praktijk aan: het beleid, de dienstverlening of de eigen organisatie van het bestuur?"))),
            "plan_samenleven" => Select(key, "Plan Samenleven", required: false, multiple: true, PlanOptions(reference),
                ("hint", S("De doelstellingen van het Vlaamse Plan Samenleven waar de praktijk aan bijdraagt, of een genummerde actie ervan."))),
            "periode" => Field(key, "Periode", "object", required: false, ("collapsed", B(true)),
                ("hint", S("Wanneer liep of loopt de praktijk? Een jaar (2019) of jaar en maand (2019-09).")), ("fields", Seq(
                Field("start", "Begin", "string", required: false, YearMonthPattern()),
                Field("einde", "Einde (leeg als ze nog loopt)", "string", required: false, YearMonthPattern())))),
            "status" => Select(key, "Status", required: false, multiple: false, Seq([.. PracticeStatuses.All.Select(s => Option(Texts.Status(s.Status), s.Word))])),
            "organisatie" => Field(key, "Organisatie", "string", required: false, ("hint", S("Wie de praktijk trekt, bijvoorbeeld 'Dienst Samenleven'.")), Pattern(200)),
            "partners" => Field(key, "Partners", "list", required: false, ("label_singular", S("partner")), ("summary", S("{{fields.naam}}")), ("fields", Seq(
                Field("naam", "Naam", "string", required: true),
                Field("url", "Website (https://…)", "string", required: false, UrlPattern())))),
            "financiering" => Field(key, "Financiering", "list", required: false, ("label_singular", S("financier")), ("summary", S("{{fields.naam}}")), ("fields", Seq(
                Field("naam", "Wie betaalde", "string", required: true),
                Field("bedrag", "Bedrag in euro (optioneel)", "number", required: false, ("value_type", S("float")), ("min", I(0)))))),
            "bereik" => Field(key, "Bereik", "string", required: false, ("hint", S("Kort, bijvoorbeeld '120 deelnemers per jaar'.")), Pattern(200)),
            "onderbouwing" => Select(key, "Onderbouwing", required: false, multiple: false, Seq([.. SupportLevels.All.Select(s => Option(Texts.SupportLevelName(s.Level), s.Word))]),
                ("hint", S("Hoe goed is de praktijk onderbouwd? Beschreven, onderbouwd, geëvalueerd (voeg de evaluatie toe bij de bronnen) of effectief."))),
            "contact" => Field(key, "Contact", "object", required: false, ("collapsed", B(true)), ("fields", Seq(
                Field("naam", "Naam", "string", required: false),
                Field("email", "E-mail", "string", required: false, EmailPattern()),
                Field("telefoon", "Telefoon", "string", required: false)))),
            "links" => Field(key, "Links", "list", required: false, ("label_singular", S("link")), ("summary", S("{{fields.titel}}")), ("fields", Seq(
                Field("titel", "Titel", "string", required: true),
                Field("url", "Adres (https://…)", "string", required: true, UrlPattern())))),
            "video" => Field(key, "Video (een link, https://…)", "string", required: false, UrlPattern()),
            "afbeelding" => Field(key, "Afbeelding", "object", required: false, ("collapsed", B(true)),
                ("hint", S("Optioneel. Vul beide velden in, of laat beide leeg.")), ("fields", Seq(
                Field("src", "Bestand", "image", required: false, ("choose_url", B(false))),
                Field("alt", "Beschrijving voor wie de afbeelding niet ziet", "string", required: false)))),
            "bijlagen" => Field(key, "Bijlagen", "list", required: false, ("label_singular", S("bijlage")), ("summary", S("{{fields.titel}}")), ("fields", Seq(
                Field("bestand", "Bestand (PDF, Word, OpenDocument, Excel)", "file", required: true, ("choose_url", B(false)),
                    ("media_folder", S("/" + StaticFileRules.AttachmentFolder.TrimEnd('/'))), ("public_folder", S(StaticFileRules.AttachmentPrefix.TrimEnd('/')))),
                Field("titel", "Titel", "string", required: true)))),
            "bronnen" => Field(key, "Bronnen", "list", required: false, ("label_singular", S("bron")), ("summary", S("{{fields.titel}}")),
                ("hint", S("Waar komt de beschrijving vandaan? Een beleidsnota, een webpagina, een evaluatie.")), ("fields", Seq(
                Field("titel", "Titel", "string", required: true),
                Field("url", "Adres (https://…, optioneel)", "string", required: false, UrlPattern()),
                // No default here: Decap pre-fills a list with one (empty, invalid) item when a field inside it has a
                // default, which blocked saving every new practice. A new source's date then starts at today, when it
                // is most likely consulted.
                Date("geraadpleegd", "Geraadpleegd op", required: false)))),
            "gebaseerd_op" => Field(key, "Gebaseerd op", "relation", required: false, ("collection", S(PracticesCollection)),
                ("value_field", S("{{slug}}")), ("search_fields", Seq(S("title"))), ("display_fields", Seq(S("title"))),
                ("hint", S("Een praktijk van deze site waarop deze praktijk gebaseerd is of waardoor ze geïnspireerd werd."))),
            "toegevoegd" => Date(key, "Toegevoegd op", required: true),
            "bijgewerkt" => Date(key, "Bijgewerkt op", required: false, ("default", S(""))),
            "geverifieerd" => Date(key, "Nagekeken met de gemeente op", required: false, ("default", S("")),
                ("hint", S("De datum waarop iemand de gegevens met de gemeente naliep."))),
            "aliases" => Field(key, "Oude adressen", "list", required: false,
                ("hint", S("Alleen nodig als de praktijk eerder op een ander adres stond, bijvoorbeeld /praktijken/oude-naam/."))),
            _ => throw new InvalidOperationException($"CmsConfig has no field for the practice key '{key}'."),
        },
        ("slug", S("{{slug}}")),
        ("summary", S("{{title}}")),
        ("sortable_fields", Seq(S("title"), S("toegevoegd"))),
        ("view_filters", Seq(reference.Themes.Select(t => Map(("label", S(t.Title)), ("field", S("themas")), ("pattern", S(t.Slug)))).ToArray())));

    private static YamlMappingNode Services(ReferenceData reference) => Collection(
        ServicesCollection, "Dienstpagina's", "Dienstpagina", "input/gemeenten",
        "De diensten diversiteit en integratie van de gemeenten, per gemeente in een eigen map.",
        FrontMatterKeys.Service,
        key => key switch
        {
            "title" => Field(key, "Titel", "string", required: true, Pattern(200)),
            "summary" => Field(key, "Samenvatting", "text", required: false, Pattern(ContentLimits.SummaryMaxLength)),
            "adres" => Field(key, "Adres", "object", required: false, ("fields", Seq(
                Field("straat", "Straat en nummer", "string", required: false),
                Field("postcode", "Postcode", "string", required: false, ("pattern", Seq(S("^[0-9]{4}$"), S("Een Belgische postcode van vier cijfers.")))),
                Field("plaats", "Plaats", "string", required: false)))),
            "telefoon" => Field(key, "Telefoon", "string", required: false),
            "email" => Field(key, "E-mail", "string", required: false, EmailPattern()),
            "website" => Field(key, "Website", "string", required: false, UrlPattern()),
            "openingsuren" => Hours(key, "Openingsuren"),
            "telefonisch" => Hours(key, "Telefonisch bereikbaar"),
            "opmerking" => Field(key, "Opmerking", "text", required: false, Pattern(500)),
            "themas" => Select(key, "Thema's", required: false, multiple: true, TermOptions(reference.Themes)),
            _ => throw new InvalidOperationException($"CmsConfig has no field for the service page key '{key}'."),
        },
        // input/gemeenten/<gemeente>/<slug>.md: the folder is the municipality, chosen as the entry's path.
        ("nested", Map(("depth", I(2)), ("subfolders", B(false)), ("summary", S("{{title}}")))),
        ("meta", Map(("path", Map(("widget", S("string")), ("label", S("Map: de slug van de gemeente, bijvoorbeeld 'kortrijk'")))))));

    private static YamlMappingNode Pages() => Collection(
        PagesCollection, "Pagina's", "Pagina", "input",
        "Vaste pagina's zoals 'Over' en 'Bijdragen'.",
        ["title", "summary", "geevalueerd"],
        key => key switch
        {
            "title" => Field(key, "Titel", "string", required: true, Pattern(200)),
            // Only the accessibility statement uses it: the day of its last audit (check warns after a year).
            "geevalueerd" => Date(key, "Geëvalueerd op (alleen voor de toegankelijkheidsverklaring)", required: false, ("default", S(""))),
            _ => Field(key, "Samenvatting", "text", required: false, Pattern(300)),
        },
        ("create", B(false)),
        ("delete", B(false)));

    private static YamlMappingNode Collection(
        string name, string label, string singular, string folder, string description, IEnumerable<string> keys, Func<string, YamlMappingNode> field,
        params (string Key, YamlNode Value)[] extra)
    {
        var fields = keys.Select(field).Append(Field("body", "Tekst", "markdown", required: false,
            ("hint", S("Gebruik tussenkoppen (##), bijvoorbeeld Wat?, Voor wie?, Aanpak, Succesfactoren en Leerpunten.")),
            ("buttons", Seq(S("bold"), S("italic"), S("link"), S("heading-two"), S("heading-three"), S("bulleted-list"), S("numbered-list"), S("quote"))),
            ("editor_components", Seq()))).ToArray();
        var entries = new List<(string, YamlNode)>
        {
            ("name", S(name)),
            ("label", S(label)),
            ("label_singular", S(singular)),
            ("description", S(description)),
            ("folder", S(folder)),
            ("create", B(true)),
            ("extension", S("md")),
            ("format", S("frontmatter")),
        };
        foreach (var (key, value) in extra)
        {
            entries.RemoveAll(e => e.Item1 == key);
            entries.Add((key, value));
        }

        entries.Add(("fields", Seq(fields)));
        return Map([.. entries]);
    }

    private static YamlMappingNode Hours(string key, string label) =>
        Field(key, label, "list", required: false, ("label_singular", S("reeks dagen")), ("summary", S("{{fields.dagen}}: {{fields.uren}}")), ("fields", Seq(
            Select("dagen", "Dagen", required: true, multiple: true, Seq([.. DayCodes.All.Select(d => Option(Texts.DayName(d.Day), d.Code))])),
            Field("uren", "Uren (zoals 09:00-12:00)", "list", required: true,
                ("hint", S("Eén of meer tijdvakken, gescheiden door komma's: 09:00-12:00, 13:30-16:00."))))));

    /// <summary>The goals of the Plan Samenleven, each followed by its numbered actions.</summary>
    private static YamlSequenceNode PlanOptions(ReferenceData reference) =>
        Seq([.. reference.Plan.Goals.SelectMany(g => new[] { Option(g.Title, g.Slug) }.Concat(g.Actions.Select(a => Option(Texts.PlanAction(a.Number, a.Title), a.Slug))))]);

    private static (string, YamlNode) YearMonthPattern() => ("pattern", Seq(S("^[0-9]{4}(-[0-9]{2})?$"), S("Een jaar (2019) of jaar en maand (2019-09).")));

    private static YamlMappingNode Date(string key, string label, bool required, params (string, YamlNode)[] extra) =>
        Field(key, label, "datetime", required, [("format", S("YYYY-MM-DD")), ("date_format", S("YYYY-MM-DD")), ("time_format", B(false)), ("picker_utc", B(true)), .. extra]);

    private static YamlMappingNode Select(string key, string label, bool required, bool multiple, YamlSequenceNode options, params (string, YamlNode)[] extra) =>
        Field(key, label, "select", required, [("multiple", B(multiple)), ("options", options), .. extra]);

    private static YamlMappingNode Field(string name, string label, string widget, bool required, params (string, YamlNode)[] extra) =>
        Map([("name", S(name)), ("label", S(label)), ("widget", S(widget)), ("required", B(required)), .. extra]);

    private static YamlSequenceNode MunicipalityOptions(ReferenceData reference) =>
        Seq([.. reference.Municipalities.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => Option(m.Name, m.Slug))]);

    private static YamlSequenceNode TermOptions(ImmutableArray<Term> terms) => Seq([.. terms.Select(t => Option(t.Title, t.Slug))]);

    private static YamlMappingNode Option(string label, string value) => Map(("label", S(label)), ("value", S(value)));

    // [\s\S]: a text field may hold line breaks, which '.' does not match.
    private static (string, YamlNode) Pattern(int max) => ("pattern", Seq(S($"^[\\s\\S]{{0,{max}}}$"), S($"Hoogstens {max} tekens.")));

    private static (string, YamlNode) EmailPattern() => ("pattern", Seq(S("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"), S("Een e-mailadres zoals naam@gemeente.be.")));

    private static (string, YamlNode) UrlPattern() => ("pattern", Seq(S("^https?://\\S+$"), S("Een volledig webadres dat begint met https://.")));

    private static YamlScalarNode S(string value) => new(value);

    private static YamlScalarNode B(bool value) => new(value ? "true" : "false") { Style = ScalarStyle.Plain };

    private static YamlScalarNode I(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    private static YamlSequenceNode Seq(params YamlNode[] items) => new(items);

    private static YamlMappingNode Map(params (string Key, YamlNode Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            map.Add(new YamlScalarNode(key), value);
        }

        return map;
    }

    private static string Save(YamlNode root)
    {
        var writer = new StringWriter { NewLine = "\n" };
        writer.Write("# Generated by the site generator from the content model and data/: do not edit (src/Cms/CmsConfig.cs).\n");
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();

        // YamlStream ends a document with "...": harmless, but Decap's users read this file too.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }
}
