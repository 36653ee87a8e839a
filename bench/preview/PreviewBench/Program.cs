using System.Diagnostics;
using System.Globalization;
using System.Text;
using Samenleven.Serve;

// Save-to-reload in the preview server, on a copy of the project's real content and, with a count, on that many
// practices (generated ones added): one saved file must be parsed again, the others reused, and the tab told to reload.
// Usage: dotnet run --project bench/preview/PreviewBench -c Release -- <repository root> [practices...]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: PreviewBench <repository root> [practices...]");
    return 2;
}

var repository = Path.GetFullPath(args[0]);
var sizes = args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [0, 1000];
foreach (var size in sizes)
{
    var root = Scratch.CopyOf(repository);
    try
    {
        var practices = Path.Combine(root, "input", "praktijken");
        var existing = Directory.GetFiles(practices, "*.md").Length;
        if (size > existing)
        {
            Corpus.Write(practices, size - existing);
        }

        var file = Directory.GetFiles(practices, "*.md").Order(StringComparer.Ordinal).Skip(Math.Max(0, size / 2 - 1)).First();
        Console.WriteLine(await Measure.SaveToReloadAsync(root, file, size == 0 ? "real content" : $"{size:N0} practices"));
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

return 0;

/// <summary>Starts a preview, saves one practice five times and times each save until the page is fetched again.</summary>
internal static class Measure
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<string> SaveToReloadAsync(string root, string file, string what)
    {
        var start = Stopwatch.StartNew();
        await using var server = await PreviewServer.StartAsync(new PreviewOptions { ProjectRoot = root, Port = 0 }, TextWriter.Null);
        var firstBuild = start.Elapsed;
        if (server.LastBuild is not { Succeeded: true } first)
        {
            throw new InvalidOperationException("the first build failed: " + string.Join('\n', server.LastBuild?.Diagnostics ?? []));
        }

        using var http = new HttpClient();
        using var events = await EventStream.OpenAsync(http, server.Origin + ReloadHub.EventsPath);
        await events.WaitForAsync("event: ready", Patience);
        var path = "/praktijken/" + Path.GetFileNameWithoutExtension(file) + "/";
        var original = await File.ReadAllTextAsync(file);
        var saves = new List<double>();
        var builds = new List<double>();
        for (var i = 1; i <= 5; i++)
        {
            var marker = string.Create(CultureInfo.InvariantCulture, $"Meting {i}.");
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(file, original + "\n" + marker + "\n");
            var reload = await events.WaitForAsync("event: reload", Patience);
            var page = await http.GetStringAsync(server.Origin + path);
            saves.Add(clock.Elapsed.TotalMilliseconds);
            if (!reload.Contains(path, StringComparison.Ordinal) || !page.Contains(marker, StringComparison.Ordinal) || server.LastBuild!.DocumentsRead != 1)
            {
                throw new InvalidOperationException($"save {i}: the page was not rebuilt from one reparsed file");
            }

            builds.Add(server.LastBuild.Elapsed.TotalMilliseconds);
        }

        saves.Sort();
        builds.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: {first.DocumentsRead} documents, {server.LastBuild!.FilesOffered} output files; first build {firstBuild.TotalMilliseconds:0} ms; save → reload event → page fetched: median {saves[2]:0} ms (min {saves[0]:0}, max {saves[4]:0}); rebuild alone median {builds[2]:0} ms; files rewritten on the last save: {server.LastBuild.ChangedPaths.Length}");
    }
}

/// <summary>A copy of a project's content, data, theme assets and installed editor bundle in a temporary folder.</summary>
internal static class Scratch
{
    public static string CopyOf(string from)
    {
        var root = Path.Combine(Path.GetTempPath(), "samenleven-preview-bench", Guid.NewGuid().ToString("N"));
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
        return root;
    }
}

/// <summary>Generated practices: valid, varied across municipalities and themes, about 2 KB of text each.</summary>
internal static class Corpus
{
    private static readonly string[] Municipalities = ["leuven", "kortrijk", "heist-op-den-berg", "gent", "antwerpen", "brugge", "hasselt", "mechelen"];
    private static readonly string[] Themes = ["taal-en-communicatie", "participatie", "onthaal-nieuwkomers", "toegankelijke-dienstverlening", "beeldvorming-en-sensibilisering"];

    public static void Write(string folder, int count)
    {
        var random = new Random(20261123); // Fixed seed: the same corpus on every run.
        for (var i = 0; i < count; i++)
        {
            var municipality = Municipalities[random.Next(Municipalities.Length)];
            var themes = Themes.OrderBy(_ => random.Next()).Take(1 + random.Next(3));
            var text = new StringBuilder()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: Gegenereerde praktijk {i} in {municipality}\n")
                .Append(CultureInfo.InvariantCulture, $"summary: Een praktijk om de preview te meten, nummer {i}.\n")
                .Append(CultureInfo.InvariantCulture, $"gemeenten: [{municipality}]\n")
                .Append(CultureInfo.InvariantCulture, $"themas: [{string.Join(", ", themes)}]\n")
                .Append(CultureInfo.InvariantCulture, $"toegevoegd: 2025-{1 + random.Next(12):00}-{1 + random.Next(28):00}\n")
                .Append("---\n");
            foreach (var heading in new[] { "Wat?", "Voor wie?", "Aanpak", "Succesfactoren", "Leerpunten" })
            {
                text.Append("\n## ").Append(heading).Append("\n\n")
                    .Append("Buren, verenigingen en de gemeente werken samen aan ontmoeting, taal en gelijke kansen. ")
                    .Append("De dienst brengt mensen samen en leert van wat lukt en wat niet. **Samen** gaat het beter.\n");
            }

            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"generated-{i:0000}.md")), text.ToString());
        }
    }
}

/// <summary>A server-sent event stream read as text.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventStream> OpenAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>Reads events until one starts with <paramref name="eventLine"/>; returns that event's text.</summary>
    public async Task<string> WaitForAsync(string eventLine, TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        var current = new StringBuilder();
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length > 0)
            {
                current.Append(line).Append('\n');
                continue;
            }

            var text = current.ToString();
            current.Clear();
            if (text.StartsWith(eventLine, StringComparison.Ordinal))
            {
                return text;
            }
        }

        throw new InvalidOperationException($"the event stream ended before '{eventLine}'");
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
