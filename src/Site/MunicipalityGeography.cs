using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>A municipality and how far it lies from another one, between the centroids of their areas.</summary>
public sealed record NearbyMunicipality(Municipality Municipality, double Kilometres);

/// <summary>
/// Where the municipalities lie: the centroid of each one's area on the map, and the distances between them. The map's
/// projection (Belgian Lambert 72) keeps distances true within Flanders, so map units divided by its scale are kilometres.
/// </summary>
public sealed class MunicipalityGeography
{
    private readonly FrozenDictionary<string, (double X, double Y)> _centroids;
    private readonly double _pixelsPerKilometre;

    public MunicipalityGeography(MapData map, ReferenceData reference)
    {
        var byNis = map.Shapes.ToDictionary(s => s.NisCode, StringComparer.Ordinal);
        var centroids = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var municipality in reference.Municipalities)
        {
            if (byNis.TryGetValue(municipality.NisCode, out var shape) && Centroid(shape.Figures) is { } centroid)
            {
                centroids[municipality.Slug] = centroid;
            }
        }

        _centroids = centroids.ToFrozenDictionary(StringComparer.Ordinal);
        _pixelsPerKilometre = (double)map.PixelsPerKilometre;
    }

    /// <summary>
    /// The centroid of the area inside the closed figures: each ring's centroid weighted by its signed area, so a hole
    /// (drawn the other way round, as Baarle-Hertog's Dutch counter-enclave is) takes its area away. Null when the figures
    /// enclose no area.
    /// </summary>
    public static (double X, double Y)? Centroid(ImmutableArray<MapFigure> figures)
    {
        double area = 0, x = 0, y = 0;
        foreach (var figure in figures.Where(f => f.Closed))
        {
            var points = figure.Points;
            for (var i = 0; i < points.Length; i++)
            {
                var (x0, y0) = ((double)points[i].X, (double)points[i].Y);
                var next = points[(i + 1) % points.Length];
                var (x1, y1) = ((double)next.X, (double)next.Y);
                var cross = (x0 * y1) - (x1 * y0);
                area += cross;
                x += (x0 + x1) * cross;
                y += (y0 + y1) * cross;
            }
        }

        // Twice the signed area so far; the centroid is Σ((xᵢ + xᵢ₊₁)·crossᵢ) / (6·A) = x / (3·area).
        return Math.Abs(area) < 1e-9 ? null : (x / (3 * area), y / (3 * area));
    }

    /// <summary>Whether the municipality has an area on the map (and so a distance to others).</summary>
    public bool Knows(string slug) => _centroids.ContainsKey(slug);

    /// <summary>The distance in kilometres between two municipalities' centroids, or null when either is not on the map.</summary>
    public double? Kilometres(string from, string to)
    {
        if (!_centroids.TryGetValue(from, out var a) || !_centroids.TryGetValue(to, out var b))
        {
            return null;
        }

        return Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y))) / _pixelsPerKilometre;
    }

    /// <summary>
    /// The <paramref name="candidates"/> on the map, nearest to <paramref name="from"/> first (the same distance: A to Z),
    /// without <paramref name="from"/> itself; empty when <paramref name="from"/> is not on the map.
    /// </summary>
    public ImmutableArray<NearbyMunicipality> Nearest(string from, IEnumerable<Municipality> candidates) =>
        [.. candidates
            .Where(m => m.Slug != from)
            .Select(m => (Municipality: m, Kilometres: Kilometres(from, m.Slug)))
            .Where(c => c.Kilometres is not null)
            .Select(c => new NearbyMunicipality(c.Municipality, c.Kilometres!.Value)) // Filtered to known distances above.
            .OrderBy(n => n.Kilometres)
            .ThenBy(n => n.Municipality.Name, StringComparer.Ordinal)];
}
