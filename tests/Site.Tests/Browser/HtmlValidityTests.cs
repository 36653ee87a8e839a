using System.Collections.Immutable;
using System.Text.Json;
using Samenleven.Tests.Support;
using Samenleven.Tools;

namespace Samenleven.Tests.Browser;

/// <summary>
/// The W3C Nu HTML Checker (npm <c>vnu-jar</c>, pinned in package-lock.json, run with the machine's Java) finds no error
/// in one built page of every kind. It runs once over all of them: the checker starts a JVM, which takes seconds.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class HtmlValidityTests(BrowserFixture fixture)
{
    private static readonly string Checker = Path.Combine(Repository.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task One_page_of_every_kind_is_valid_HTML()
    {
        await EnsureCheckerAsync();
        var files = SitePages.Kinds.ToDictionary(kind => FileOf(kind), kind => kind, StringComparer.Ordinal);

        var run = await SystemProcessRunner.Instance.RunAsync(
            new ProcessSpec("java", ["-jar", Checker, "--errors-only", "--format", "json", .. files.Keys.Order(StringComparer.Ordinal)], fixture.OutputDirectory),
            default);

        Assert.True(run.Started, "java was not found: the HTML checker needs a Java runtime (.ci/run installs one)");
        using var report = JsonDocument.Parse(run.Error); // vnu writes its JSON report to standard error.
        var errors = report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => (File: FileFrom(m), Message: m.GetProperty("message").GetString() ?? "", Extract: m.TryGetProperty("extract", out var e) ? e.GetString() ?? "" : ""))
            .Select(m => $"{files.GetValueOrDefault(m.File, m.File)} ({m.File}): {m.Message}\n    {m.Extract.ReplaceLineEndings(" ")}")
            .ToImmutableArray();

        Assert.True(errors.IsEmpty, $"{errors.Length} HTML errors:\n{string.Join("\n", errors)}");
    }

    private string FileOf(string kind)
    {
        var path = SitePages.PathOf(fixture, kind);
        // The not-found page is served for any missing path; on disk it is 404.html.
        var file = SitePages.OutputFile(fixture.OutputDirectory, kind == "notfound" ? "/404.html" : path);
        Assert.True(File.Exists(file), $"{kind}: {file} was not built");
        return Path.GetRelativePath(fixture.OutputDirectory, file).Replace('\\', '/');
    }

    private string FileFrom(JsonElement message)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        // vnu names files as "file:/tmp/…" (one slash), which System.Uri does not take.
        var local = url.StartsWith("file:", StringComparison.Ordinal) ? "/" + Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/') : url;
        return Path.GetRelativePath(fixture.OutputDirectory, local).Replace('\\', '/');
    }

    /// <summary>A clone installed before vnu-jar joined package.json gets it from the lock file.</summary>
    private static async Task EnsureCheckerAsync()
    {
        await SearchSiteFixture.EnsurePagefindAsync(); // A fresh clone: npm ci installs everything, the checker too.
        if (!File.Exists(Checker))
        {
            var install = await SystemProcessRunner.Instance.RunAsync(new ProcessSpec("npm", ["install", "--no-audit", "--no-fund"], Repository.Root), default);
            Assert.True(install.Succeeded, $"npm install could not install vnu-jar: {install.Error}");
        }
    }
}
