using System.Collections.Immutable;

namespace Samenleven.Content;

/// <summary>
/// One entry of <c>data/synoniemen.yml</c>: the words the site uses (<see cref="Terms"/>, the first one named to readers)
/// and the words readers type for them (<see cref="SearchTerms"/>). A page that uses one of the terms, or is filed under
/// one of the entry's themes or target groups, is also found by the search terms.
/// </summary>
public sealed record ThesaurusEntry(ImmutableArray<string> Terms, ImmutableArray<string> SearchTerms)
{
    /// <summary>Search terms that are dated or hurtful: the results page says which term the site uses instead.</summary>
    public ImmutableArray<string> Dated { get; init; } = [];

    /// <summary>Theme slugs whose pages the search terms find too.</summary>
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>Target-group slugs whose pages the search terms find too.</summary>
    public ImmutableArray<string> TargetGroups { get; init; } = [];

    /// <summary>The line of the entry in its file.</summary>
    public int Line { get; init; } = 1;
}

/// <summary>The curated thesaurus of the search (<c>data/synoniemen.yml</c>); empty when the file is absent.</summary>
public sealed record Thesaurus(ImmutableArray<ThesaurusEntry> Entries)
{
    public static Thesaurus Empty { get; } = new([]);
}
