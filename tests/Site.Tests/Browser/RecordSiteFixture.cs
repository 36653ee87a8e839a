using Samenleven.Tests.Support;

namespace Samenleven.Tests.Browser;

/// <summary>
/// The practice with every field filled in and the one with only the required fields (<see cref="FullRecordSite"/>),
/// built and served: the real content has no record that fills every field yet.
/// </summary>
public sealed class RecordSiteFixture : IAsyncLifetime
{
    private TestProject? _site;
    private StaticHost? _host;

    public StaticHost Host => _host ?? throw new InvalidOperationException("the fixture is not started");

    public async Task InitializeAsync()
    {
        _site = TestProject.Create(FullRecordSite.Files);
        _site.Write(FullRecordSite.AttachmentPath, new byte[240_000]);
        var run = await _site.BuildAsync();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"building the record test site failed:\n{run.Errors}");
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
