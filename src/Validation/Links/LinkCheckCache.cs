using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samenleven.Validation.Links;

/// <summary>
/// The cache file of <see cref="ExternalLinkChecker"/>: the last result per URL, with the time it was checked.
/// It only saves time, so a missing, unreadable or corrupt file reads as empty and a failed write is ignored.
/// <code>
/// {
///   "version": 1,
///   "entries": [
///     { "url": "https://example.org/a", "outcome": "Broken", "statusCode": 404, "detail": "HTTP 404",
///       "finalUrl": "https://example.org/a", "checkedAt": "2025-03-01T09:00:00+00:00" }
///   ]
/// }
/// </code>
/// </summary>
internal static class LinkCheckCache
{
    /// <summary>Raised whenever the layout changes, so an old file is ignored rather than misread.</summary>
    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter<LinkOutcome>() },
        // A file with a missing or null field is corrupt; reading it must fail here, not later as a null reference.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        WriteIndented = true,
        IndentSize = 2,
        // The same bytes on every machine, so the file can be inspected and compared.
        NewLine = "\n",
    };

    private sealed record CacheFile(int Version, CacheEntry[] Entries);

    private sealed record CacheEntry(string Url, LinkOutcome Outcome, int? StatusCode, string Detail, string FinalUrl, DateTimeOffset CheckedAt);

    /// <summary>The cached results by URL (<see cref="LinkCheckResult.FromCache"/> set); empty when the file is missing or unusable.</summary>
    public static Dictionary<string, LinkCheckResult> Load(string path)
    {
        var results = new Dictionary<string, LinkCheckResult>(StringComparer.Ordinal);
        CacheFile? file;
        try
        {
            if (!File.Exists(path))
            {
                return results;
            }

            file = JsonSerializer.Deserialize<CacheFile>(File.ReadAllBytes(path), Json);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return results;
        }

        if (file is null || file.Version != FormatVersion)
        {
            return results;
        }

        foreach (var entry in file.Entries)
        {
            results[entry.Url] = new LinkCheckResult(entry.Url, entry.Outcome, entry.StatusCode, entry.Detail, entry.FinalUrl, entry.CheckedAt, FromCache: true);
        }

        return results;
    }

    /// <summary>Replaces the file atomically (temporary file, then move), so a reader never sees half a file.</summary>
    public static void Save(string path, IEnumerable<LinkCheckResult> results)
    {
        // Sorted by URL: the file's bytes depend on its content only, not on which check finished first.
        var entries = results
            .OrderBy(r => r.Url, StringComparer.Ordinal)
            .Select(r => new CacheEntry(r.Url, r.Outcome, r.StatusCode, r.Detail, r.FinalUrl, r.CheckedAt.ToUniversalTime()))
            .ToArray();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new CacheFile(FormatVersion, entries), Json);

        var full = Path.GetFullPath(path);
        var temporary = $"{full}.{Guid.NewGuid().ToString("N")}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!); // A full path always has a parent.
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next run some time; the check itself succeeded.
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind only when the directory itself is unusable; nothing more to do.
        }
    }
}
