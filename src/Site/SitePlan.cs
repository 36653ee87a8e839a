using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Site.Pages;

namespace Samenleven.Site;

/// <summary>
/// A page the plan decided: its address, kind and owner are known now; its view model is built when it is rendered, so
/// a site of 30,000 practices never holds 30,000 models at once.
/// </summary>
public interface IPlannedPage
{
    /// <summary>The site path (see <see cref="Urls"/>).</summary>
    string Path { get; }

    PageKind Kind { get; }

    /// <summary>The content file that asks for this page, or null for a page the site generates by itself.</summary>
    string? Source { get; }

    /// <summary>Whether search engines may index it (and so whether it is in the sitemap).</summary>
    bool Indexable { get; }

    /// <summary>Builds the view model (for pages planned ahead, returns it).</summary>
    PageModel Model();
}

/// <summary>A page whose model was built while planning: everything but the practices, which are few.</summary>
public sealed record PlannedPage(PageModel Page, string? Source = null) : IPlannedPage
{
    public string Path => Page.Shell.Path;

    public PageKind Kind => Page.Shell.Kind;

    public bool Indexable => !Page.Shell.NoIndex;

    public PageModel Model() => Page;
}

/// <summary>An old URL that must lead to a new one (aliases, former municipalities).</summary>
/// <param name="Origin">Where a content file asks for it (an alias), or null for one the site makes itself.</param>
public sealed record Redirect(string From, string To, OldAddress? Origin = null, string? Source = null);

/// <summary>A non-HTML file the site publishes: a feed, the sitemap, open data, an asset, an image.</summary>
public sealed class SiteFile
{
    private readonly Action<Stream> _write;

    private SiteFile(string path, Action<Stream> write, string? source = null)
    {
        Path = path;
        _write = write;
        Source = source;
    }

    /// <summary>The site path (<c>/feed.xml</c>).</summary>
    public string Path { get; }

    /// <summary>The project file it is copied from (an image of <c>input/</c>), or null for a file the site makes.</summary>
    public string? Source { get; }

    /// <summary>A file of the project published as it is, streamed from <paramref name="copy"/> when written.</summary>
    public static SiteFile Copied(string path, string source, Action<Stream> copy) => new(path, copy, source);

    public static SiteFile Text(string path, string text) => Bytes(path, Utf8.GetBytes(text));

    /// <summary>A file whose text is produced when it is written (big files are never built before they are needed).</summary>
    public static SiteFile Text(string path, Func<string> produce) => new(path, output => output.Write(Utf8.GetBytes(produce())));

    public static SiteFile Bytes(string path, byte[] bytes) => new(path, output => output.Write(bytes));

    /// <summary>A file streamed into the output when it is written, for the biggest files (never in memory whole).</summary>
    public static SiteFile Streamed(string path, Action<Stream> write) => new(path, write);

    /// <summary>Writes the file's bytes (UTF-8 without a byte order mark for text; the CSV writes its own).</summary>
    public void WriteTo(Stream output) => _write(output);

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}

/// <summary>Every page of the site and the old addresses that lead to them, decided but not yet rendered.</summary>
public sealed record SitePlan(ImmutableArray<IPlannedPage> Pages, ImmutableArray<Redirect> Redirects, SiteUrls Urls);
