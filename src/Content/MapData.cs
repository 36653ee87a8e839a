using System.Collections.Immutable;
using System.Globalization;

namespace Samenleven.Content;

/// <summary>
/// The outline map of Flanders from <c>data/kaart-gemeenten.json</c>: one outline per municipality (by NIS code) in a
/// shared coordinate space, plus context that is drawn but not clickable.
/// </summary>
/// <param name="ViewBox">The SVG viewBox, such as <c>0 0 1000 391</c>.</param>
/// <param name="PixelsPerKilometre">The scale of the projection (Belgian Lambert 72 is true to distance in Flanders).</param>
/// <param name="Brussels">The outline of the Brussels-Capital Region (the hole in Flanders).</param>
/// <param name="ProvinceBorders">Open lines along the internal province borders (stroke only).</param>
/// <param name="Shapes">The 285 municipalities, by name.</param>
public sealed record MapData(string ViewBox, decimal PixelsPerKilometre, ImmutableArray<MapFigure> Brussels, ImmutableArray<MapFigure> ProvinceBorders, ImmutableArray<MapShape> Shapes);

/// <summary>One municipality's outline: one closed figure per ring (Baarle-Hertog has several, one of them a hole).</summary>
public sealed record MapShape(string NisCode, string Name, ImmutableArray<MapFigure> Figures);

/// <summary>A point in the map's units (the pixels of its viewBox).</summary>
public readonly record struct MapPoint(decimal X, decimal Y);

/// <summary>A ring (closed) or a line (open) of an outline, its points absolute.</summary>
public sealed record MapFigure(ImmutableArray<MapPoint> Points, bool Closed);

/// <summary>
/// Reads SVG path data of the form the map uses: <c>M x y</c> starts a figure, <c>l dx dy …</c> (relative) or
/// <c>L x y …</c> (absolute) draws lines, <c>z</c> closes the figure. Points are summed in <see cref="decimal"/>, so that a
/// point reached along two different paths (a border shared by two municipalities) has exactly the same value in both.
/// </summary>
public static class SvgPathData
{
    /// <summary>The figures of <paramref name="pathData"/>; a <see cref="FormatException"/> says where it cannot be read.</summary>
    public static ImmutableArray<MapFigure> Parse(string pathData)
    {
        var figures = ImmutableArray.CreateBuilder<MapFigure>();
        var points = ImmutableArray.CreateBuilder<MapPoint>();
        var reader = new Reader(pathData);
        var current = new MapPoint(0, 0);
        var command = '\0';
        void Flush(bool closed)
        {
            if (points.Count > 0)
            {
                figures.Add(new MapFigure(points.ToImmutable(), closed));
                current = points[0];
                points.Clear();
            }
        }

        while (reader.Next(out var letter))
        {
            if (letter is 'z' or 'Z')
            {
                Flush(closed: true);
                command = '\0';
                continue;
            }

            if (letter != '\0')
            {
                command = letter;
            }

            var (a, b) = (reader.Number(), reader.Number());
            switch (command)
            {
                case 'M':
                    Flush(closed: false);
                    current = new MapPoint(a, b);
                    points.Add(current);
                    command = 'L'; // Further pairs after M are lines (SVG's rule).
                    break;
                case 'L' or 'l':
                    if (points.Count == 0)
                    {
                        points.Add(current); // A line straight after z starts at the closed figure's first point.
                    }

                    current = command == 'L' ? new MapPoint(a, b) : new MapPoint(current.X + a, current.Y + b);
                    points.Add(current);
                    break;
                case '\0':
                    throw new FormatException($"a number without a command at position {reader.Position}");
                default:
                    throw new FormatException($"unsupported path command '{command}' at position {reader.Position}: the map uses only M, L, l and z");
            }
        }

        Flush(closed: false);
        return figures.ToImmutable();
    }

    /// <summary>Reads command letters and numbers, skipping spaces and commas.</summary>
    private ref struct Reader(string text)
    {
        private readonly string _text = text;

        public int Position { get; private set; }

        /// <summary>False at the end; otherwise the command letter at this place, or '\0' when a number follows instead.</summary>
        public bool Next(out char letter)
        {
            letter = '\0';
            SkipSeparators();
            if (Position >= _text.Length)
            {
                return false;
            }

            if (char.IsAsciiLetter(_text[Position]))
            {
                letter = _text[Position++];
            }

            return true;
        }

        public decimal Number()
        {
            SkipSeparators();
            var start = Position;
            if (Position < _text.Length && (_text[Position] == '-' || _text[Position] == '+'))
            {
                Position++;
            }

            var dot = false;
            while (Position < _text.Length && (char.IsAsciiDigit(_text[Position]) || (_text[Position] == '.' && !dot)))
            {
                dot |= _text[Position] == '.';
                Position++;
            }

            if (!decimal.TryParse(_text.AsSpan(start, Position - start), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"expected a number at position {start}");
            }

            return value;
        }

        private void SkipSeparators()
        {
            while (Position < _text.Length && (_text[Position] == ' ' || _text[Position] == ','))
            {
                Position++;
            }
        }
    }
}
