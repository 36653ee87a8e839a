using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Browser;

/// <summary>
/// A small site whose form "Praktijk voorstellen" posts to a local form service that records every POST and answers as
/// a form service does, with a redirect to the site's thank-you page. The site's <c>data/site.yml</c> points
/// <c>formulier</c> at it; the pages the form needs (<c>bijdragen</c>, <c>privacy</c>) are the repository's own.
/// </summary>
public sealed class ContributeSiteFixture : IAsyncLifetime
{
    private TestProject? _site;
    private StaticHost? _host;
    private WebApplication? _endpoint;

    public StaticHost Host => _host ?? throw new InvalidOperationException("the fixture is not started");

    /// <summary>Every POST the form service received, as field name/value pairs in the order the browser sent them.</summary>
    public ConcurrentQueue<IReadOnlyList<KeyValuePair<string, string>>> Posts { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        _endpoint = builder.Build();
        _endpoint.MapPost("/inzending", async context =>
        {
            var form = await context.Request.ReadFormAsync();
            Posts.Enqueue([.. form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")))]);
            context.Response.Redirect(Host.Url("/bijdragen/bedankt/"));
        });
        await _endpoint.StartAsync();
        var endpoint = _endpoint.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/'); // Kestrel reports its bound address.

        _site = TestProject.Create($"""
            -- data/site.yml --
            title: Testsite
            description: Een site om te testen.
            base_url: https://example.org/
            repository: https://github.com/voorbeeld/site
            formulier: {endpoint}/inzending
            -- input/praktijken/taalcafe.md --
            ---
            title: Taalcafé in de bib
            summary: Nieuwkomers oefenen Nederlands met vrijwilligers.
            gemeenten: [kruibeke]
            themas: [taal-en-communicatie]
            toegevoegd: 2026-10-01
            ---
            Wekelijks.
            """);
        foreach (var page in new[] { "bijdragen", "privacy", "toegankelijkheid" })
        {
            _site.Write($"input/{page}.md", await File.ReadAllTextAsync(Path.Combine(Repository.Root, "input", page + ".md")));
        }

        var run = await _site.BuildAsync();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"building the contribution test site failed:\n{run.Errors}");
        }

        _host = await StaticHost.StartAsync(_site.OutputDirectory);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_endpoint is not null)
        {
            await _endpoint.StopAsync();
            await _endpoint.DisposeAsync();
        }

        _site?.Dispose();
    }
}
