using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>
/// The map of Flanders on the municipality index, ready to draw: every municipality its own shape and its own link,
/// named by a title, shaded by its number of practices.
/// </summary>
public sealed record MunicipalityMap
{
    public required string ViewBox { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }

    /// <summary>What the map shows, for its <c>aria-label</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Every municipality on the map, in the order of the A–Z list (also the keyboard order).</summary>
    public required ImmutableArray<MapArea> Areas { get; init; }

    public required string Brussels { get; init; }
    public required string ProvinceBorders { get; init; }

    /// <summary>The shade classes that have members, "no practices" first.</summary>
    public required ImmutableArray<MapLegendEntry> Legend { get; init; }
    public required string Credit { get; init; }
}

/// <summary>A municipality on the map. <paramref name="Title"/> names it and says what it has: "Kortrijk: 12 praktijken".</summary>
public sealed record MapArea(string Title, string Href, int ShadeClass, string PathData);

/// <summary>A shade class in the legend: its range in words and how many municipalities fall in it.</summary>
public sealed record MapLegendEntry(int ShadeClass, string Label, int Municipalities)
{
    /// <summary>"(12 gemeenten)".</summary>
    public string CountText => $"({Texts.MunicipalityCount(Municipalities)})";
}

/// <summary>
/// The shade classes of the map, computed from the data so that every class in the legend has members: class 0 is
/// "no practices"; the municipalities with practices are split at quantiles into at most <see cref="MaxClasses"/>
/// classes of about equal size. Each lower bound is a count that some municipality has, so no class is empty.
/// </summary>
/// <param name="LowerBounds">The lowest count of classes 1, 2…, ascending.</param>
/// <param name="Highest">The highest count of all, the top of the last class.</param>
public sealed record MapShading(ImmutableArray<int> LowerBounds, int Highest)
{
    /// <summary>Classes with practices, at most: with "none", four shades that stay apart in colour and texture.</summary>
    public const int MaxClasses = 3;

    /// <summary>The classes for these numbers of practices (one per municipality).</summary>
    public static MapShading From(IEnumerable<int> practicesPerMunicipality)
    {
        var counts = practicesPerMunicipality.Where(c => c > 0).Order().ToArray();
        if (counts.Length == 0)
        {
            return new MapShading([], 0);
        }

        var classes = Math.Min(MaxClasses, counts.Distinct().Count());
        var bounds = Enumerable.Range(0, classes).Select(i => counts[i * counts.Length / classes]).Distinct();
        return new MapShading([.. bounds], counts[^1]);
    }

    /// <summary>0 for no practices, then 1, 2… for the classes starting at <see cref="LowerBounds"/>.</summary>
    public int ClassOf(int practices)
    {
        var shade = 0;
        for (var i = 0; i < LowerBounds.Length; i++)
        {
            if (practices >= LowerBounds[i])
            {
                shade = i + 1;
            }
        }

        return shade;
    }

    /// <summary>"Geen praktijken", "1 praktijk", "2 of 3 praktijken", "4 tot 12 praktijken".</summary>
    public string Label(int shade)
    {
        if (shade == 0)
        {
            return Texts.NoPracticesClass;
        }

        var from = LowerBounds[shade - 1];
        var to = shade < LowerBounds.Length ? LowerBounds[shade] - 1 : Highest;
        return Texts.PracticeRange(from, to);
    }
}

/// <summary>Builds the <see cref="MunicipalityMap"/> from the map data and the practices per municipality.</summary>
public static class MunicipalityMapBuilder
{
    /// <summary>
    /// The map with each municipality's shade from <paramref name="practices"/> (count by slug), its title from
    /// <paramref name="practices"/> and <paramref name="services"/>, and its link to <paramref name="href"/>(slug).
    /// </summary>
    public static MunicipalityMap Build(MapData map, ReferenceData reference, Func<string, int> practices, Func<string, int> services, Func<string, string> href)
    {
        var byNis = reference.Municipalities.ToDictionary(m => m.NisCode, StringComparer.Ordinal);

        // The reader has reported shapes that are not municipalities; they are not drawn.
        var drawn = map.Shapes
            .Where(s => byNis.ContainsKey(s.NisCode))
            .Select(s => (Municipality: byNis[s.NisCode], Shape: s, Practices: practices(byNis[s.NisCode].Slug)))
            .OrderBy(d => d.Municipality.Name, StringComparer.Ordinal)
            .ToArray();
        var shading = MapShading.From(drawn.Select(d => d.Practices));
        var areas = drawn.Select(d => new MapArea(
            Texts.MapAreaTitle(d.Municipality.Name, d.Practices, services(d.Municipality.Slug)),
            href(d.Municipality.Slug),
            shading.ClassOf(d.Practices),
            SvgPath.RoundToWholeUnits(d.Shape.Figures))).ToImmutableArray();
        var size = map.ViewBox.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new MunicipalityMap
        {
            ViewBox = map.ViewBox,
            Width = (int)Math.Ceiling(double.Parse(size[2], CultureInfo.InvariantCulture)),
            Height = (int)Math.Ceiling(double.Parse(size[3], CultureInfo.InvariantCulture)),
            Label = Texts.MapLabel(areas.Length),
            Areas = areas,
            Brussels = SvgPath.RoundToWholeUnits(map.Brussels),
            ProvinceBorders = SvgPath.RoundToWholeUnits(map.ProvinceBorders),
            Legend = [.. areas
                .GroupBy(a => a.ShadeClass)
                .OrderBy(g => g.Key)
                .Select(g => new MapLegendEntry(g.Key, shading.Label(g.Key), g.Count()))],
            Credit = Texts.MapCredit,
        };
    }
}

/// <summary>SVG path data of the form the map uses: <c>M x y</c> absolute, <c>l dx dy …</c> relative, <c>z</c>.</summary>
public static class SvgPath
{
    /// <summary>
    /// Writes the figures with every point rounded to whole units (about 240 m on the map of Flanders, under one screen
    /// pixel), dropping the steps that become empty: the path shrinks by about 40 % after compression. The points are
    /// absolute and exact (<see cref="SvgPathData"/>) before they are rounded, so a border shared by two municipalities
    /// rounds the same way in both and no gaps or slivers appear between neighbours.
    /// </summary>
    public static string RoundToWholeUnits(ImmutableArray<MapFigure> figures)
    {
        var output = new StringBuilder(figures.Sum(f => f.Points.Length) * 4);
        foreach (var figure in figures)
        {
            var (lastX, lastY) = (Round(figure.Points[0].X), Round(figure.Points[0].Y));
            output.Append('M').Append(Number(lastX)).Append(' ').Append(Number(lastY));
            var wroteLine = false;
            foreach (var point in figure.Points.AsSpan()[1..])
            {
                var (x, y) = (Round(point.X), Round(point.Y));
                if (x == lastX && y == lastY)
                {
                    continue;
                }

                if (!wroteLine)
                {
                    output.Append('l');
                }

                AppendNumber(output, x - lastX, first: !wroteLine);
                AppendNumber(output, y - lastY, first: false);
                wroteLine = true;
                (lastX, lastY) = (x, y);
            }

            if (figure.Closed)
            {
                output.Append('z');
            }
        }

        return output.ToString();
    }

    /// <summary>The same for path data as text (<see cref="SvgPathData.Parse"/>).</summary>
    public static string RoundToWholeUnits(string pathData) => RoundToWholeUnits(SvgPathData.Parse(pathData));

    private static long Round(decimal value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // A minus sign separates numbers by itself; a positive number needs a space unless it directly follows the command.
    private static void AppendNumber(StringBuilder output, long value, bool first)
    {
        if (value >= 0 && !first)
        {
            output.Append(' ');
        }

        output.Append(Number(value));
    }
}
