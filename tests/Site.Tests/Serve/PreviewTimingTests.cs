using System.Diagnostics;
using System.Globalization;
using System.Text;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Serve;
using Samenleven.Tests.Support;
using Xunit.Abstractions;

namespace Samenleven.Tests.Serve;

/// <summary>
/// Save-to-reload on the real content and on 1,000 generated practices: one saved file is parsed again, the others
/// are reused, and the tab hears about the change. Times are printed (test output), not asserted: machines differ.
/// </summary>
public sealed class PreviewTimingTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task On_the_real_content_a_save_reparses_one_file_and_reloads_the_page()
    {
        using var project = ScratchProject.CopyOf(Repository.Root);
        var practice = Directory.EnumerateFiles(Path.Combine(project.Root, "input", "praktijken"), "*.md").Order(StringComparer.Ordinal).First();
        await MeasureAsync(project.Root, practice, "real content");
    }

    [Fact]
    public async Task With_1000_practices_a_save_reparses_one_file_and_reloads_the_page()
    {
        using var project = ScratchProject.CopyOf(Repository.Root);
        var practices = Path.Combine(project.Root, "input", "praktijken");
        Corpus.Write(practices, 1000 - Directory.EnumerateFiles(practices, "*.md").Count(), ReferenceOf(project.Root));
        Assert.Equal(1000, Directory.EnumerateFiles(practices, "*.md").Count());
        await MeasureAsync(project.Root, Path.Combine(practices, "generated-0500.md"), "1,000 practices");
    }

    private async Task MeasureAsync(string root, string file, string what)
    {
        var start = Stopwatch.StartNew();
        await using var server = await PreviewServer.StartAsync(new PreviewOptions { ProjectRoot = root, Port = 0 }, TextWriter.Null);
        var firstBuild = start.Elapsed;
        Assert.True(server.LastBuild!.Succeeded, string.Join('\n', server.LastBuild.Diagnostics));
        var documents = server.LastBuild.DocumentsRead;

        using var http = new HttpClient();
        using var events = await EventStream.OpenAsync(http, server.Origin + ReloadHub.EventsPath);
        await events.WaitForAsync("event: ready", Patience);
        var url = server.Origin + "/praktijken/" + Path.GetFileNameWithoutExtension(file) + "/";
        var original = await File.ReadAllTextAsync(file);
        var times = new List<double>();
        var builds = new List<double>();
        for (var i = 1; i <= 5; i++)
        {
            var marker = $"Meting {i.ToString(CultureInfo.InvariantCulture)}.";
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(file, original + "\n" + marker + "\n");
            var reload = await events.WaitForAsync("event: reload", Patience);
            Assert.Contains(url[server.Origin.Length..], reload, StringComparison.Ordinal);
            var page = await http.GetStringAsync(url);
            times.Add(clock.Elapsed.TotalMilliseconds);
            Assert.Contains(marker, page, StringComparison.Ordinal);
            Assert.Equal(1, server.LastBuild.DocumentsRead);
            Assert.Equal(documents - 1, server.LastBuild.DocumentsReused);
            builds.Add(server.LastBuild.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        builds.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {documents} documents, {server.LastBuild.FilesOffered} output files; first build {firstBuild.TotalMilliseconds:0} ms; save → reload event → page fetched: median {times[2]:0} ms (min {times[0]:0}, max {times[4]:0}); rebuild alone median {builds[2]:0} ms; files rewritten on the last save: {server.LastBuild.ChangedPaths.Length}"));
    }

    private static ReferenceData ReferenceOf(string root) =>
        ReferenceDataReader.Read(new ProjectFiles(root).ReadReferenceData(), new DiagnosticBag()) ?? throw new InvalidOperationException("data/ is invalid");
}

/// <summary>A copy of a project's content, data, theme assets and installed editor bundle in a temporary folder.</summary>
internal sealed class ScratchProject : IDisposable
{
    private ScratchProject(string root) => Root = root;

    public string Root { get; }

    public static ScratchProject CopyOf(string from)
    {
        var root = Path.Combine(Path.GetTempPath(), "samenleven-scratch", Guid.NewGuid().ToString("N"));
        foreach (var folder in new[] { "input", "data", "themes/default/assets", ".cache" })
        {
            var source = Path.Combine(from, folder);
            if (!Directory.Exists(source))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!); // A file path has a folder.
                File.Copy(file, target);
            }
        }

        File.Copy(Path.Combine(from, "package.json"), Path.Combine(root, "package.json"));
        return new ScratchProject(root);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>Generated practices for timing: valid, varied across municipalities and themes, about 2 KB of text each.</summary>
internal static class Corpus
{
    public static void Write(string folder, int count, ReferenceData reference)
    {
        var random = new Random(20261123); // Fixed seed: the same corpus on every run.
        for (var i = 0; i < count; i++)
        {
            var municipality = reference.Municipalities[random.Next(reference.Municipalities.Length)];
            var themes = reference.Themes.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Select(t => t.Slug);
            var group = reference.TargetGroups[random.Next(reference.TargetGroups.Length)];
            var text = new StringBuilder()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: Gegenereerde praktijk {i} in {municipality.Name}\n")
                .Append(CultureInfo.InvariantCulture, $"summary: Een praktijk om de preview te meten, nummer {i}.\n")
                .Append(CultureInfo.InvariantCulture, $"gemeenten: [{municipality.Slug}]\n")
                .Append(CultureInfo.InvariantCulture, $"themas: [{string.Join(", ", themes)}]\n")
                .Append(CultureInfo.InvariantCulture, $"doelgroepen: [{group.Slug}]\n")
                .Append(CultureInfo.InvariantCulture, $"jaar: {2010 + random.Next(15)}\n")
                .Append(CultureInfo.InvariantCulture, $"toegevoegd: 2025-{1 + random.Next(12):00}-{1 + random.Next(28):00}\n")
                .Append("---\n");
            foreach (var heading in new[] { "Wat?", "Voor wie?", "Aanpak", "Succesfactoren", "Leerpunten" })
            {
                text.Append("\n## ").Append(heading).Append("\n\n")
                    .Append("Buren, verenigingen en de gemeente werken samen aan ontmoeting, taal en gelijke kansen. ")
                    .Append("De dienst brengt mensen samen en leert van wat lukt en wat niet. **Samen** gaat het beter.\n");
            }

            File.WriteAllText(Path.Combine(folder, $"generated-{i.ToString("0000", CultureInfo.InvariantCulture)}.md"), text.ToString());
        }
    }
}
