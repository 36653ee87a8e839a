using System.Diagnostics;
using System.Net.Sockets;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Serve;

public sealed class PreviewStopTests
{
    [Fact]
    public Task The_preview_stops_and_frees_its_port_when_it_is_terminated() => RunAndTerminate(save: false);

    [Fact]
    public Task A_save_followed_at_once_by_termination_stops_cleanly_without_an_exception() => RunAndTerminate(save: true);

    private static async Task RunAndTerminate(bool save)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return; // SIGTERM is a POSIX signal; Windows stops the preview with Ctrl+C only.
        }

        using var site = TestProject.Create("");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = site.Root };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "site.dll"), "preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--root", site.Root })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!; // Start returns null only for shell-executed documents.
        try
        {
            var errors = process.StandardError.ReadToEndAsync();
            await TerminateAfterStart(process, port, save ? () => File.AppendAllText(Path.Combine(site.Root, "input", "over.md"), "\nNog een regel.\n") : null);
            Assert.DoesNotContain("Exception", await errors, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true); // Never leave a server behind when the test fails.
            }
        }
    }

    private static async Task TerminateAfterStart(Process process, int port, Action? beforeTermination)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/"))).EnsureSuccessStatusCode();
                break;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(200);
            }
        }

        beforeTermination?.Invoke();
        Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
        using var probe = new TcpListener(System.Net.IPAddress.Loopback, port);
        probe.Start(); // Throws if the port were still taken.
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
