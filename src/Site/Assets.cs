using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>A theme asset as published: its site path (fingerprinted for CSS and JS) and its bytes.</summary>
public sealed record Asset(string Name, string Path, byte[] Bytes);

/// <summary>
/// The theme's assets. CSS and JavaScript get a content hash in their file name (<c>/assets/site.1a2b3c4d5e.css</c>) so
/// hosts can cache them forever; other files (favicon) keep their name at the site root.
/// </summary>
public sealed class AssetManifest
{
    private readonly FrozenDictionary<string, Asset> _byName;

    public AssetManifest(IEnumerable<ThemeAsset> files)
    {
        Assets = [.. files.Select(f => new Asset(f.Name, PathFor(f.Name, f.Bytes), f.Bytes)).OrderBy(a => a.Path, StringComparer.Ordinal)];
        _byName = Assets.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
    }

    public ImmutableArray<Asset> Assets { get; }

    /// <summary>The site path of an asset by its name in <c>themes/default/assets/</c>, such as <c>site.css</c>.</summary>
    public string PathOf(string name) =>
        _byName.TryGetValue(name, out var asset) ? asset.Path : throw new InvalidOperationException($"The theme has no asset '{name}'.");

    public bool Has(string name) => _byName.ContainsKey(name);

    public static bool IsFingerprinted(string name) => name.EndsWith(".css", StringComparison.Ordinal) || name.EndsWith(".js", StringComparison.Ordinal);

    private static string PathFor(string name, byte[] bytes)
    {
        if (!IsFingerprinted(name))
        {
            return "/" + name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var dot = name.LastIndexOf('.');
        return $"/assets/{name[..dot]}.{hash}{name[dot..]}";
    }
}
