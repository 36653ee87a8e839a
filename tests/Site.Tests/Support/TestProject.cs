using System.Text;
using Samenleven.Cli;

namespace Samenleven.Tests.Support;

/// <summary>
/// A small site stated inline and written into a fresh temporary folder: for the disk edge, where a real folder is the
/// point (the CLI, the preview server, the search index, a static host, symlinks). Everything else uses <see cref="TestSite"/>.
/// </summary>
internal sealed class TestProject : IDisposable
{
    private TestProject(string root) => Root = root;

    public string Root { get; }

    public string OutputDirectory => Path.Combine(Root, "output");

    /// <summary>The day <c>check</c> runs on: fixed, so records age the same way whenever the tests run.</summary>
    public DateOnly Today { get; set; } = new(2026, 12, 1);

    /// <summary>Writes the stated files (and the defaults they do not override) with the repository's theme assets.</summary>
    public static TestProject Create(string files, bool withDefaults = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "samenleven-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var project = new TestProject(root);
        foreach (var (path, bytes) in InlineFiles.ThemeAssets)
        {
            project.Write(path, bytes);
        }

        foreach (var (path, content) in InlineFiles.With(files, withDefaults))
        {
            project.Write(path, content);
        }

        return project;
    }

    public void Write(string path, string content) => Write(path, new UTF8Encoding(false).GetBytes(content));

    public void Write(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!); // A file path always has a directory.
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Runs a CLI command (<c>build</c>, <c>check</c>) in-process against this folder, without search unless asked.</summary>
    public async Task<CommandRun> RunAsync(params string[] args)
    {
        var all = new List<string>(args) { "--root", Root };
        if (args[0] == "build" && !args.Contains("--with-search"))
        {
            all.Add("--no-search");
        }

        all.Remove("--with-search");
        var line = CommandLine.Parse([.. all]);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = args[0] switch
        {
            "build" => await BuildCommand.RunAsync(line, output, error),
            "check" => await CheckCommand.RunAsync(line, output, error, new CheckSettings(Today)),
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
}
