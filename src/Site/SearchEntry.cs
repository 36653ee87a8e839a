using System.Collections.Immutable;

namespace Samenleven.Site;

/// <summary>
/// What the search holds of one page besides its body: the words it ranks highest (title, then summary), its facets,
/// what a result shows, its sort keys, and the slugs it is filed under (the thesaurus may attach related words to them).
/// The search stage turns it into a record for the index; nothing of it is written into the page's HTML.
/// </summary>
public sealed record SearchEntry(string Title, string? Summary)
{
    /// <summary>Facets (Pagefind filters): name and the label a reader sees.</summary>
    public ImmutableArray<(string Name, string Value)> Filters { get; init; } = [];

    /// <summary>What a result shows besides the title, such as the municipalities.</summary>
    public ImmutableArray<(string Name, string Value)> Meta { get; init; } = [];

    /// <summary>Sort keys, such as the date a practice was added.</summary>
    public ImmutableArray<(string Name, string Value)> Sort { get; init; } = [];

    /// <summary>The slugs of the themes the page is filed under.</summary>
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>The slugs of the target groups the page is filed under.</summary>
    public ImmutableArray<string> TargetGroups { get; init; } = [];

    /// <summary>
    /// Names a reader may search for that the page does not use: the former municipalities its municipality absorbed in
    /// 2025 ("Kruibeke" finds the practices of Beveren-Kruibeke-Zwijndrecht). Indexed with the hidden words.
    /// </summary>
    public ImmutableArray<string> FormerNames { get; init; } = [];
}

/// <summary>A searched page as the render stage leaves it: its address, its <see cref="SearchEntry"/> and its body as HTML.</summary>
public sealed record SearchDocument(string Path, SearchEntry Entry, string BodyHtml);

/// <summary>
/// The searched pages of a build, gathered by the render stage's workers at once (thread-safe), handed to the search
/// stage in the order of their address so the index is the same on every run.
/// </summary>
public sealed class SearchDocuments
{
    private readonly System.Collections.Concurrent.ConcurrentBag<SearchDocument> _documents = [];

    public void Add(SearchDocument document) => _documents.Add(document);

    public int Count => _documents.Count;

    /// <summary>Ordinal by path: output must be byte-identical on every machine.</summary>
    public ImmutableArray<SearchDocument> Sorted() => [.. _documents.OrderBy(d => d.Path, StringComparer.Ordinal)];
}
