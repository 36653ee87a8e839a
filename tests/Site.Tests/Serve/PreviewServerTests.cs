using System.Net;
using Samenleven.Serve;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Serve;

/// <summary><c>preview</c>: serves the built site like the host, rebuilds on save, survives content errors.</summary>
public sealed class PreviewServerTests : IAsyncLifetime, IDisposable
{
    private const string Practice = """
        ---
        title: De Babbelberg
        summary: Nieuwkomers oefenen Nederlands.
        gemeenten: [kortrijk]
        themas: [werk]
        toegevoegd: 2026-10-01
        ---
        Eerste versie.
        """;

    /// <summary>Long enough for a loaded CI machine, short enough that a broken watcher fails the test in seconds, not hours.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TestProject _site = TestProject.Create($"""
        -- input/praktijken/de-babbelberg.md --
        {Practice}
        """);

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private PreviewServer _server = null!; // Set in InitializeAsync.

    public async Task InitializeAsync() =>
        _server = await PreviewServer.StartAsync(new PreviewOptions { ProjectRoot = _site.Root, Port = 0 }, TextWriter.Null);

    [Fact]
    public async Task Pages_are_served_under_clean_urls_with_the_reload_script_which_the_built_file_does_not_contain()
    {
        var page = await _http.GetAsync(_server.Origin + "/praktijken/de-babbelberg/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Eerste versie.", html, StringComparison.Ordinal);
        Assert.Contains(ReloadScript.Tag + "</body>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__preview", _site.Page("praktijken/de-babbelberg/index.html"), StringComparison.Ordinal);
        Assert.Equal("text/javascript; charset=utf-8", (await _http.GetAsync(_server.Origin + ReloadScript.Path)).Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task An_unknown_path_gets_the_sites_404_page_and_a_folder_without_slash_is_redirected()
    {
        var missing = await _http.GetAsync(_server.Origin + "/bestaat-niet/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains(ReloadScript.NotFoundTag, await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var folder = await _http.GetAsync(_server.Origin + "/praktijken/de-babbelberg");
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/praktijken/de-babbelberg/", folder.Headers.Location?.OriginalString);

        var escape = await _http.GetAsync(_server.Origin + "/..%2F..%2Fetc%2Fpasswd");
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
    }

    [Fact]
    public async Task Absolute_urls_point_at_the_preview_not_at_the_live_site()
    {
        var html = await _http.GetStringAsync(_server.Origin + "/praktijken/de-babbelberg/");
        var canonical = html[html.IndexOf("<link rel=\"canonical\"", StringComparison.Ordinal)..];
        Assert.StartsWith($"""<link rel="canonical" href="{_server.Origin}/praktijken/de-babbelberg/" """.TrimEnd(), canonical, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_file_rebuilds_and_the_served_page_changes_and_open_tabs_hear_which_pages_changed()
    {
        using var events = await EventStream.OpenAsync(_http, _server.Origin + ReloadHub.EventsPath);
        await events.WaitForAsync("event: ready", Patience);

        _site.Write("input/praktijken/de-babbelberg.md", Practice.Replace("Eerste versie.", "Tweede versie.", StringComparison.Ordinal));

        var reload = await events.WaitForAsync("event: reload", Patience);
        Assert.Contains("\"/praktijken/de-babbelberg/\"", reload, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/over/\"", reload, StringComparison.Ordinal); // Unchanged pages are not rewritten.
        Assert.Contains("Tweede versie.", await _http.GetStringAsync(_server.Origin + "/praktijken/de-babbelberg/"), StringComparison.Ordinal);
        Assert.Equal(1, _server.LastBuild!.DocumentsRead); // Only the saved file was parsed again.
    }

    [Fact]
    public async Task A_new_file_appears_and_a_deleted_file_disappears()
    {
        _site.Write("input/praktijken/buurtpraat.md", Practice.Replace("De Babbelberg", "Buurtpraat", StringComparison.Ordinal));
        await Eventually(async () => (await _http.GetAsync(_server.Origin + "/praktijken/buurtpraat/")).StatusCode == HttpStatusCode.OK);

        File.Delete(Path.Combine(_site.Root, "input/praktijken/buurtpraat.md"));
        await Eventually(async () => (await _http.GetAsync(_server.Origin + "/praktijken/buurtpraat/")).StatusCode == HttpStatusCode.NotFound);
        Assert.False(File.Exists(Path.Combine(_site.OutputDirectory, "praktijken/buurtpraat/index.html")));
    }

    [Fact]
    public async Task A_content_error_is_shown_to_open_tabs_the_last_good_site_stays_up_and_fixing_the_file_recovers()
    {
        using var events = await EventStream.OpenAsync(_http, _server.Origin + ReloadHub.EventsPath);
        await events.WaitForAsync("event: ready", Patience);

        _site.Write("input/praktijken/de-babbelberg.md", Practice.Replace("[kortrijk]", "[kortrjik]", StringComparison.Ordinal));

        var problem = await events.WaitForAsync("event: problem", Patience);
        Assert.Contains("input/praktijken/de-babbelberg.md:4:", problem, StringComparison.Ordinal);
        Assert.Contains("did you mean 'kortrijk'?", problem, StringComparison.Ordinal); // Readable: the panel shows it as it is.
        Assert.Contains("Eerste versie.", await _http.GetStringAsync(_server.Origin + "/praktijken/de-babbelberg/"), StringComparison.Ordinal);

        // A tab opened now hears about the problem at once.
        using (var late = await EventStream.OpenAsync(_http, _server.Origin + ReloadHub.EventsPath))
        {
            await late.WaitForAsync("event: problem", Patience);
        }

        _site.Write("input/praktijken/de-babbelberg.md", Practice.Replace("Eerste versie.", "Hersteld.", StringComparison.Ordinal));

        await events.WaitForAsync("event: fixed", Patience);
        Assert.Contains("Hersteld.", await _http.GetStringAsync(_server.Origin + "/praktijken/de-babbelberg/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_is_served_with_its_own_content_security_policy()
    {
        _site.Write("output-check.txt", ""); // Not watched: changes outside input/, data/ and the theme cause no build.
        var response = await _http.GetAsync(_server.Origin + "/admin/");
        Assert.Contains("'wasm-unsafe-eval'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"the condition did not hold within {Patience.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _http.Dispose();
        _site.Dispose();
    }
}

/// <summary>A server-sent event stream read as text, for tests.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly System.Text.StringBuilder _seen = new();

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
        var current = new System.Text.StringBuilder();
        while (true)
        {
            string? line;
            try
            {
                line = await _reader.ReadLineAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"no '{eventLine}' within {patience.TotalSeconds} s; received:\n{_seen}");
            }

            Assert.NotNull(line);
            _seen.Append(line).Append('\n');
            if (line.Length == 0)
            {
                var text = current.ToString();
                current.Clear();
                if (text.StartsWith(eventLine, StringComparison.Ordinal))
                {
                    return text;
                }
            }
            else
            {
                current.Append(line).Append('\n');
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
