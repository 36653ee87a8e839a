using System.Globalization;
using Samenleven.Serve;

namespace Samenleven.Cli;

/// <summary>
/// <c>preview [--port 5080] [--output DIR] [--decap-server URL] [--root DIR]</c>: builds, serves on 127.0.0.1, rebuilds
/// and reloads on change. <c>--decap-server</c> points the editor at /admin/ at a decap-server other than localhost:8081.
/// </summary>
public static class PreviewCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        // SIGTERM too (kill, a process manager, `timeout`): otherwise the server keeps the port after its parent is gone.
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        return await RunAsync(line, output, error, stop.Token).ConfigureAwait(false);
    }

    /// <summary>Runs until <paramref name="stop"/> is cancelled (Ctrl+C on the console).</summary>
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var portText = line.Value("port") ?? "5080";
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            error.WriteLine($"error: --port must be a port number such as 5080, not '{portText}'");
            return 2;
        }

        var options = new PreviewOptions
        {
            ProjectRoot = line.Root,
            OutputDirectory = line.Value("output") ?? "output",
            Port = port,
            DecapServer = line.Value("decap-server"),
        };
        if (Output.OutputFolder.Check(options.ProjectRoot, options.OutputDirectory, out var refusal) is null)
        {
            error.WriteLine($"error: {refusal}");
            return 2;
        }

        // The README's first command on a fresh clone: install Pagefind (npm ci) as `build` does, so search works in the
        // preview too. Without Node the preview still runs, without search, and says why.
        var install = new Content.DiagnosticBag();
        if (!await new Search.PagefindIndexer(options.ProjectRoot, Tools.SystemProcessRunner.Instance).EnsureInstalledAsync(install, stop).ConfigureAwait(false))
        {
            error.WriteLine("warning: the preview runs without search: " + string.Join("; ", install.Sorted().Select(d => d.Message)));
        }

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, output, stop).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            error.WriteLine($"error: cannot serve on 127.0.0.1:{port} ({e.Message}); try another port with --port");
            return 1;
        }

        await using (server.ConfigureAwait(false))
        {
            output.WriteLine($"Preview at {server.Origin}/ (editor: {server.Origin}/admin/ with `npx decap-server` running). Watching input/, data/ and the theme's assets; Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Preview stopped.");
            }
        }

        return 0;
    }
}
