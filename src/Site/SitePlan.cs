using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>A non-HTML file the site publishes, such as <c>sitemap.xml</c>.</summary>
public sealed class TextFile
{
    private readonly Func<string>? _text;
    private readonly Action<Stream>? _stream;

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

    /// <summary>A file streamed as UTF-8 into the output when it is written, for the biggest files (never in memory whole).</summary>
    public TextFile(string path, Action<Stream> produce)
    {
        Path = path;
        _stream = produce;
    }

    public string Path { get; }

    /// <summary>The text; produced anew on every read for lazy files, so read it once.</summary>
    public string Content => _text is not null ? _text() : System.Text.Encoding.UTF8.GetString(Buffer());

    /// <summary>Writes the UTF-8 bytes, without a byte order mark (the CSV writes its own), to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        if (_stream is not null)
        {
            _stream(output);
        }
        else
        {
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(_text!()); // One of the two producers is always set.
            output.Write(bytes);
        }
    }

    private byte[] Buffer()
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>An old URL that must lead to a new one (aliases, former municipalities).</summary>
public sealed record Redirect(string From, string To);

/// <summary>Everything the site consists of, decided but not yet rendered.</summary>
public sealed record SitePlan(
    ImmutableArray<PageModel> Pages,
    ImmutableArray<TextFile> Files,
    ImmutableArray<Redirect> Redirects,
    SiteUrls Urls)
{
    /// <summary>
    /// The practices, whose pages are decided (address checked, listed in the sitemap) but whose view models are built by
    /// <see cref="PracticePage"/> only when rendered: a site of 30,000 practices never holds 30,000 models at once.
    /// </summary>
    public ImmutableArray<Practice> Practices { get; init; } = [];

    public Func<Practice, PracticeModel> PracticePage { get; init; } = _ => throw new InvalidOperationException("no practice pages planned");

    /// <summary>Every page: <see cref="Pages"/> and one per practice.</summary>
    public int PageCount => Pages.Length + Practices.Length;

    /// <summary>The site path of every page, practices included.</summary>
    public IEnumerable<string> PagePaths => Pages.Select(p => p.Shell.Path).Concat(Practices.Select(p => Site.Urls.Practice(p.Slug)));
}
