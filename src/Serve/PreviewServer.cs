using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Samenleven.Cms;
using Samenleven.Output;
using Samenleven.Site;
using Samenleven.Tools;

namespace Samenleven.Serve;

/// <summary>What the preview server is asked to do.</summary>
public sealed record PreviewOptions
{
    public required string ProjectRoot { get; init; }

    public string OutputDirectory { get; init; } = "output";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = 5080;

    /// <summary>
    /// The decap-server the editor at /admin/ saves through, such as <c>http://127.0.0.1:8082/api/v1</c>; null for
    /// Decap's default (<c>http://localhost:8081/api/v1</c>, what <c>npx decap-server</c> listens on).
    /// </summary>
    public string? DecapServer { get; init; }

    /// <summary>Origins the editor may call besides its own: the local decap-server.</summary>
    public string AdminConnectSources => DecapServer is { } url
        ? new Uri(url).GetLeftPart(UriPartial.Authority)
        : "http://localhost:8081 http://127.0.0.1:8081";
}

/// <summary>
/// <c>preview</c>: builds the site, serves it on 127.0.0.1 with Kestrel the way the host does (clean URLs, the site's
/// 404 page), rebuilds on every change to the content and reloads the open tabs through <see cref="ReloadHub"/>.
/// A failed build keeps the last good site online and shows its errors in the console and the tabs.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    private readonly PreviewOptions _options;
    private readonly TextWriter _log;
    private readonly ReloadHub _hub = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;
    private ChangeWatcher? _watcher;
    private PreviewSession? _session;
    private Task? _loop;

    private PreviewServer(PreviewOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    /// <summary>For example <c>http://127.0.0.1:5080</c>.</summary>
    public string Origin { get; private set; } = "";

    public ReloadHub Hub => _hub;

    /// <summary>The last build, for the console and for tests.</summary>
    public PreviewBuild? LastBuild { get; private set; }

    /// <summary>Binds the port, builds the site once, and starts watching. Throws IOException when the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var server = new PreviewServer(options, log);
        await server.StartCoreAsync(cancellationToken).ConfigureAwait(false);
        return server;
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _options.ProjectRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, _options.Port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);

        // Kestrel reports the address it bound, also when the port was 0.
        Origin = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        // The editor's bundle is made ready once: a failure is reported now, not retried on every save.
        var (bundle, problem) = await DecapBundle.EnsureAsync(_options.ProjectRoot, SystemProcessRunner.Instance, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            _log.WriteLine($"warning: the editor at /admin/ is left out: {problem}");
        }

        // The base URL is the server itself, so canonical links and feeds point at the preview, never at the live site.
        var output = OutputFolder.Check(_options.ProjectRoot, _options.OutputDirectory, out var refusal)
            ?? throw new InvalidOperationException(refusal); // PreviewCommand refuses such folders before starting.
        // Git history is read once: editing files in the preview changes no commit.
        var commits = await GitHistory.LastCommitDaysAsync(_options.ProjectRoot, SystemProcessRunner.Instance, cancellationToken).ConfigureAwait(false);
        _session = new PreviewSession(_options.ProjectRoot, output, Origin + "/", bundle is null ? [] : DecapBundle.Files(bundle), commits);
        _watcher = new ChangeWatcher(_options.ProjectRoot);
        await BuildAsync(["(start)"]).ConfigureAwait(false);
        _firstBuild.TrySetResult();
        _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
    }

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            IReadOnlyList<string> changes;
            try
            {
                changes = await _watcher!.NextBatchAsync(stopping).ConfigureAwait(false); // Set in StartCoreAsync before the loop starts.
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await BuildAsync(changes).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Stopped (Ctrl+C, SIGTERM) in the middle of a rebuild: the last good site stays on disk.
                return;
            }
        }
    }

    private async Task BuildAsync(IReadOnlyList<string> changes)
    {
        PreviewBuild build;
        try
        {
            build = await _session!.BuildAsync(_stopping.Token).ConfigureAwait(false); // Set in StartCoreAsync before any build.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file locked or half-written by an editor: report it like a content error and wait for the next save.
            build = new PreviewBuild(false, [Content.Diagnostic.Error(Content.DiagnosticCode.BuildFault, changes.Count > 0 ? changes[0] : "input", 1, 1, $"the build failed: {e.Message}")], [], TimeSpan.Zero, 0, 0, 0);
        }

        LastBuild = build;
        Report(changes, build);
        await _hub.PublishAsync(build).ConfigureAwait(false);
    }

    private void Report(IReadOnlyList<string> changes, PreviewBuild build)
    {
        var what = changes.Count == 1 ? changes[0] : $"{changes.Count} changes";
        var time = build.Elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        if (build.Succeeded)
        {
            foreach (var warning in build.Diagnostics)
            {
                _log.WriteLine(warning.ToString());
            }

            _log.WriteLine($"{what}: rebuilt in {time} ms ({build.DocumentsRead} files parsed, {build.DocumentsReused} reused; {build.ChangedPaths.Length} of {build.FilesOffered} output files changed)");
        }
        else
        {
            foreach (var diagnostic in build.Diagnostics)
            {
                _log.WriteLine(diagnostic.ToString());
            }

            _log.WriteLine($"{what}: the content has errors; still serving the last good build. Fix the file and save it again.");
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        response.Headers.CacheControl = "no-store";

        // Only this machine, by its own name: a page elsewhere cannot reach the preview through a name that points at
        // 127.0.0.1 (DNS rebinding).
        if (!IsAllowedHost(context.Request.Host.Value ?? "", Origin))
        {
            response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            await response.WriteAsync("This preview answers only at " + Origin + "/\n").ConfigureAwait(false);
            return;
        }

        if (path == ReloadHub.EventsPath)
        {
            await _hub.SubscribeAsync(context, _stopping.Token).ConfigureAwait(false);
            return;
        }

        if (path == ReloadScript.Path)
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.WriteAsync(ReloadScript.Source).ConfigureAwait(false);
            return;
        }

        await _firstBuild.Task.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        var root = _session!.OutputDirectory; // Set before the first build completes.
        // The same policy as the live site, so the preview shows what the CSP would block.
        response.Headers.ContentSecurityPolicy = path.StartsWith(Urls.Admin, StringComparison.Ordinal) || path == Urls.Admin.TrimEnd('/')
            ? AdminPage.ContentSecurityPolicy(extraConnect: _options.AdminConnectSources)
            : Deploy.HostRules.SitePolicy;

        switch (Resolve(root, path))
        {
            case (null, { } redirect):
                response.Redirect(redirect + context.Request.QueryString, permanent: false);
                return;
            case ({ } file, _):
                await SendFileAsync(context, file, path, StatusCodes.Status200OK, _options.DecapServer).ConfigureAwait(false);
                return;
            default:
                var notFound = Path.Combine(root, "404.html");
                if (File.Exists(notFound))
                {
                    await SendFileAsync(context, notFound, path, StatusCodes.Status404NotFound).ConfigureAwait(false);
                }
                else
                {
                    response.StatusCode = StatusCodes.Status404NotFound;
                }

                return;
        }
    }

    /// <summary>The file a URL path serves, or the URL to redirect to (a folder without its slash); null for nothing.</summary>
    public static (string? File, string? Redirect) Resolve(string root, string urlPath)
    {
        // Inside the root, not merely starting with its name: /..%2Foutput-old/x must not reach a sibling folder.
        if (PathGuard.Inside(root, Uri.UnescapeDataString(urlPath).TrimStart('/')) is not { } full)
        {
            return (null, null);
        }

        if (urlPath.EndsWith('/'))
        {
            var index = Path.Combine(full, "index.html");
            return File.Exists(index) ? (index, null) : (null, null);
        }

        if (File.Exists(full))
        {
            return (full, null);
        }

        return Directory.Exists(full) && File.Exists(Path.Combine(full, "index.html")) ? (null, urlPath + "/") : (null, null);
    }

    /// <summary>Whether a request's Host names this server: 127.0.0.1 or localhost, on its port.</summary>
    public static bool IsAllowedHost(string host, string origin)
    {
        var port = new Uri(origin).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Equals(host, "127.0.0.1:" + port, StringComparison.OrdinalIgnoreCase)
            || string.Equals(host, "localhost:" + port, StringComparison.OrdinalIgnoreCase);
    }

    // Big files (the editor's bundle) are streamed from disk, a few at a time: 200 requests at once must not mean 200
    // copies in memory.
    private static readonly SemaphoreSlim Streams = new(4, 4);

    private static async Task SendFileAsync(HttpContext context, string file, string urlPath, int status, string? decapServer = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (!ContentTypes.TryGetContentType(file, out var type))
        {
            type = "application/octet-stream";
        }

        response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
        var isPage = type.StartsWith("text/html", StringComparison.Ordinal) && !urlPath.StartsWith(Urls.Admin, StringComparison.Ordinal);
        var isConfig = urlPath == Urls.Admin + "config.yml" && decapServer is not null;
        if (!isPage && !isConfig)
        {
            await StreamAsync(context, file).ConfigureAwait(false);
            return;
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            // Deleted by a rebuild between Resolve and here: the tab will be told to reload.
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (isConfig)
        {
            bytes = Encoding.UTF8.GetBytes(CmsConfig.WithLocalBackend(Encoding.UTF8.GetString(bytes), decapServer!)); // isConfig: decapServer is set.
        }

        if (isPage)
        {
            bytes = Inject(bytes, status == StatusCodes.Status404NotFound ? ReloadScript.NotFoundTag : ReloadScript.Tag);
        }

        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task StreamAsync(HttpContext context, string file)
    {
        await Streams.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
            context.Response.ContentLength = stream.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await stream.CopyToAsync(context.Response.Body, 64 * 1024, context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (FileNotFoundException)
        {
            // Deleted by a rebuild between Resolve and here: the tab will be told to reload.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        finally
        {
            Streams.Release();
        }
    }

    /// <summary>Adds the reload script before <c>&lt;/body&gt;</c>: only in what the preview serves, never in the built file.</summary>
    public static byte[] Inject(byte[] html, string tag)
    {
        var text = Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = end < 0 ? text + tag : string.Concat(text.AsSpan(0, end), tag, text.AsSpan(end));
        return Encoding.UTF8.GetBytes(text);
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".yml"] = "text/yaml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _watcher?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
    }
}
