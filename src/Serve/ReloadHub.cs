using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Samenleven.Serve;

/// <summary>
/// The server-sent events that keep open tabs current: <c>reload</c> with the site paths that changed (a tab reloads
/// when its own page is among them), <c>problem</c> with the content errors of a failed build (the tab shows them over
/// the last good page), <c>fixed</c> when a build succeeds again. A tab that connects while the content is broken gets
/// the errors at once.
/// </summary>
public sealed class ReloadHub
{
    public const string EventsPath = "/__preview/events";

    // Relaxed: the data is read with JSON.parse and shown with textContent, never as HTML, and stays readable in logs.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ConcurrentDictionary<Guid, Client> _clients = new();
    private readonly Lock _gate = new();
    private string? _problem;

    private sealed record Client(HttpResponse Response, SemaphoreSlim Send);

    public int Connected => _clients.Count;

    /// <summary>Tells every tab what the last build did.</summary>
    public async Task PublishAsync(PreviewBuild build)
    {
        string message;
        lock (_gate)
        {
            if (!build.Succeeded)
            {
                _problem = JsonSerializer.Serialize(build.Diagnostics.Select(d => d.ToString()).ToArray(), Json);
                message = Event("problem", _problem);
            }
            else
            {
                var wasBroken = _problem is not null;
                _problem = null;
                message = (wasBroken ? Event("fixed", "[]") : "") + Event("reload", JsonSerializer.Serialize(build.ChangedPaths.ToArray(), Json));
            }
        }

        await Task.WhenAll(_clients.Select(c => SendAsync(c.Key, c.Value, message))).ConfigureAwait(false);
    }

    /// <summary>Serves one event stream until the tab goes away or the server stops.</summary>
    public async Task SubscribeAsync(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var id = Guid.NewGuid();
        var client = new Client(context.Response, new SemaphoreSlim(1, 1));
        string hello;
        lock (_gate)
        {
            hello = "retry: 500\n\n" + (_problem is null ? Event("ready", "[]") : Event("problem", _problem));
            _clients[id] = client;
        }

        using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await SendAsync(id, client, hello).ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, gone.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server stops: both end the stream normally.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    private async Task SendAsync(Guid id, Client client, string message)
    {
        await client.Send.WaitAsync().ConfigureAwait(false);
        try
        {
            await client.Response.WriteAsync(message).ConfigureAwait(false);
            await client.Response.Body.FlushAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            _clients.TryRemove(id, out _);
        }
        finally
        {
            client.Send.Release();
        }
    }

    private static string Event(string name, string json) => $"event: {name}\ndata: {json}\n\n";
}
