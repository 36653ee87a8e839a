namespace Samenleven.Validation.Links;

/// <summary>What checking one external link found. Only <see cref="Broken"/> means the link certainly needs fixing.</summary>
public enum LinkOutcome
{
    /// <summary>The URL answered 2xx itself.</summary>
    Ok,

    /// <summary>The URL redirected to another URL that answered 2xx: it works, but the link could point at the final URL.</summary>
    Redirected,

    /// <summary>HTTP 4xx or 5xx (other than 429), DNS failure, connection refused, TLS failure, or a redirect loop.</summary>
    Broken,

    /// <summary>No response headers within the request timeout, retries included.</summary>
    TimedOut,

    /// <summary>The server kept answering 429, or asked us to wait longer than we are willing to.</summary>
    TooManyRequests,

    /// <summary>Anything that says nothing certain about the link: a reset connection, an invalid response, an unusual status.</summary>
    Unknown,
}

/// <summary>The result of checking one external link.</summary>
/// <param name="Url">The link exactly as it was given.</param>
/// <param name="Outcome">What the check found.</param>
/// <param name="StatusCode">The last HTTP status received; null when no response came (DNS, refused, timeout, ...).</param>
/// <param name="Detail">Short English text for a report, such as "HTTP 404", "connection refused" or "timed out after 10 s".</param>
/// <param name="FinalUrl">The URL that answered last: the end of the redirect chain, or <paramref name="Url"/> when there was none.</param>
/// <param name="CheckedAt">When the link was checked; for a cached result, when it was checked on an earlier run.</param>
/// <param name="FromCache">True when the result was reused from the cache file without a request.</param>
public sealed record LinkCheckResult(
    string Url,
    LinkOutcome Outcome,
    int? StatusCode,
    string Detail,
    string FinalUrl,
    DateTimeOffset CheckedAt,
    bool FromCache);
