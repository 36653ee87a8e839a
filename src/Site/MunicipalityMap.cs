using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>
/// The map of Flanders on the municipality index, ready to draw: every municipality shaded by its number of practices;
/// those with content are links with a title, the others are one decorative path that assistive technology skips.
/// </summary>
public sealed record MunicipalityMap
{
    public required string ViewBox { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }

    /// <summary>What the map shows, for its <c>aria-label</c>.</summary>
    public required string Label { get; init; }

    /// <summary>All municipalities without content, as one path: they are neither links nor focusable.</summary>
    public required string UnlinkedPath { get; init; }

    /// <summary>Municipalities with practices or services, in the order of the A–Z list (also the keyboard order).</summary>
    public required ImmutableArray<MapArea> Areas { get; init; }

    public required string Brussels { get; init; }
    public required string ProvinceBorders { get; init; }
    public required ImmutableArray<MapLegendEntry> Legend { get; init; }
    public required string Credit { get; init; }
}

/// <summary>A linked municipality on the map. <paramref name="Title"/> names it and says what it has.</summary>
public sealed record MapArea(string Title, string Href, int ShadeClass, string PathData);

/// <summary>A shade class in the legend: its range in words and how many municipalities fall in it.</summary>
public sealed record MapLegendEntry(int ShadeClass, string Label, int Municipalities)
{
    /// <summary>"(12 gemeenten)".</summary>
    public string CountText => $"({Texts.MunicipalityCount(Municipalities)})";
}

/// <summary>Builds the <see cref="MunicipalityMap"/> from the map data and the practices per municipality.</summary>
public static class MunicipalityMapBuilder
{
    /// <summary>
    /// Lower bounds of the shade classes after "no practices": 1, 2–3, 4 or more. Fixed rather than computed from the
    /// data, so that a class keeps its meaning as the database grows and the legend reads as plain numbers.
    /// </summary>
    public static readonly ImmutableArray<int> ClassLowerBounds = [1, 2, 4];

    public const string Credit = "Kaartgegevens: Statbel (statistische sectoren 01/01/2025), bewerking provincies.incijfers.be";

    /// <summary>
    /// The map with each municipality's shade from <paramref name="practices"/> (count by slug); municipalities with
    /// practices or <paramref name="services"/> link to <paramref name="href"/>(slug).
    /// </summary>
    public static MunicipalityMap Build(MapData map, ReferenceData reference, Func<string, int> practices, Func<string, int> services, Func<string, string> href)
    {
        var byNis = reference.Municipalities.ToDictionary(m => m.NisCode, StringComparer.Ordinal);
        var unlinked = new StringBuilder(map.Shapes.Sum(s => s.PathData.Length));
        var areas = new List<(string Name, MapArea Area)>();
        var perClass = new int[ClassLowerBounds.Length + 1];
        foreach (var shape in map.Shapes)
        {
            // The reader has reported shapes that are not municipalities; they are not drawn.
            if (!byNis.TryGetValue(shape.NisCode, out var municipality))
            {
                continue;
            }

            var practiceCount = practices(municipality.Slug);
            var serviceCount = services(municipality.Slug);
            var shade = ShadeClass(practiceCount);
            perClass[shade]++;
            var path = SvgPath.RoundToWholeUnits(shape.PathData);
            if (practiceCount == 0 && serviceCount == 0)
            {
                unlinked.Append(path);
                continue;
            }

            var what = serviceCount == 0
                ? PracticesText(practiceCount)
                : $"{PracticesText(practiceCount)}, {Texts.Count(serviceCount, "dienst", "diensten")}";
            areas.Add((municipality.Name, new MapArea($"{municipality.Name}: {what}", href(municipality.Slug), shade, path)));
        }

        var size = map.ViewBox.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new MunicipalityMap
        {
            ViewBox = map.ViewBox,
            Width = (int)Math.Ceiling(double.Parse(size[2], CultureInfo.InvariantCulture)),
            Height = (int)Math.Ceiling(double.Parse(size[3], CultureInfo.InvariantCulture)),
            Label = $"Kaart van Vlaanderen met {Texts.Count(perClass.Sum(), "gemeente", "gemeenten")}, gekleurd volgens hun aantal praktijken. Gemeenten met praktijken of diensten zijn links naar hun pagina.",
            UnlinkedPath = unlinked.ToString(),
            Areas = [.. areas.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Area)],
            Brussels = SvgPath.RoundToWholeUnits(map.Brussels),
            ProvinceBorders = SvgPath.RoundToWholeUnits(map.ProvinceBorders),
            Legend = [.. Enumerable.Range(0, perClass.Length).Select(c => new MapLegendEntry(c, ClassLabel(c), perClass[c]))],
            Credit = Credit,
        };
    }

    /// <summary>0 for no practices, then 1, 2, 3 for the ranges starting at <see cref="ClassLowerBounds"/>.</summary>
    public static int ShadeClass(int practices)
    {
        var shade = 0;
        for (var i = 0; i < ClassLowerBounds.Length; i++)
        {
            if (practices >= ClassLowerBounds[i])
            {
                shade = i + 1;
            }
        }

        return shade;
    }

    /// <summary>"Geen praktijken", "1 praktijk", "2 of 3 praktijken", "4 tot 9 praktijken", "10 of meer praktijken".</summary>
    public static string ClassLabel(int shade)
    {
        if (shade == 0)
        {
            return "Geen praktijken";
        }

        var from = ClassLowerBounds[shade - 1];
        if (shade == ClassLowerBounds.Length)
        {
            return $"{Number(from)} of meer praktijken";
        }

        var to = ClassLowerBounds[shade] - 1;
        return from == to ? Texts.Count(from, "praktijk", "praktijken")
            : to == from + 1 ? $"{Number(from)} of {Number(to)} praktijken"
            : $"{Number(from)} tot {Number(to)} praktijken";
    }

    private static string PracticesText(int count) => count == 0 ? "geen praktijken" : Texts.Count(count, "praktijk", "praktijken");

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>SVG path data of the form the map uses: <c>M x y</c> absolute, <c>l dx dy …</c> relative, <c>z</c>.</summary>
public static class SvgPath
{
    /// <summary>
    /// Rounds every point to whole units (about 240 m on the map of Flanders, under one screen pixel) and drops the steps
    /// that become empty: the path shrinks by about 40 % after compression. Points are made absolute before rounding and
    /// summed in <see cref="decimal"/>, so that a border shared by two municipalities rounds the same way in both and no
    /// gaps or slivers appear between neighbours.
    /// </summary>
    public static string RoundToWholeUnits(string pathData)
    {
        var output = new StringBuilder(pathData.Length / 2);
        var reader = new NumberReader(pathData);
        decimal x = 0, y = 0;
        long lastX = 0, lastY = 0;
        var command = 'M';
        var wroteLine = false;
        while (reader.Next(out var letter, out var a, out var b))
        {
            if (letter is 'z' or 'Z')
            {
                output.Append('z');
                command = 'M';
                continue;
            }

            if (letter != '\0')
            {
                command = letter;
            }

            if (command == 'M')
            {
                x = a;
                y = b;
                lastX = Round(x);
                lastY = Round(y);
                output.Append('M').Append(lastX.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(lastY.ToString(CultureInfo.InvariantCulture));
                command = 'l';
                wroteLine = false;
                continue;
            }

            if (command != 'l')
            {
                throw new FormatException($"unsupported path command '{command}': the map uses only M, l and z");
            }

            x += a;
            y += b;
            var nextX = Round(x);
            var nextY = Round(y);
            if (nextX == lastX && nextY == lastY)
            {
                continue;
            }

            if (!wroteLine)
            {
                output.Append('l');
            }

            AppendNumber(output, nextX - lastX, first: !wroteLine);
            AppendNumber(output, nextY - lastY, first: false);
            wroteLine = true;
            lastX = nextX;
            lastY = nextY;
        }

        return output.ToString();
    }

    private static long Round(decimal value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);

    // A minus sign separates numbers by itself; a positive number needs a space unless it directly follows the command.
    private static void AppendNumber(StringBuilder output, long value, bool first)
    {
        if (value >= 0 && !first)
        {
            output.Append(' ');
        }

        output.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Reads path data as pairs of numbers, each pair with the command letter before it (or '\0' to repeat the last).</summary>
    private ref struct NumberReader(string text)
    {
        private readonly string _text = text;
        private int _position;

        public bool Next(out char letter, out decimal a, out decimal b)
        {
            letter = '\0';
            a = b = 0;
            SkipSeparators();
            if (_position >= _text.Length)
            {
                return false;
            }

            if (char.IsAsciiLetter(_text[_position]))
            {
                letter = _text[_position++];
                if (letter is 'z' or 'Z')
                {
                    return true;
                }
            }

            a = Number();
            b = Number();
            return true;
        }

        private void SkipSeparators()
        {
            while (_position < _text.Length && (_text[_position] == ' ' || _text[_position] == ','))
            {
                _position++;
            }
        }

        private decimal Number()
        {
            SkipSeparators();
            var start = _position;
            if (_position < _text.Length && (_text[_position] == '-' || _text[_position] == '+'))
            {
                _position++;
            }

            var dot = false;
            while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || (_text[_position] == '.' && !dot)))
            {
                dot |= _text[_position] == '.';
                _position++;
            }

            if (_position == start)
            {
                throw new FormatException($"expected a number at position {start} of the path data");
            }

            return decimal.Parse(_text.AsSpan(start, _position - start), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }
    }
}
