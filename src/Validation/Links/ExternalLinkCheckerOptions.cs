namespace Samenleven.Validation.Links;

/// <summary>How politely and how often <see cref="ExternalLinkChecker"/> asks. The defaults suit a run in CI.</summary>
public sealed record ExternalLinkCheckerOptions
{
    /// <summary>The project's repository URL, named in the User-Agent so a site owner who sees our requests can find who sends them.</summary>
    public required string ProjectUrl { get; init; }

    /// <summary>How long one request may take until its response headers arrive (connecting included).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight to one host at a time; small, since most links point at a few municipal sites.</summary>
    public int MaxRequestsPerHost { get; init; } = 2;

    /// <summary>Links checked at the same time over all hosts.</summary>
    public int MaxConcurrentChecks { get; init; } = 16;

    /// <summary>Redirects followed before a link is reported as a redirect loop or as too many redirects.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Extra attempts after a timeout, a reset connection, 429 or 503.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>The wait before the first retry when the server names none; it doubles for each further retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest <c>Retry-After</c> we honour; a server asking for more is reported as <see cref="LinkOutcome.TooManyRequests"/>.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The JSON cache file, such as <c>.cache/external-links.json</c>; null checks every link every time.</summary>
    public string? CachePath { get; init; }

    /// <summary>How long a working link (<see cref="LinkOutcome.Ok"/> or <see cref="LinkOutcome.Redirected"/>) is reused from the cache.</summary>
    public TimeSpan CacheMaxAge { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long every other result is reused. Shorter than <see cref="CacheMaxAge"/> so a site that is fixed (or was only down
    /// for a moment) is noticed within the hour, yet long enough that running <c>check</c> again while fixing content does
    /// not ask the same failing server again and again.
    /// </summary>
    public TimeSpan FailureCacheMaxAge { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The User-Agent header every request carries.</summary>
    public string UserAgent => $"SamenlevenInDiversiteit-LinkCheck/1.0 (+{ProjectUrl})";
}
