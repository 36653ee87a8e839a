using Samenleven.Cms;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Tests.Cms;

/// <summary>
/// The generated <c>admin/config.yml</c> against the content model: the same keys as the readers accept, required exactly
/// where the readers require (measured by leaving each key out of a valid file), and the choices of <c>data/</c>.
/// </summary>
public sealed class CmsConfigTests : IDisposable
{
    private readonly TestSite _site = TestSite.Create("");
    private readonly ReferenceData _reference;
    private readonly YamlMappingNode _config;

    /// <summary>A practice with every key filled in validly: the base the required-key measurement leaves keys out of.</summary>
    private const string FullPractice = """
        title: Volledig
        summary: Alles ingevuld.
        gemeenten: [leuven]
        themas: [werk]
        doelgroepen: [jongeren]
        domein: [beleid]
        plan_samenleven: [nederlands, actie-5]
        periode: {start: 2020-01, einde: 2021}
        status: afgerond
        organisatie: Stad Leuven
        partners: [{naam: Buurtwerk, url: "https://example.org/buurtwerk"}]
        financiering: [{naam: Vlaamse overheid, bedrag: 1000}]
        bereik: 40 gezinnen
        onderbouwing: beschreven
        contact: {naam: Balie, email: balie@example.org, telefoon: "016 00 00 00"}
        links: [{titel: Meer, url: "https://example.org/"}]
        video: https://example.org/video
        afbeelding: {src: /afbeeldingen/foto.jpg, alt: Een foto}
        bijlagen: [{bestand: /bijlagen/verslag.pdf, titel: Verslag}]
        bronnen: [{titel: Beleidsnota, url: "https://example.org/nota", geraadpleegd: 2025-01-01}]
        gebaseerd_op: andere-praktijk
        toegevoegd: 2025-01-01
        bijgewerkt: 2025-02-01
        geverifieerd: 2025-02-01
        aliases: [/oud/]
        """;

    private const string FullService = """
        title: Dienst
        summary: De dienst.
        adres: {straat: Markt 1, postcode: "3000", plaats: Leuven}
        telefoon: "016 00 00 00"
        email: dienst@example.org
        website: https://example.org/
        openingsuren: [{dagen: [ma], uren: ["09:00-12:00"]}]
        telefonisch: [{dagen: [di], uren: ["13:00-16:00"]}]
        opmerking: Gesloten in juli.
        themas: [werk]
        """;

    public CmsConfigTests()
    {
        var diagnostics = new DiagnosticBag();
        _reference = ReferenceDataReader.Read(new ProjectLoader(_site.Source).ReadReferenceData(diagnostics), diagnostics)!; // The default test data is valid.
        var stream = new YamlStream();
        stream.Load(new StringReader(CmsConfig.Generate(_reference, "https://example.org/")));
        _config = (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Fact]
    public void The_backend_is_github_with_the_editorial_workflow_open_authoring_and_a_local_backend()
    {
        var backend = (YamlMappingNode)_config["backend"];
        Assert.Equal("github", Scalar(backend, "name"));
        Assert.Equal("voorbeeld/site", Scalar(backend, "repo"));
        Assert.Equal("main", Scalar(backend, "branch"));
        Assert.Equal("true", Scalar(backend, "open_authoring"));
        Assert.Equal("editorial_workflow", Scalar(_config, "publish_mode"));
        Assert.Equal("true", Scalar(_config, "local_backend"));
    }

    [Fact]
    public void The_practice_collection_has_one_field_per_key_the_reader_accepts_plus_the_body()
    {
        var fields = Fields(Collection("praktijken"));
        Assert.Equal([.. FrontMatterKeys.Practice, "body"], fields.Select(f => Scalar(f, "name")));
    }

    [Fact]
    public void The_service_collection_has_one_field_per_key_the_reader_accepts_plus_the_body()
    {
        var fields = Fields(Collection("diensten"));
        Assert.Equal([.. FrontMatterKeys.Service, "body"], fields.Select(f => Scalar(f, "name")));
    }

    [Fact]
    public void Collections_point_at_the_folders_the_loader_reads_them_from()
    {
        Assert.Equal(ContentLoader.Kind.Practice, ContentLoader.Classify(Scalar(Collection("praktijken"), "folder") + "/x.md").Kind);
        Assert.Equal(ContentLoader.Kind.Service, ContentLoader.Classify(Scalar(Collection("diensten"), "folder") + "/leuven/x.md").Kind);
        Assert.Equal(ContentLoader.Kind.Page, ContentLoader.Classify(Scalar(Collection("paginas"), "folder") + "/x.md").Kind);
    }

    [Fact]
    public void A_practice_field_is_required_exactly_when_the_reader_reports_its_absence()
    {
        var required = RequiredByReader(FullPractice, FrontMatterKeys.Practice, (file, bag) => new PracticeReader(_reference).Read(file, bag), "input/praktijken/volledig.md");
        Assert.Equal(["title", "summary", "gemeenten", "themas", "toegevoegd"], required); // Sanity: the measurement sees something.
        AssertRequiredFlags(Collection("praktijken"), FrontMatterKeys.Practice, required);
    }

    [Fact]
    public void A_service_field_is_required_exactly_when_the_reader_reports_its_absence()
    {
        var required = RequiredByReader(FullService, FrontMatterKeys.Service, (file, bag) => new ServicePageReader(_reference).Read(file, "leuven", bag), "input/gemeenten/leuven/dienst.md");
        Assert.Equal(["title"], required);
        AssertRequiredFlags(Collection("diensten"), FrontMatterKeys.Service, required);
    }

    [Fact]
    public void Municipality_theme_and_target_group_choices_are_the_slugs_of_data()
    {
        var fields = Fields(Collection("praktijken")).ToDictionary(f => Scalar(f, "name"), StringComparer.Ordinal);
        Assert.Equal(_reference.Municipalities.Select(m => m.Slug).Order(StringComparer.Ordinal), OptionValues(fields["gemeenten"]).Order(StringComparer.Ordinal));
        Assert.Equal(_reference.Themes.Select(t => t.Slug), OptionValues(fields["themas"]));
        Assert.Equal(_reference.TargetGroups.Select(t => t.Slug), OptionValues(fields["doelgroepen"]));
        Assert.Equal(["gepland", "lopend", "afgerond"], OptionValues(fields["status"]));
        Assert.Equal(_reference.Domains.Select(d => d.Slug), OptionValues(fields["domein"]));
        Assert.Equal(["beschreven", "onderbouwd", "geevalueerd", "effectief"], OptionValues(fields["onderbouwing"]));
        Assert.Equal(_reference.Plan.Goals.SelectMany(g => g.Actions.Select(a => a.Slug).Prepend(g.Slug)), OptionValues(fields["plan_samenleven"]));
        Assert.Equal("3", Scalar(fields["themas"], "max"));
        Assert.All(new[] { "gemeenten", "themas", "doelgroepen" }, name => Assert.Equal("true", Scalar(fields[name], "multiple")));
    }

    [Fact]
    public void Opening_hours_are_a_list_of_days_and_time_ranges_both_required_as_the_reader_requires()
    {
        var fields = Fields(Collection("diensten")).ToDictionary(f => Scalar(f, "name"), StringComparer.Ordinal);
        foreach (var key in new[] { "openingsuren", "telefonisch" })
        {
            Assert.Equal("list", Scalar(fields[key], "widget"));
            var item = Fields(fields[key]).ToDictionary(f => Scalar(f, "name"), StringComparer.Ordinal);
            Assert.Equal(["dagen", "uren"], item.Keys);
            Assert.Equal(DayCodes.All.Select(d => d.Code), OptionValues(item["dagen"]));
            Assert.Equal("true", Scalar(item["dagen"], "required"));
            Assert.Equal("true", Scalar(item["uren"], "required"));
        }

        // The reader itself: an entry without hours is an error.
        var bag = new DiagnosticBag();
        new ServicePageReader(_reference).Read(
            new SourceFile("input/gemeenten/leuven/d.md", "---\ntitle: D\nopeningsuren: [{dagen: [ma]}]\n---\n"), "leuven", bag);
        Assert.Contains(bag.Sorted(), d => d.Message.Contains("'uren' is required", StringComparison.Ordinal) || d.Message.Contains("missing required key 'uren'", StringComparison.Ordinal));
    }

    [Fact]
    public void Dates_are_written_as_plain_dates_which_the_reader_expects()
    {
        var fields = Fields(Collection("praktijken")).ToDictionary(f => Scalar(f, "name"), StringComparer.Ordinal);
        foreach (var key in new[] { "toegevoegd", "bijgewerkt", "geverifieerd" })
        {
            Assert.Equal("datetime", Scalar(fields[key], "widget"));
            Assert.Equal("YYYY-MM-DD", Scalar(fields[key], "format"));
            Assert.Equal("false", Scalar(fields[key], "time_format"));
        }
    }

    [Fact]
    public void The_configuration_is_the_same_on_every_run()
    {
        Assert.Equal(CmsConfig.Generate(_reference, "https://example.org/"), CmsConfig.Generate(_reference, "https://example.org/"));
    }

    private static List<string> RequiredByReader(string fullYaml, IEnumerable<string> keys, Action<SourceFile, DiagnosticBag> read, string path)
    {
        var complete = new DiagnosticBag();
        read(new SourceFile(path, $"---\n{fullYaml}\n---\nTekst.\n"), complete);
        Assert.Empty(complete.Sorted());

        var required = new List<string>();
        foreach (var key in keys)
        {
            var without = string.Join('\n', fullYaml.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)));
            var bag = new DiagnosticBag();
            read(new SourceFile(path, $"---\n{without}\n---\nTekst.\n"), bag);
            if (bag.Sorted().Any(d => d.Message == $"missing required key '{key}'"))
            {
                required.Add(key);
            }
        }

        return required;
    }

    private static void AssertRequiredFlags(YamlMappingNode collection, IEnumerable<string> keys, List<string> required)
    {
        var fields = Fields(collection).ToDictionary(f => Scalar(f, "name"), StringComparer.Ordinal);
        foreach (var key in keys)
        {
            Assert.True(
                Scalar(fields[key], "required") == (required.Contains(key) ? "true" : "false"),
                $"field '{key}': required is {Scalar(fields[key], "required")} in config.yml, but the reader {(required.Contains(key) ? "requires" : "does not require")} it");
        }
    }

    private YamlMappingNode Collection(string name) =>
        ((YamlSequenceNode)_config["collections"]).Children.Cast<YamlMappingNode>().Single(c => Scalar(c, "name") == name);

    private static IEnumerable<YamlMappingNode> Fields(YamlMappingNode node) => ((YamlSequenceNode)node["fields"]).Children.Cast<YamlMappingNode>();

    private static IEnumerable<string> OptionValues(YamlMappingNode field) =>
        ((YamlSequenceNode)field["options"]).Children.Cast<YamlMappingNode>().Select(o => Scalar(o, "value"));

    private static string Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value ?? "" : "(absent)";

    public void Dispose() => _site.Dispose();
}
