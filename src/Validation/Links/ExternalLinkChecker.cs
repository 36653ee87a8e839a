using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Samenleven.Validation.Links;

/// <summary>
/// Checks external http(s) links the way a polite crawler does: HEAD first and GET only when a server answers HEAD badly,
/// redirects followed by hand, at most <see cref="ExternalLinkCheckerOptions.MaxRequestsPerHost"/> requests per host at a
/// time, a few retries with backoff for what is likely temporary, and a cache file so a second run within a day sends
/// nothing. Results come back in the order of the input; only the outcomes themselves depend on the network.
/// </summary>
public sealed class ExternalLinkChecker : IDisposable
{
    private readonly HttpClient _client;
    private readonly ExternalLinkCheckerOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.Ordinal);

    /// <summary>Creates a checker.</summary>
    /// <param name="options">Limits, timeouts, the cache file and the project URL for the User-Agent.</param>
    /// <param name="handler">
    /// The handler that sends requests; it must not follow redirects itself. Null uses <see cref="CreateDefaultHandler"/>.
    /// A handler passed in stays the caller's to dispose.
    /// </param>
    /// <param name="time">The clock for cache ages, timeouts and waits; null is the system clock.</param>
    public ExternalLinkChecker(ExternalLinkCheckerOptions options, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RequestTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRequestsPerHost, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentChecks, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRedirects, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, nameof(options));
        _options = options;
        _time = time ?? TimeProvider.System;
        _client = new HttpClient(handler ?? CreateDefaultHandler(options.RequestTimeout), disposeHandler: handler is null)
        {
            // Each request gets its own timeout below, so that a timeout can be told apart from the caller cancelling.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        _client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "*/*");
    }

    /// <summary>The handler used when none is passed in: no automatic redirects, and a bounded time to connect.</summary>
    public static SocketsHttpHandler CreateDefaultHandler(TimeSpan connectTimeout) => new()
    {
        // Redirects are followed by hand, to report the final URL and to recognise loops.
        AllowAutoRedirect = false,
        ConnectTimeout = connectTimeout,
        // Only headers are read; nothing to decompress.
        AutomaticDecompression = DecompressionMethods.None,
        // Some sites redirect to themselves to set a cookie and only then answer; without a cookie jar that looks like a loop.
        UseCookies = true,
        // A long run should notice DNS changes of the hosts it keeps talking to.
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };

    /// <summary>
    /// Checks every URL and returns one result per URL, in the order given (a URL given twice is checked once).
    /// Fresh results from the cache file are reused without a request; the file is rewritten with what was checked,
    /// also when <paramref name="cancellationToken"/> stops the run halfway.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<ImmutableArray<LinkCheckResult>> CheckAsync(IReadOnlyList<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var now = _time.GetUtcNow();
        var cache = _options.CachePath is { } path ? LinkCheckCache.Load(path) : [];
        var distinct = urls.Distinct(StringComparer.Ordinal).ToArray();
        var results = new LinkCheckResult?[distinct.Length];
        var toCheck = new List<int>();
        for (var i = 0; i < distinct.Length; i++)
        {
            if (cache.TryGetValue(distinct[i], out var cached) && IsFresh(cached, now))
            {
                results[i] = cached;
            }
            else
            {
                toCheck.Add(i);
            }
        }

        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentChecks, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(toCheck, parallel, async (i, token) => results[i] = await CheckOneAsync(distinct[i], token)).ConfigureAwait(false);
        }
        finally
        {
            if (_options.CachePath is { } cachePath && toCheck.Any(i => results[i] is not null))
            {
                SaveCache(cachePath, cache, results, now);
            }
        }

        var byUrl = new Dictionary<string, LinkCheckResult>(StringComparer.Ordinal);
        for (var i = 0; i < distinct.Length; i++)
        {
            byUrl[distinct[i]] = results[i]!; // Every index was filled from the cache or checked; a cancelled run threw above.
        }

        return [.. urls.Select(u => byUrl[u])];
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Working links are trusted for longer than failures; see <see cref="ExternalLinkCheckerOptions.FailureCacheMaxAge"/>.</summary>
    private bool IsFresh(LinkCheckResult result, DateTimeOffset now)
    {
        var age = now - result.CheckedAt;
        var maxAge = result.Outcome is LinkOutcome.Ok or LinkOutcome.Redirected ? _options.CacheMaxAge : _options.FailureCacheMaxAge;
        // A time in the future means the clock was changed; checking again is the safe answer.
        return age >= TimeSpan.Zero && age < maxAge;
    }

    /// <summary>Keeps the other URLs' entries while they are fresh, so checking part of the links does not forget the rest.</summary>
    private void SaveCache(string path, Dictionary<string, LinkCheckResult> cache, LinkCheckResult?[] results, DateTimeOffset now)
    {
        var merged = cache.Values.Where(r => IsFresh(r, now)).ToDictionary(r => r.Url, StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result is not null)
            {
                merged[result.Url] = result;
            }
        }

        LinkCheckCache.Save(path, merged.Values);
    }

    private async Task<LinkCheckResult> CheckOneAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var start) || !IsHttp(start))
        {
            return Result(url, LinkOutcome.Broken, null, "not an absolute http or https URL", url);
        }

        var chain = new List<Uri> { start };
        var current = start;
        while (true)
        {
            var reply = await AskAsync(current, cancellationToken).ConfigureAwait(false);
            var redirected = chain.Count > 1 && !SameResource(current, start);
            if (reply.Failure is { } failure)
            {
                var outcome = failure switch
                {
                    Failure.NameResolution or Failure.ConnectionRefused or Failure.Tls => LinkOutcome.Broken,
                    Failure.TimedOut => LinkOutcome.TimedOut,
                    _ => LinkOutcome.Unknown,
                };
                return Result(url, outcome, null, reply.FailureDetail + (redirected ? $" at {current.AbsoluteUri}" : ""), current.AbsoluteUri);
            }

            var status = reply.Status!.Value; // A reply without a failure always has a status.
            if (IsRedirect(status))
            {
                if (reply.Location is null)
                {
                    return Result(url, LinkOutcome.Broken, status, $"{Http(status)} without a Location header", current.AbsoluteUri);
                }

                // Location may be relative to the URL that sent it.
                if (!Uri.TryCreate(current, reply.Location, out var next) || !IsHttp(next))
                {
                    return Result(url, LinkOutcome.Broken, status, $"redirected to {reply.Location.OriginalString}, which is not an http or https URL", current.AbsoluteUri);
                }

                chain.Add(next);
                if (chain.Count > _options.MaxRedirects + 1)
                {
                    // Judged only at the limit: a site may redirect to itself once to set a cookie, which is no loop.
                    var loop = chain.DistinctBy(u => u.AbsoluteUri, StringComparer.Ordinal).Count() < chain.Count;
                    var detail = loop ? $"redirect loop at {next.AbsoluteUri}" : string.Create(CultureInfo.InvariantCulture, $"more than {_options.MaxRedirects} redirects");
                    return Result(url, LinkOutcome.Broken, status, detail, next.AbsoluteUri);
                }

                current = next;
                continue;
            }

            var at = redirected ? $" at {current.AbsoluteUri}" : "";
            return status switch
            {
                >= 200 and < 300 when redirected => Result(url, LinkOutcome.Redirected, status, $"redirected to {current.AbsoluteUri}", current.AbsoluteUri),
                >= 200 and < 300 => Result(url, LinkOutcome.Ok, status, Http(status), current.AbsoluteUri),
                429 => Result(url, LinkOutcome.TooManyRequests, status, Http(status) + at + AskedToWait(reply), current.AbsoluteUri),
                >= 400 => Result(url, LinkOutcome.Broken, status, Http(status) + at, current.AbsoluteUri),
                _ => Result(url, LinkOutcome.Unknown, status, Http(status) + at, current.AbsoluteUri),
            };
        }
    }

    /// <summary>
    /// HEAD, then GET when HEAD was refused or failed oddly. Many servers answer HEAD wrongly (405, 501, 403, even 404 or
    /// 500) or drop the connection, and a report of a broken link is what people act on, so a GET must agree first.
    /// 429 and 503 are not confirmed: those are the server asking for less traffic, not an answer about the page.
    /// </summary>
    private async Task<Reply> AskAsync(Uri uri, CancellationToken cancellationToken)
    {
        var head = await SendWithRetriesAsync(HttpMethod.Head, uri, cancellationToken).ConfigureAwait(false);
        var confirm = head.Status is >= 400 and not 429 and not 503 || head.Failure is Failure.ConnectionReset or Failure.Protocol;
        return confirm ? await SendWithRetriesAsync(HttpMethod.Get, uri, cancellationToken).ConfigureAwait(false) : head;
    }

    /// <summary>Retries what is likely temporary, waiting as long as the server asks (up to a cap) or with exponential backoff.</summary>
    private async Task<Reply> SendWithRetriesAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var reply = await SendOnceAsync(method, uri, cancellationToken).ConfigureAwait(false);
            var transient = reply.Status is 429 or 503 || reply.Failure is Failure.TimedOut or Failure.ConnectionReset;
            if (!transient || attempt == _options.MaxRetries)
            {
                return reply;
            }

            if (reply.RetryAfter > _options.MaxRetryAfter)
            {
                // Waiting less than asked would be impolite and waiting longer would stall the run: report it instead.
                return reply;
            }

            var wait = reply.RetryAfter ?? _options.RetryDelay * Math.Pow(2, attempt);
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Reply> SendOnceAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(uri.IdnHost, _ => new SemaphoreSlim(_options.MaxRequestsPerHost));
        await host.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Started after the wait for the host, so only the request itself counts against the timeout.
            using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            using var request = new HttpRequestMessage(method, uri);
            // Headers only: disposing the response drops a GET's body unread.
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            return new Reply((int)response.StatusCode, response.Headers.Location, RetryAfter(response), null, null);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Our timeout, or the handler's connect timeout (which reports a TimeoutException inside).
            var what = e.InnerException is TimeoutException ? "connecting timed out" : "timed out";
            return Reply.Failed(Failure.TimedOut, $"{what} after {Seconds(_options.RequestTimeout)}");
        }
        catch (HttpRequestException e)
        {
            return Classify(e);
        }
        finally
        {
            host.Release();
        }
    }

    private static Reply Classify(HttpRequestException e)
    {
        var socket = Inner<SocketException>(e)?.SocketErrorCode;
        if (e.HttpRequestError == HttpRequestError.NameResolutionError || socket is SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData)
        {
            return Reply.Failed(Failure.NameResolution, "DNS lookup failed");
        }

        if (socket is SocketError.ConnectionRefused)
        {
            return Reply.Failed(Failure.ConnectionRefused, "connection refused");
        }

        if (e.HttpRequestError == HttpRequestError.SecureConnectionError || Inner<AuthenticationException>(e) is not null)
        {
            return Reply.Failed(Failure.Tls, "TLS handshake failed");
        }

        if (socket is SocketError.ConnectionReset or SocketError.ConnectionAborted || e.HttpRequestError == HttpRequestError.ResponseEnded)
        {
            return Reply.Failed(Failure.ConnectionReset, "connection reset");
        }

        if (e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            // Unreachable hosts or networks: may be our own network, so retried and never called broken.
            return Reply.Failed(Failure.ConnectionReset, socket is { } code ? $"could not connect ({code})" : "could not connect");
        }

        return e.HttpRequestError is HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError
            ? Reply.Failed(Failure.Protocol, "invalid HTTP response")
            : Reply.Failed(Failure.Other, $"request failed ({e.HttpRequestError})");
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>Names a wait we did not honour, so a reader knows why the link was given up on.</summary>
    private string AskedToWait(Reply reply) =>
        reply.RetryAfter > _options.MaxRetryAfter ? $" (asked to retry after {Seconds(reply.RetryAfter.Value)})" : "";

    private LinkCheckResult Result(string url, LinkOutcome outcome, int? status, string detail, string finalUrl) =>
        new(url, outcome, status, detail, finalUrl, _time.GetUtcNow(), FromCache: false);

    private static T? Inner<T>(Exception e)
        where T : Exception
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp;

    private static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    /// <summary>Same scheme, host, port, path and query: a fragment is never sent, so it cannot make a redirect.</summary>
    private static bool SameResource(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.HttpRequestUrl, UriFormat.UriEscaped, StringComparison.Ordinal) == 0;

    private static string Http(int status) => string.Create(CultureInfo.InvariantCulture, $"HTTP {status}");

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    /// <summary>Why a request got no response; decides the outcome, and whether to retry or to try GET.</summary>
    private enum Failure
    {
        TimedOut,
        NameResolution,
        ConnectionRefused,
        Tls,
        ConnectionReset,
        Protocol,
        Other,
    }

    /// <summary>One request's answer: a status (with what a redirect or a retry needs), or a failure with its detail.</summary>
    private sealed record Reply(int? Status, Uri? Location, TimeSpan? RetryAfter, Failure? Failure, string? FailureDetail)
    {
        public static Reply Failed(Failure failure, string detail) => new(null, null, null, failure, detail);
    }
}
