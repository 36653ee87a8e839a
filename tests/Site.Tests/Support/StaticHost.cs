using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Samenleven.Tests.Support;

/// <summary>
/// Serves a built site from disk on 127.0.0.1 and a free port, the way a static host does: clean URLs
/// (<c>/x/</c> → <c>/x/index.html</c>), the site's <c>404.html</c> for unknown paths, optionally under a sub-path.
/// </summary>
public sealed class StaticHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticHost(WebApplication app, string origin, string basePath)
    {
        _app = app;
        Origin = origin;
        BasePath = basePath;
    }

    /// <summary>For example <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; }

    /// <summary>"/" or a sub-path such as "/sub/".</summary>
    public string BasePath { get; }

    /// <summary>The absolute URL of a site path such as <c>/praktijken/</c>.</summary>
    public string Url(string sitePath) => Origin + BasePath.TrimEnd('/') + sitePath;

    public static async Task<StaticHost> StartAsync(string directory, string basePath = "/")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = directory, WebRootPath = directory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(directory));
        var prefix = basePath.TrimEnd('/');
        void Configure(IApplicationBuilder site)
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                ServeUnknownFileTypes = true,
                OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-store",
            });
            site.Run(async context =>
            {
                context.Response.StatusCode = 404;
                context.Response.ContentType = "text/html; charset=utf-8";
                var notFound = files.GetFileInfo("404.html");
                if (notFound.Exists)
                {
                    await context.Response.SendFileAsync(notFound);
                }
            });
        }

        if (prefix.Length == 0)
        {
            Configure(app);
        }
        else
        {
            app.Map(prefix, Configure);
            app.Run(context =>
            {
                context.Response.StatusCode = 404;
                return Task.CompletedTask;
            });
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // Kestrel always reports its bound address.
        return new StaticHost(app, address.TrimEnd('/'), prefix + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
