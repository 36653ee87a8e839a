using System.Collections.Immutable;

namespace Samenleven.Content;

/// <summary>A file of the theme's assets (CSS, JavaScript, icons) by its name in the assets folder, with its bytes.</summary>
public sealed record ThemeAsset(string Name, byte[] Bytes);

/// <summary>Everything a build reads from a project, parsed and checked file by file: the input of the site model.</summary>
/// <param name="StaticFiles">Project paths of the files under <c>input/</c> that are not Markdown (images).</param>
/// <param name="ImageSizes">The size of every image among the static files whose header could be read, by site path (<c>/afbeeldingen/x.jpg</c>).</param>
public sealed record Project(
    ReferenceData Reference,
    ContentSet Content,
    MapData? Map,
    ImmutableArray<string> StaticFiles,
    ImmutableArray<ThemeAsset> ThemeAssets,
    IReadOnlyDictionary<string, ImageSize> ImageSizes)
{
    /// <summary>The size in bytes of every file among <see cref="StaticFiles"/>, by site path (<c>/bijlagen/verslag.pdf</c>).</summary>
    public IReadOnlyDictionary<string, long> FileSizes { get; init; } = new Dictionary<string, long>(StringComparer.Ordinal);

    /// <summary>The search's thesaurus (<c>data/synoniemen.yml</c>); empty when the project has none.</summary>
    public Thesaurus Thesaurus { get; init; } = Thesaurus.Empty;
}
