using System.Text.Json;
using Samenleven.Validation.Links;

namespace Samenleven.Tests.Validation.Links;

/// <summary>
/// The external link checker against a real local server: outcomes, politeness (per-host limit, retries, User-Agent)
/// and the cache. Nothing here measures time; waits end on what the server saw, and every run has a generous deadline.
/// </summary>
public sealed class ExternalLinkCheckerTests : IDisposable
{
    private const int Patience = 30_000;
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly ExternalLinkCheckerOptions Options = new()
    {
        ProjectUrl = "https://example.org/samenleven",
        // Short waits keep the class fast; the request timeout stays generous so a loaded machine never times out by accident.
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "samenleven-tests", Guid.NewGuid().ToString("N"));
    private readonly CancellationTokenSource _deadline = new(TimeSpan.FromMilliseconds(Patience));

    private string CachePath => Path.Combine(_root, ".cache", "external-links.json");

    [Fact(Timeout = Patience)]
    public async Task Each_kind_of_link_gets_its_outcome_and_the_results_keep_the_order_of_the_input()
    {
        await using var server = await LinkTestServer.StartAsync();
        var closed = LinkTestServer.ClosedPortUrl();
        string[] urls =
        [
            server.Url("/ok"), server.Url("/missing"), server.Url("/error"), server.Url("/moved"),
            server.Url("/loop/a"), server.Url("/no-head"), closed,
        ];
        using var checker = new ExternalLinkChecker(Options);

        var results = await checker.CheckAsync(urls, _deadline.Token);

        Assert.Equal(urls, results.Select(r => r.Url));
        Assert.All(results, r => Assert.False(r.FromCache));
        Assert.Equal((LinkOutcome.Ok, 200, "HTTP 200", server.Url("/ok")), Summary(results[0]));
        Assert.Equal((LinkOutcome.Broken, 404, "HTTP 404", server.Url("/missing")), Summary(results[1]));
        Assert.Equal((LinkOutcome.Broken, 500, "HTTP 500", server.Url("/error")), Summary(results[2]));
        Assert.Equal((LinkOutcome.Redirected, 200, "redirected to " + server.Url("/moved/end"), server.Url("/moved/end")), Summary(results[3]));
        Assert.Equal(LinkOutcome.Broken, results[4].Outcome);
        Assert.StartsWith("redirect loop at " + server.Url("/loop/"), results[4].Detail, StringComparison.Ordinal);
        Assert.Equal((LinkOutcome.Ok, 200, "HTTP 200", server.Url("/no-head")), Summary(results[5]));
        Assert.Equal((LinkOutcome.Broken, (int?)null, "connection refused", closed), Summary(results[6]));
    }

    [Fact(Timeout = Patience)]
    public async Task A_link_is_asked_with_HEAD_and_only_asked_with_GET_when_HEAD_says_no()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var checker = new ExternalLinkChecker(Options);

        await checker.CheckAsync([server.Url("/ok"), server.Url("/no-head"), server.Url("/missing")], _deadline.Token);

        Assert.Equal((1, 0), (server.Requests("HEAD", "/ok"), server.Requests("GET", "/ok")));
        Assert.Equal((1, 1), (server.Requests("HEAD", "/no-head"), server.Requests("GET", "/no-head")));
        // A 404 to HEAD is confirmed with GET: some servers answer HEAD wrongly, and a broken link is what people act on.
        Assert.Equal((1, 1), (server.Requests("HEAD", "/missing"), server.Requests("GET", "/missing")));
    }

    [Fact(Timeout = Patience)]
    public async Task A_redirect_loop_is_followed_no_further_than_five_redirects()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var checker = new ExternalLinkChecker(Options);

        var result = (await checker.CheckAsync([server.Url("/loop/a")], _deadline.Token)).Single();

        Assert.Equal(LinkOutcome.Broken, result.Outcome);
        Assert.Equal(302, result.StatusCode);
        Assert.Equal(6, server.Requests("/loop/a") + server.Requests("/loop/b"));
    }

    [Fact(Timeout = Patience)]
    public async Task A_429_with_Retry_After_is_asked_again_after_the_wait_and_then_works()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var checker = new ExternalLinkChecker(Options);

        var result = (await checker.CheckAsync([server.Url("/busy")], _deadline.Token)).Single();

        Assert.Equal((LinkOutcome.Ok, 200, "HTTP 200", server.Url("/busy")), Summary(result));
        Assert.Equal(2, server.Requests("HEAD", "/busy"));
    }

    [Fact(Timeout = Patience)]
    public async Task A_server_slower_than_the_request_timeout_is_reported_as_timed_out()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var checker = new ExternalLinkChecker(Options with { RequestTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });

        var result = (await checker.CheckAsync([server.Url("/slow")], _deadline.Token)).Single();

        Assert.Equal((LinkOutcome.TimedOut, (int?)null, "timed out after 0.3 s", server.Url("/slow")), Summary(result));
    }

    [Fact(Timeout = Patience)]
    public async Task No_host_is_sent_more_than_two_requests_at_a_time()
    {
        // Given twelve links on one host and room for sixteen checks at once
        await using var server = await LinkTestServer.StartAsync();
        var urls = Enumerable.Range(1, 12).Select(i => server.Url($"/held/{i}")).ToArray();
        using var checker = new ExternalLinkChecker(Options with { MaxConcurrentChecks = 16 });

        // When they are checked (the server holds each request until two are in flight)
        var results = await checker.CheckAsync(urls, _deadline.Token);

        // Then the server never saw a third request while two were open, and did see two
        Assert.All(results, r => Assert.Equal(LinkOutcome.Ok, r.Outcome));
        Assert.Equal(12, server.TotalRequests);
        Assert.Equal(2, server.MaxInFlight);
    }

    [Fact(Timeout = Patience)]
    public async Task Every_request_names_the_project_in_its_User_Agent()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var checker = new ExternalLinkChecker(Options);

        await checker.CheckAsync([server.Url("/ok"), server.Url("/moved")], _deadline.Token);

        Assert.Equal(4, server.UserAgents.Count);
        Assert.All(server.UserAgents, ua => Assert.Equal("SamenlevenInDiversiteit-LinkCheck/1.0 (+https://example.org/samenleven)", ua));
    }

    [Fact(Timeout = Patience)]
    public async Task A_link_given_twice_is_checked_once_and_reported_at_both_places()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var checker = new ExternalLinkChecker(Options);

        var results = await checker.CheckAsync([server.Url("/ok"), "mailto:info@example.org", server.Url("/ok")], _deadline.Token);

        Assert.Equal([LinkOutcome.Ok, LinkOutcome.Broken, LinkOutcome.Ok], results.Select(r => r.Outcome));
        Assert.Equal("not an absolute http or https URL", results[1].Detail);
        Assert.Equal(1, server.Requests("/ok"));
    }

    [Fact(Timeout = Patience)]
    public async Task Cancelling_the_run_stops_it_with_OperationCanceledException()
    {
        // Given a check that waits on a server that never answers
        await using var server = await LinkTestServer.StartAsync();
        using var checker = new ExternalLinkChecker(Options);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_deadline.Token);
        var run = checker.CheckAsync([server.Url("/slow")], cancel.Token);

        // When the caller cancels once the request has arrived
        await server.SlowRequestArrived.WaitAsync(_deadline.Token);
        await cancel.CancelAsync();

        // Then the run ends with cancellation, not with a result
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact(Timeout = Patience)]
    public async Task A_second_run_within_the_max_age_sends_no_request_and_gives_the_same_results_from_the_cache()
    {
        // Given a first run that filled the cache
        await using var server = await LinkTestServer.StartAsync();
        var clock = new ManualClock(Start);
        var options = Options with { CachePath = CachePath };
        string[] urls = [server.Url("/ok"), server.Url("/missing"), server.Url("/moved"), LinkTestServer.ClosedPortUrl()];
        using var checker = new ExternalLinkChecker(options, time: clock);
        var first = await checker.CheckAsync(urls, _deadline.Token);
        var asked = server.TotalRequests;

        // When a second run starts at the same moment
        using var again = new ExternalLinkChecker(options, time: clock);
        var second = await again.CheckAsync(urls, _deadline.Token);

        // Then the server was not asked anything, and the results are the first run's
        Assert.Equal(asked, server.TotalRequests);
        Assert.All(second, r => Assert.True(r.FromCache));
        Assert.Equal(first.Select(r => r with { FromCache = true }), second);
    }

    [Fact(Timeout = Patience)]
    public async Task After_the_max_age_a_working_link_is_checked_again()
    {
        await using var server = await LinkTestServer.StartAsync();
        var clock = new ManualClock(Start);
        using var checker = new ExternalLinkChecker(Options with { CachePath = CachePath }, time: clock);
        await checker.CheckAsync([server.Url("/ok")], _deadline.Token);

        clock.Advance(TimeSpan.FromHours(23));
        var young = (await checker.CheckAsync([server.Url("/ok")], _deadline.Token)).Single();
        clock.Advance(TimeSpan.FromHours(1));
        var old = (await checker.CheckAsync([server.Url("/ok")], _deadline.Token)).Single();

        Assert.True(young.FromCache);
        Assert.False(old.FromCache);
        Assert.Equal(Start.AddHours(24), old.CheckedAt);
        Assert.Equal(2, server.Requests("/ok"));
    }

    [Fact(Timeout = Patience)]
    public async Task A_broken_link_is_checked_again_after_an_hour_and_a_working_one_is_not()
    {
        await using var server = await LinkTestServer.StartAsync();
        var clock = new ManualClock(Start);
        using var checker = new ExternalLinkChecker(Options with { CachePath = CachePath }, time: clock);
        string[] urls = [server.Url("/ok"), server.Url("/missing")];
        await checker.CheckAsync(urls, _deadline.Token);

        clock.Advance(TimeSpan.FromHours(1));
        var results = await checker.CheckAsync(urls, _deadline.Token);

        Assert.Equal([true, false], results.Select(r => r.FromCache));
        Assert.Equal(1, server.Requests("/ok"));
        Assert.Equal(4, server.Requests("/missing")); // HEAD and GET, twice.
    }

    [Fact(Timeout = Patience)]
    public async Task A_cancelled_run_keeps_in_the_cache_what_it_had_checked()
    {
        // Given a run that checks one link at a time: first a working one, then one that never answers
        await using var server = await LinkTestServer.StartAsync();
        var clock = new ManualClock(Start);
        var options = Options with { CachePath = CachePath, MaxConcurrentChecks = 1 };
        using var checker = new ExternalLinkChecker(options, time: clock);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_deadline.Token);
        var run = checker.CheckAsync([server.Url("/ok"), server.Url("/slow")], cancel.Token);

        // When it is cancelled while waiting for the second
        await server.SlowRequestArrived.WaitAsync(_deadline.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        // Then the next run takes the first from the cache
        var next = (await checker.CheckAsync([server.Url("/ok")], _deadline.Token)).Single();
        Assert.True(next.FromCache);
        Assert.Equal(1, server.Requests("/ok"));
    }

    [Fact(Timeout = Patience)]
    public async Task A_corrupt_cache_file_is_ignored_and_replaced_by_a_good_one()
    {
        // Given a cache file that is not JSON
        await using var server = await LinkTestServer.StartAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(CachePath)!);
        await File.WriteAllTextAsync(CachePath, "{\"version\": 1, \"entries\": [{\"url\": ", _deadline.Token);
        var clock = new ManualClock(Start);
        using var checker = new ExternalLinkChecker(Options with { CachePath = CachePath }, time: clock);

        // When links are checked twice
        var first = (await checker.CheckAsync([server.Url("/ok")], _deadline.Token)).Single();
        var second = (await checker.CheckAsync([server.Url("/ok")], _deadline.Token)).Single();

        // Then the first run asked the server and the second used the file it wrote
        Assert.Equal((LinkOutcome.Ok, false), (first.Outcome, first.FromCache));
        Assert.Equal((LinkOutcome.Ok, true), (second.Outcome, second.FromCache));
        Assert.Equal(1, server.Requests("/ok"));
    }

    [Fact(Timeout = Patience)]
    public async Task A_cache_entry_with_a_missing_field_makes_the_file_count_as_corrupt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CachePath)!);
        await using var server = await LinkTestServer.StartAsync();
        var entry = $$"""{"url": "{{server.Url("/ok")}}", "outcome": "Ok", "statusCode": 200, "finalUrl": "{{server.Url("/ok")}}", "checkedAt": "2025-03-01T09:00:00+00:00"}""";
        await File.WriteAllTextAsync(CachePath, $$"""{"version": 1, "entries": [{{entry}}]}""", _deadline.Token);
        using var checker = new ExternalLinkChecker(Options with { CachePath = CachePath }, time: new ManualClock(Start));

        var result = (await checker.CheckAsync([server.Url("/ok")], _deadline.Token)).Single();

        Assert.Equal(("HTTP 200", false), (result.Detail, result.FromCache));
        Assert.Equal(1, server.Requests("/ok"));
    }

    [Fact(Timeout = Patience)]
    public async Task The_cache_file_lists_entries_by_url_and_no_temporary_file_is_left_behind()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var checker = new ExternalLinkChecker(Options with { CachePath = CachePath }, time: new ManualClock(Start));

        await checker.CheckAsync([server.Url("/ok"), server.Url("/missing"), server.Url("/error")], _deadline.Token);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(CachePath, _deadline.Token));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToArray();
        Assert.Equal([server.Url("/error"), server.Url("/missing"), server.Url("/ok")], entries.Select(e => e.GetProperty("url").GetString()));
        Assert.Equal("Broken", entries[1].GetProperty("outcome").GetString());
        Assert.Equal(404, entries[1].GetProperty("statusCode").GetInt32());
        Assert.Equal("2025-03-01T09:00:00+00:00", entries[1].GetProperty("checkedAt").GetString());
        Assert.Equal(["external-links.json"], Directory.GetFiles(Path.GetDirectoryName(CachePath)!).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        _deadline.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static (LinkOutcome, int?, string, string) Summary(LinkCheckResult result) =>
        (result.Outcome, result.StatusCode, result.Detail, result.FinalUrl);

    /// <summary>A clock that only moves when told to; timers and waits still run on real time.</summary>
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        /// <summary>Only called between runs, never while a check reads the clock.</summary>
        public void Advance(TimeSpan by) => _now += by;
    }
}
