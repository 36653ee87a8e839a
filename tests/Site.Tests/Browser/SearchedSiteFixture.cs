using Samenleven.Tests.Support;

namespace Samenleven.Tests.Browser;

/// <summary>
/// A small stated site built with its search index (Pagefind from the repository's node_modules) and served by a static
/// host, once per test class: the setup every search fixture shares; each states only its content.
/// </summary>
public abstract class SearchedSiteFixture(string content) : IAsyncLifetime
{
    private TestProject? _site;
    private StaticHost? _host;

    public StaticHost Host => _host ?? throw new InvalidOperationException("the fixture is not started");

    internal TestProject Site => _site ?? throw new InvalidOperationException("the fixture is not started");

    public async Task InitializeAsync()
    {
        await SearchSiteFixture.EnsurePagefindAsync();
        _site = TestProject.Create(content);
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "node_modules"), Path.Combine(Repository.Root, "node_modules"));
        var run = await _site.RunAsync("build", "--with-search");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"building the search test site failed:\n{run.Errors}");
        }

        _host = await StaticHost.StartAsync(_site.OutputDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _site?.Dispose();
    }
}
