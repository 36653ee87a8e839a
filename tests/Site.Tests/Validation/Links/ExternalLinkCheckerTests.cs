using Samenleven.Validation.Links;

namespace Samenleven.Tests.Validation.Links;

/// <summary>
/// The external link checker against a real local server: outcomes and politeness (per-host limit, retries, User-Agent).
/// Nothing here measures time; waits end on what the server saw, and every run has a generous deadline.
/// </summary>
public sealed class ExternalLinkCheckerTests : IDisposable
{
    private const int Patience = 30_000;

    private static readonly ExternalLinkCheckerOptions Options = new()
    {
        ProjectUrl = "https://example.org/samenleven",
        // Short waits keep the class fast; the request timeout stays generous so a loaded machine never times out by accident.
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    private readonly CancellationTokenSource _deadline = new(TimeSpan.FromMilliseconds(Patience));

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

    public void Dispose() => _deadline.Dispose();

    private static (LinkOutcome, int?, string, string) Summary(LinkCheckResult result) =>
        (result.Outcome, result.StatusCode, result.Detail, result.FinalUrl);
}
