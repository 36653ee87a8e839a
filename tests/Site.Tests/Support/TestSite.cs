using System.Text;
using Samenleven.Cli;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Output;
using Samenleven.Site;

namespace Samenleven.Tests.Support;

/// <summary>
/// A small site stated inline and built in memory, as Hugo's integration tests do: no folder is written, so whole-site
/// tests are fast and cannot collide. The build runs the real pipeline and reports as the CLI does. For what needs a
/// real folder (the CLI as a process, the preview server, the search index, hosting), see <see cref="TestProject"/>.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private readonly Dictionary<string, byte[]> _files;
    private IReadOnlyDictionary<string, byte[]> _output = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    private TestSite(Dictionary<string, byte[]> files) => _files = files;

    /// <summary>The stated files and the defaults they do not override, with the repository's theme assets.</summary>
    public static TestSite Create(string files, bool withDefaults = true)
    {
        var all = new Dictionary<string, byte[]>(InlineFiles.ThemeAssets, StringComparer.Ordinal);
        foreach (var (path, content) in InlineFiles.With(files, withDefaults))
        {
            all[path] = Encoding.UTF8.GetBytes(content);
        }

        return new TestSite(all);
    }

    /// <summary>The day the build runs on, for the warnings about ageing records; null builds without a clock, as tests mostly do.</summary>
    public DateOnly? Today { get; set; }

    /// <summary>What git would say about when each file last changed; null is a project outside a git checkout.</summary>
    public IReadOnlyDictionary<string, DateOnly>? Commits { get; set; }

    public void Write(string path, string content) => _files[path] = Encoding.UTF8.GetBytes(content);

    public void Write(string path, byte[] bytes) => _files[path] = bytes;

    public void Delete(string path) => _files.Remove(path);

    /// <summary>The project as the build sees it: the files as they are now.</summary>
    public IProjectSource Source => new MemoryProjectSource(_files);

    /// <summary>
    /// What the page planners see: the loaded project at <paramref name="baseUrl"/>. Fails the test when the site does
    /// not load, so a planner test always starts from valid content.
    /// </summary>
    public SiteContext Context(string baseUrl = "https://example.org/")
    {
        var diagnostics = new DiagnosticBag();
        var project = new ProjectLoader(Source, today: Today, commits: Commits).Load(diagnostics);
        Assert.True(project is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return new SiteContext(project, new SiteUrls(baseUrl));
    }

    /// <summary>
    /// Builds the site (<c>--base-url URL</c> is understood) and reports like <c>build</c>: exit code 0 with the built site
    /// readable through <see cref="Page"/>, or 1 with the diagnostics, leaving the previous build readable.
    /// </summary>
    public async Task<CommandRun> BuildAsync(params string[] args)
    {
        var baseUrl = args.SkipWhile(a => a != "--base-url").Skip(1).FirstOrDefault();
        var writer = new MemorySiteWriter();
        var result = await new BuildPipeline(Source, new BuildOptions { BaseUrl = baseUrl, Today = Today, Commits = Commits }).RunAsync(() => writer);
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = BuildCommand.Report(result, "output", output, error);
        if (code == 0)
        {
            _output = writer.Files;
        }

        return new CommandRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Checks the site and reports like <c>check</c>.</summary>
    public async Task<CommandRun> CheckAsync()
    {
        var result = await new BuildPipeline(Source, new BuildOptions { Today = Today, Commits = Commits }).RunAsync(openWriter: null);
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = CheckCommand.Report(result, output, error);
        return new CommandRun(code, output.ToString(), error.ToString());
    }

    /// <summary>A built file's text; fails the test with the list of written files when it is missing.</summary>
    public string Page(string outputPath)
    {
        Assert.True(_output.ContainsKey(outputPath), $"{outputPath} was not written. Written: {string.Join(", ", Written().Take(60))}");
        return Encoding.UTF8.GetString(_output[outputPath]);
    }

    public byte[] Bytes(string outputPath) => _output[outputPath];

    public bool Exists(string outputPath) => _output.ContainsKey(outputPath);

    /// <summary>Every file of the last successful build, by site path without the leading slash, in ordinal order.</summary>
    public IEnumerable<string> Written() => _output.Keys.Order(StringComparer.Ordinal);

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
        // Nothing on disk: kept so tests read the same whether their site is in memory or in a folder.
    }
}
