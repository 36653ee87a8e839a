using System.IO.Compression;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Samenleven.Tests.Browser;

/// <summary>
/// The page-weight budget of the real site: no page needs more than 50 KB of HTML, CSS and JavaScript (gzip) before
/// search is used; no web fonts; every image states its width and height so nothing jumps while it loads.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed partial class PageWeightTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const int BudgetBytes = 50 * 1024;

    [Fact]
    public void Every_page_with_its_CSS_and_JavaScript_is_under_50_KB_gzipped()
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long Gzipped(string sitePath) => sizes.TryGetValue(sitePath, out var known) ? known : sizes[sitePath] = GzipSize(File.ReadAllBytes(SitePages.OutputFile(fixture.OutputDirectory, sitePath)));

        var weights = new List<(string Path, long Html, long Total)>();
        foreach (var (path, _) in SitePages.All(fixture.OutputDirectory))
        {
            var html = File.ReadAllText(SitePages.OutputFile(fixture.OutputDirectory, path));
            var assets = Assets().Matches(html).Select(m => m.Groups["href"].Value)
                .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Sum(Gzipped);
            var own = Gzipped(path);
            weights.Add((path, own, own + assets));
        }

        var heaviest = weights.OrderByDescending(w => w.Total).ThenBy(w => w.Path, StringComparer.Ordinal).ToArray();
        foreach (var (path, html, total) in heaviest.Take(5))
        {
            output.WriteLine($"{total / 1024.0:0.0} KB gzip ({html / 1024.0:0.0} KB HTML): {path}");
        }

        Assert.True(weights.Count > 10, "the real site was built");
        var over = heaviest.Where(w => w.Total > BudgetBytes).Select(w => $"{w.Path}: {w.Total / 1024.0:0.0} KB").ToArray();
        Assert.True(over.Length == 0, "over the 50 KB budget:\n" + string.Join("\n", over));
    }

    [Fact]
    public void No_stylesheet_loads_a_web_font()
    {
        var stylesheets = Directory.EnumerateFiles(fixture.OutputDirectory, "*.css", SearchOption.AllDirectories).ToArray();

        Assert.NotEmpty(stylesheets);
        foreach (var css in stylesheets)
        {
            Assert.DoesNotContain("@font-face", File.ReadAllText(css), StringComparison.OrdinalIgnoreCase);
        }

        foreach (var (path, _) in SitePages.All(fixture.OutputDirectory))
        {
            var html = File.ReadAllText(SitePages.OutputFile(fixture.OutputDirectory, path));
            Assert.False(html.Contains("as=\"font\"", StringComparison.Ordinal) || html.Contains("fonts.googleapis", StringComparison.Ordinal), $"{path} loads a web font");
        }
    }

    [Fact]
    public void Every_image_states_its_width_and_height()
    {
        var missing = new List<string>();
        foreach (var (path, _) in SitePages.All(fixture.OutputDirectory))
        {
            var html = File.ReadAllText(SitePages.OutputFile(fixture.OutputDirectory, path));
            missing.AddRange(Images().Matches(html)
                .Select(m => m.Value)
                .Where(img => !WidthAttribute().IsMatch(img) || !HeightAttribute().IsMatch(img))
                .Select(img => $"{path}: {img}"));
        }

        Assert.True(missing.Count == 0, "images without width and height:\n" + string.Join("\n", missing));
    }

    private static long GzipSize(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    // Stylesheets (screen and print: browsers fetch both), scripts and the search page's engine module, which its script
    // imports as soon as the page opens. The search index itself is fetched only once a reader searches.
    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<href>[^\"]+)\"|<script\\b[^>]*\\ssrc=\"(?<href>[^\"]+)\"|\\sdata-engine=\"(?<href>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Assets();

    [GeneratedRegex("<img\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Images();

    [GeneratedRegex("\\swidth=\"[1-9][0-9]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex WidthAttribute();

    [GeneratedRegex("\\sheight=\"[1-9][0-9]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex HeightAttribute();
}
