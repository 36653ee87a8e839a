using System.Net;
using Samenleven.Deploy;
using Samenleven.Serve;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Hostile;

/// <summary>The preview on a developer's machine: only for that machine, under the live site's policy, frugal with big files.</summary>
[Collection(nameof(MeasuresAllocations))]
public sealed class PreviewAttackTests : IAsyncLifetime, IDisposable
{
    private readonly TestProject _site = TestProject.Create(HostileProject.GoodSite);
    private PreviewServer? _server;

    public async Task InitializeAsync() =>
        _server = await PreviewServer.StartAsync(new PreviewOptions { ProjectRoot = _site.Root, Port = 0 }, TextWriter.Null);

    [Theory]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("")]
    public async Task A_request_under_a_name_other_than_the_loopback_address_is_refused(string host)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, _server!.Origin + "/");
        request.Headers.Host = host.Length == 0 ? "x" : host;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_are_served_under_the_same_content_security_policy_as_the_live_site()
    {
        using var http = new HttpClient();

        using var page = await http.GetAsync(_server!.Origin + "/praktijken/goed/");
        using var localhost = await http.GetAsync(_server.Origin.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HostRules.SitePolicy, string.Join("", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(HttpStatusCode.OK, localhost.StatusCode);
    }

    [Theory]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%5C..%5Cetc%5Cpasswd")]
    [InlineData("/..%252F..%252Fetc%252Fpasswd")]
    public async Task Path_traversal_in_any_encoding_stays_refused(string path)
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(_server!.Origin + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_hundred_requests_at_once_for_a_big_file_are_streamed_not_copied_into_memory()
    {
        var big = Path.Combine(_site.OutputDirectory, "admin", "groot.js");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!); // A file path has a folder.
        await File.WriteAllBytesAsync(big, new byte[4 * 1024 * 1024]);
        using var http = new HttpClient();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var lengths = await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
        {
            using var response = await http.GetAsync(_server!.Origin + "/admin/groot.js", HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[16 * 1024];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }

            return total;
        }));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.All(lengths, length => Assert.Equal(4 * 1024 * 1024, length));
        // Read whole, the 200 answers would allocate 800 MB in this process (server and client share it).
        Assert.True(allocated < 256L * 1024 * 1024, $"{allocated / 1024 / 1024} MB allocated for 200 streamed answers");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose() => _site.Dispose();
}

/// <summary>Tests that measure this process's allocations run alone, not beside other test classes.</summary>
[CollectionDefinition(nameof(MeasuresAllocations), DisableParallelization = true)]
public sealed class MeasuresAllocations;
