using System.Text;
using Samenleven.Cli;

namespace Samenleven.Tests.Support;

/// <summary>
/// A small site stated inline, in the style of Hugo's integration tests: files separated by
/// <c>-- path --</c> lines. Reference data the test does not state comes from <see cref="Defaults"/>.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string OutputDirectory => Path.Combine(Root, "output");

    /// <summary>Enough reference data for most tests: five municipalities (one a merger), three themes, two target groups.</summary>
    public const string Defaults = """
        -- data/site.yml --
        title: Testsite
        description: Een site om te testen.
        base_url: https://example.org/
        repository: https://github.com/voorbeeld/site
        -- data/provincies.yml --
        - slug: antwerpen
          naam: Antwerpen
          nis: "10000"
        - slug: vlaams-brabant
          naam: Vlaams-Brabant
          nis: "20001"
        - slug: west-vlaanderen
          naam: West-Vlaanderen
          nis: "30000"
        - slug: oost-vlaanderen
          naam: Oost-Vlaanderen
          nis: "40000"
        -- data/gemeenten.yml --
        gemeenten:
          - slug: leuven
            naam: Leuven
            nis: "24062"
            provincie: vlaams-brabant
          - slug: kortrijk
            naam: Kortrijk
            nis: "34022"
            provincie: west-vlaanderen
          - slug: heist-op-den-berg
            naam: Heist-op-den-Berg
            nis: "12014"
            provincie: antwerpen
          - slug: beveren-kruibeke-zwijndrecht
            naam: Beveren-Kruibeke-Zwijndrecht
            nis: "46030"
            provincie: oost-vlaanderen
          - slug: gent
            naam: Gent
            nis: "44021"
            provincie: oost-vlaanderen
        fusies:
          - slug: kruibeke
            naam: Kruibeke
            nis: "46013"
            opgegaan_in: beveren-kruibeke-zwijndrecht
        -- data/themas.yml --
        - slug: taal-en-communicatie
          title: Taal en communicatie
          description: Praktijken rond taal.
        - slug: onthaal-nieuwkomers
          title: Onthaal van nieuwkomers
          description: Praktijken rond onthaal.
        - slug: werk
          title: Werk
          description: Praktijken rond werk.
        -- data/doelgroepen.yml --
        - slug: nieuwkomers
          title: Nieuwkomers
          description: Mensen die pas in Vlaanderen wonen.
        - slug: jongeren
          title: Jongeren
          description: Jonge mensen.
        -- input/over.md --
        ---
        title: Over deze databank
        summary: Wat deze site is.
        ---
        ## Open data

        Alles is open.
        -- input/bijdragen.md --
        ---
        title: Bijdragen
        summary: Zo stel je een praktijk voor.
        ---
        Via een pull request.
        -- input/toegankelijkheid.md --
        ---
        title: Toegankelijkheid
        summary: Onze toegankelijkheidsverklaring.
        ---
        WCAG 2.1 AA.
        """;

    /// <summary>Writes the stated files (and the defaults it does not override) into a fresh temporary folder.</summary>
    public static TestSite Create(string files, bool withDefaults = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "samenleven-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        var stated = Parse(files);
        if (withDefaults)
        {
            foreach (var (path, content) in Parse(Defaults))
            {
                if (!stated.ContainsKey(path))
                {
                    site.Write(path, content);
                }
            }
        }

        foreach (var (path, content) in stated)
        {
            site.Write(path, content);
        }

        CopyThemeAssets(root);
        return site;
    }

    public void Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!); // A file path always has a directory.
        File.WriteAllText(full, content, new UTF8Encoding(false));
    }

    /// <summary>Runs a CLI command (<c>build</c>, <c>check</c>) against this site, without search unless asked.</summary>
    public async Task<CommandRun> RunAsync(params string[] args)
    {
        var all = new List<string>(args) { "--root", Root };
        if (args[0] == "build" && !args.Contains("--with-search"))
        {
            all.Add("--no-search");
        }

        all.Remove("--with-search");
        var line = CommandLine.Parse([.. all], new HashSet<string>(StringComparer.Ordinal) { "no-search" });
        var output = new StringWriter();
        var error = new StringWriter();
        var code = args[0] switch
        {
            "build" => await BuildCommand.RunAsync(line, output, error),
            "check" => await CheckCommand.RunAsync(line, output, error),
            _ => throw new ArgumentException($"unknown command {args[0]}", nameof(args)),
        };
        return new CommandRun(code, output.ToString(), error.ToString());
    }

    public Task<CommandRun> BuildAsync(params string[] extra) => RunAsync(["build", .. extra]);

    /// <summary>A built file's text; fails the test with the list of written files when it is missing.</summary>
    public string Page(string outputPath)
    {
        var full = Path.Combine(OutputDirectory, outputPath);
        Assert.True(File.Exists(full), $"{outputPath} was not written. Written: {string.Join(", ", Written().Take(60))}");
        return File.ReadAllText(full);
    }

    public bool Exists(string outputPath) => File.Exists(Path.Combine(OutputDirectory, outputPath));

    public IEnumerable<string> Written() =>
        Directory.Exists(OutputDirectory)
            ? Directory.EnumerateFiles(OutputDirectory, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(OutputDirectory, p).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];

    /// <summary>Asserts that the page contains every fragment, in any order.</summary>
    public void AssertPage(string outputPath, params string[] fragments)
    {
        var page = Page(outputPath);
        foreach (var fragment in fragments)
        {
            Assert.True(page.Contains(fragment, StringComparison.Ordinal), $"{outputPath} does not contain «{fragment}».\n---\n{page}");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over clean-up.
        }
    }

    private static Dictionary<string, string> Parse(string files)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? path = null;
        var content = new StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    result[path] = content.ToString();
                }

                path = line[3..^3];
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            result[path] = content.ToString();
        }

        return result;
    }

    private static void CopyThemeAssets(string root)
    {
        var source = Path.Combine(Repository.Root, "themes", "default", "assets");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "themes", "default", "assets", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!); // A file path always has a directory.
            File.Copy(file, target);
        }
    }
}

/// <summary>What a CLI command returned and printed.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Errors);

/// <summary>The repository this test assembly was built from (found by walking up to <c>site.csproj</c>).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "site.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("site.csproj not found above " + AppContext.BaseDirectory);
    }
}
