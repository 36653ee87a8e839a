using System.Collections.Immutable;

namespace Samenleven.Site;

/// <summary>A non-HTML file the site publishes, such as <c>sitemap.xml</c>.</summary>
public sealed class TextFile
{
    private readonly Func<string>? _text;
    private readonly Func<byte[]>? _bytes;

    public TextFile(string path, string content)
        : this(path, () => content)
    {
    }

    /// <summary>A file whose text is produced when it is written (big files: open data).</summary>
    public TextFile(string path, Func<string> produce)
    {
        Path = path;
        _text = produce;
    }

    /// <summary>A file produced as UTF-8 when it is written, for the biggest files (no string copy at all).</summary>
    public TextFile(string path, Func<byte[]> produce)
    {
        Path = path;
        _bytes = produce;
    }

    public string Path { get; }

    /// <summary>The text; produced anew on every read for lazy files, so read it once.</summary>
    public string Content => _text is not null ? _text() : System.Text.Encoding.UTF8.GetString(_bytes!()); // One of the two is always set.

    /// <summary>The UTF-8 bytes, without a byte order mark (the CSV writes its own).</summary>
    public byte[] Bytes => _bytes is not null ? _bytes() : new System.Text.UTF8Encoding(false).GetBytes(_text!()); // One of the two is always set.
}

/// <summary>An old URL that must lead to a new one (aliases, former municipalities).</summary>
public sealed record Redirect(string From, string To);

/// <summary>Everything the site consists of, decided but not yet rendered.</summary>
public sealed record SitePlan(
    ImmutableArray<PageModel> Pages,
    ImmutableArray<TextFile> Files,
    ImmutableArray<Redirect> Redirects,
    SiteUrls Urls);
