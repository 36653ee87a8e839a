using System.Diagnostics;
using System.Net.Sockets;

namespace Samenleven.Tests.Support;

/// <summary>The project's npm tools for tests: installed from package-lock.json, decap-server started on loopback.</summary>
internal static class NodeTools
{
    /// <summary>
    /// Runs <c>npm ci</c> in <paramref name="root"/> (a scratch copy with package.json and package-lock.json), so the
    /// developer's node_modules is never installed into while the search stage may be using it.
    /// </summary>
    public static async Task InstallAsync(string root)
    {
        var start = new ProcessStartInfo("npm") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund", "--prefer-offline" })
        {
            start.ArgumentList.Add(arg);
        }

        using var npm = Process.Start(start)!; // Start returns null only for shell-executed documents.
        var output = npm.StandardOutput.ReadToEndAsync();
        var errors = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync();
        Assert.True(npm.ExitCode == 0, $"npm ci failed:\n{await output}\n{await errors}");
    }

    /// <summary>decap-server in file-system mode, bound to 127.0.0.1, writing into <paramref name="repository"/> only.</summary>
    public static Process StartDecapServer(string repository, int port, TextWriter log)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(repository, "node_modules", "decap-server", "dist", "index.js"));
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["MODE"] = "fs";
        start.Environment["GIT_REPO_DIRECTORY"] = repository;
        var process = Process.Start(start)!; // As above.
        process.OutputDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitForPortAsync(int port, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
