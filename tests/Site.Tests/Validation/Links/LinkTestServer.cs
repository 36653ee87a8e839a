using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Samenleven.Tests.Validation.Links;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port with one endpoint per kind of link, counting what it is asked:
/// requests per path and method, and the most requests it ever handled at the same time.
/// </summary>
internal sealed class LinkTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _userAgents = new();
    private readonly TaskCompletionSource _twoInFlight = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _slowRequestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _maxInFlight;
    private int _busyCalls;

    private LinkTestServer(WebApplication app) => _app = app;

    /// <summary>For example <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; private set; } = "";

    public string Url(string path) => Origin + path;

    /// <summary>Requests for a path with any method.</summary>
    public int Requests(string path) => _requests.Where(kv => kv.Key.EndsWith(" " + path, StringComparison.Ordinal)).Sum(kv => kv.Value);

    /// <summary>Requests for a path with one method, such as "HEAD".</summary>
    public int Requests(string method, string path) => _requests.GetValueOrDefault(method + " " + path);

    public int TotalRequests => _requests.Values.Sum();

    /// <summary>The most requests that were being handled at one moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public IReadOnlyCollection<string> UserAgents => _userAgents;

    /// <summary>Completes when the first request for <c>/slow</c> is being handled.</summary>
    public Task SlowRequestArrived => _slowRequestArrived.Task;

    /// <summary>An http URL on 127.0.0.1 where nothing listens: the port was free a moment ago and is closed again.</summary>
    public static string ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
    }

    public static async Task<LinkTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LinkTestServer(app);
        app.Use(server.CountAsync);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        server.Origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/'); // Kestrel always reports its bound address.
        return server;
    }

    private async Task CountAsync(HttpContext context, RequestDelegate next)
    {
        _requests.AddOrUpdate($"{context.Request.Method} {context.Request.Path}", 1, (_, n) => n + 1);
        _userAgents.Enqueue(context.Request.Headers.UserAgent.ToString());
        var now = Interlocked.Increment(ref _inFlight);
        for (var seen = Volatile.Read(ref _maxInFlight); now > seen; seen = Volatile.Read(ref _maxInFlight))
        {
            Interlocked.CompareExchange(ref _maxInFlight, now, seen);
        }

        if (now >= 2)
        {
            _twoInFlight.TrySetResult();
        }

        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var response = context.Response;
        var isHead = HttpMethods.IsHead(context.Request.Method);
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        switch (context.Request.Path.Value)
        {
            case "/ok" or "/moved/end":
                response.StatusCode = 200;
                break;
            case "/missing":
                response.StatusCode = 404;
                break;
            case "/error":
                response.StatusCode = 500;
                break;
            case "/moved":
                Redirect(response, 301, "/moved/next");
                break;
            case "/moved/next":
                Redirect(response, 302, "end"); // Relative to /moved/next: /moved/end.
                break;
            case "/loop/a":
                Redirect(response, 302, "/loop/b");
                break;
            case "/loop/b":
                Redirect(response, 302, "/loop/a");
                break;
            case "/no-head":
                response.StatusCode = isHead ? 405 : 200;
                break;
            case "/busy":
                // The first request is told to come back in a second; later ones are answered.
                if (Interlocked.Increment(ref _busyCalls) == 1)
                {
                    response.StatusCode = 429;
                    response.Headers.RetryAfter = "1";
                }
                else
                {
                    response.StatusCode = 200;
                }

                break;
            case "/slow":
                // Never answers: the client gives up first, and the wait ends when it hangs up or the server stops.
                _slowRequestArrived.TrySetResult();
                await WaitUntilCancelled(gone.Token);
                break;
            default:
                if (context.Request.Path.StartsWithSegments("/held", StringComparison.Ordinal))
                {
                    // Held until two requests are handled at once, so a per-host limit of two is reached for certain.
                    // The bound only matters when the client never sends two at once: then MaxInFlight stays 1 and the test says so.
                    await Task.WhenAny(_twoInFlight.Task, Task.Delay(TimeSpan.FromSeconds(2), gone.Token));
                    response.StatusCode = 200;
                }
                else
                {
                    response.StatusCode = 404;
                }

                break;
        }
    }

    private static void Redirect(HttpResponse response, int status, string location)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    private static async Task WaitUntilCancelled(CancellationToken token)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
            // The client hung up or the server is stopping: the endpoint's work is done.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
