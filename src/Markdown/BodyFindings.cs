using System.Collections.Concurrent;
using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Markdown;

/// <summary>
/// What the bodies of a build link to and which anchors they have, gathered while they are converted (in parallel),
/// for the checks that compare pages: internal links and anchors, and <c>check --external</c>.
/// </summary>
public sealed class BodyFindings
{
    private readonly ConcurrentBag<LinkReference> _links = [];
    private readonly ConcurrentBag<LinkReference> _webLinks = [];
    private readonly ConcurrentDictionary<string, ImmutableArray<string>> _anchors = new(StringComparer.Ordinal);

    /// <summary>Links and images that stay in the site.</summary>
    public IEnumerable<LinkReference> Links => _links;

    /// <summary>Links to web addresses.</summary>
    public IEnumerable<LinkReference> WebLinks => _webLinks;

    /// <summary>The heading ids of each content file's body.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<string>> AnchorsBySource => _anchors;

    public void Add(string sourcePath, ConvertedBody body)
    {
        foreach (var link in body.Links)
        {
            _links.Add(link);
        }

        foreach (var link in body.WebLinks)
        {
            _webLinks.Add(link);
        }

        _anchors[sourcePath] = body.Anchors;
    }
}
