using System.Text;
using Samenleven.Deploy;
using Samenleven.Site;
using Samenleven.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace Samenleven.Tests.Deploy;

/// <summary><c>netlify.toml</c> in the repository: it builds the site and agrees with the rules the build writes.</summary>
public sealed class NetlifyTomlTests
{
    /// <summary>Netlify serves the site at the root of its domain.</summary>
    private static readonly SiteUrls AtDomainRoot = new("https://example.org/");

    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml")))!; // A table, or it throws.

    [Fact]
    public void It_publishes_the_output_folder_built_in_release_after_npm_ci()
    {
        var build = (TomlTable)Config["build"];

        Assert.Equal("output", build["publish"]);
        var command = (string)build["command"];
        Assert.Contains("npm ci", command, StringComparison.Ordinal);
        Assert.EndsWith("dotnet run -c Release -- build", command, StringComparison.Ordinal);
        Assert.True(command.IndexOf("npm ci", StringComparison.Ordinal) < command.IndexOf("dotnet run", StringComparison.Ordinal), "the search index needs node_modules before the build");
    }

    [Fact]
    public void The_build_installs_the_dotnet_10_sdk_with_microsofts_script_when_the_image_lacks_it()
    {
        var command = (string)((TomlTable)Config["build"])["command"];
        var script = command.Split(' ', 3)[1];

        Assert.StartsWith(". ", command, StringComparison.Ordinal); // Sourced, so that its PATH holds for dotnet run.
        var text = File.ReadAllText(Path.Combine(Repository.Root, script));
        Assert.Contains("dotnet --list-sdks", text, StringComparison.Ordinal);
        Assert.Contains("dotnet-install.sh", text, StringComparison.Ordinal);
        Assert.Contains("--channel 10.0", text, StringComparison.Ordinal);
        Assert.Contains("export PATH=\"$HOME/.dotnet:$PATH\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deploy-preview")]
    [InlineData("branch-deploy")]
    public void Previews_are_built_for_their_own_address(string context)
    {
        var command = (string)((TomlTable)((TomlTable)Config["context"])[context])["command"];
        var production = (string)((TomlTable)Config["build"])["command"];

        Assert.Equal(production + " --base-url \"$DEPLOY_PRIME_URL/\"", command);
    }

    [Fact]
    public void Its_headers_are_exactly_the_rules_that_do_not_depend_on_the_content()
    {
        var expected = HostRules.StaticHeaders(AtDomainRoot);

        var actual = ((TomlTableArray)Config["headers"]).Select(t => new HeaderRule(
            (string)t["for"],
            [.. ((TomlTable)t["values"]).Select(v => new HttpHeader(v.Key, (string)v.Value))])).ToArray();

        Assert.True(
            actual.Length == expected.Length && actual.Zip(expected).All(p => p.First.Path == p.Second.Path && p.First.Headers.SequenceEqual(p.Second.Headers)),
            "netlify.toml's [[headers]] differ from HostRules.StaticHeaders for a site at the domain root; paste this:\n\n" + Toml(expected));
    }

    [Fact]
    public void Its_redirects_are_the_static_host_redirects_then_every_former_municipality_to_its_successor()
    {
        var expected = HostRules.Redirects(AtDomainRoot, Redirects.FormerMunicipalities(RealData.Reference));

        var actual = ((TomlTableArray)Config["redirects"]).Select(t => new HostRedirect(
            (string)t["from"], (string)t["to"], (int)(long)t["status"], (bool)t["force"])).ToArray();

        Assert.True(expected.SequenceEqual(actual), "netlify.toml's [[redirects]] differ from the static redirects and data/gemeenten.yml's former municipalities; paste this:\n\n" + Toml(expected));
        Assert.Contains(new HostRedirect("/gemeenten/kruibeke/", "/gemeenten/beveren-kruibeke-zwijndrecht/", 301, Force: true), actual);
    }

    [Fact]
    public async Task The_generated_headers_file_starts_with_the_same_rules()
    {
        using var site = TestSite.Create(DeploySite.Files);

        await site.BuildAsync();

        var generated = DeploySite.ParseHeaders(site.Page("_headers"));
        var expected = HostRules.StaticHeaders(AtDomainRoot);
        Assert.Equal(expected.Select(r => r.Path), generated.Take(expected.Length).Select(r => r.Path));
        Assert.All(expected.Zip(generated), p => Assert.Equal<HttpHeader>(p.First.Headers, p.Second.Headers));
    }

    private static string Toml(IEnumerable<HostRedirect> redirects) => string.Concat(redirects.Select(r =>
        $"[[redirects]]\n  from = \"{r.From}\"\n  to = \"{r.To}\"\n  status = {r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n  force = {(r.Force ? "true" : "false")}\n\n"));

    private static string Toml(IEnumerable<HeaderRule> rules)
    {
        var sb = new StringBuilder();
        foreach (var rule in rules)
        {
            sb.Append("[[headers]]\n  for = \"").Append(rule.Path).Append("\"\n  [headers.values]\n");
            foreach (var header in rule.Headers)
            {
                sb.Append("    ").Append(header.Name).Append(" = \"").Append(header.Value).Append("\"\n");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
