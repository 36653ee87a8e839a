using System.Collections.Immutable;
using System.Text.Json;
using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>Reads <c>data/kaart-gemeenten.json</c>, the SVG outlines of the municipalities, and checks them against <c>data/gemeenten.yml</c>.</summary>
public static class MapDataReader
{
    public const string MapPath = "data/kaart-gemeenten.json";

    /// <summary>The map, or null when the file is absent (the site then has no map) or unusable (with an error).</summary>
    public static MapData? Read(string? json, ReferenceData reference, DiagnosticBag diagnostics)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var viewBox = root.GetProperty("viewBox").GetString();
            var context = root.GetProperty("context");
            var brussels = Figures(context.GetProperty("brussels").GetString(), "context.brussels", diagnostics);
            var borders = Figures(context.GetProperty("provinceBorders").GetString(), "context.provinceBorders", diagnostics);
            var scale = PixelsPerKilometre(root);
            var shapes = ImmutableArray.CreateBuilder<MapShape>();
            foreach (var item in root.GetProperty("municipalities").EnumerateArray())
            {
                var nis = item.GetProperty("nis").GetString();
                var name = item.GetProperty("name").GetString();
                var d = item.GetProperty("d").GetString();
                if (nis is null || name is null || d is null)
                {
                    diagnostics.Error(DiagnosticCode.ReferenceData, MapPath, 1, 1, "every municipality needs 'nis', 'name' and 'd'");
                    continue;
                }

                if (Figures(d, $"the outline of {name} (NIS {nis})", diagnostics) is { } figures)
                {
                    shapes.Add(new MapShape(nis, name, figures));
                }
            }

            Check(shapes, reference, diagnostics);
            if (viewBox is null || brussels is null || borders is null)
            {
                diagnostics.Error(DiagnosticCode.ReferenceData, MapPath, 1, 1, "the map needs 'viewBox', 'context.brussels' and 'context.provinceBorders'");
            }

            if (scale is null)
            {
                diagnostics.Error(DiagnosticCode.ReferenceData, MapPath, 1, 1, "the map needs 'projection.px_per_m', a positive number: its scale in pixels per metre, which gives the distances between municipalities");
            }

            return viewBox is null || brussels is null || borders is null || scale is null
                ? null
                : new MapData(viewBox, scale.Value, brussels.Value, borders.Value, shapes.ToImmutable());
        }
        catch (JsonException e)
        {
            diagnostics.Error(DiagnosticCode.ReferenceData, MapPath, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"JSON syntax error: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            diagnostics.Error(DiagnosticCode.ReferenceData, MapPath, 1, 1, $"unexpected structure: {e.Message}");
            return null;
        }
    }

    /// <summary>The path data as figures, or null with an error that names what could not be read.</summary>
    private static ImmutableArray<MapFigure>? Figures(string? pathData, string what, DiagnosticBag diagnostics)
    {
        if (pathData is null)
        {
            return null;
        }

        try
        {
            return SvgPathData.Parse(pathData);
        }
        catch (FormatException e)
        {
            diagnostics.Error(DiagnosticCode.ReferenceData, MapPath, 1, 1, $"{what} is not readable SVG path data: {e.Message}");
            return null;
        }
    }

    /// <summary><c>projection.px_per_m</c> × 1000, or null when it is absent or not a positive number.</summary>
    private static decimal? PixelsPerKilometre(JsonElement root) =>
        root.TryGetProperty("projection", out var projection)
        && projection.ValueKind == JsonValueKind.Object
        && projection.TryGetProperty("px_per_m", out var scale)
        && scale.ValueKind == JsonValueKind.Number
        && scale.TryGetDecimal(out var perMetre)
        && perMetre > 0
            ? perMetre * 1000
            : null;

    /// <summary>Every shape must be a current municipality; a municipality without a shape is only a warning (it is still in the list).</summary>
    private static void Check(IEnumerable<MapShape> shapes, ReferenceData reference, DiagnosticBag diagnostics)
    {
        var known = reference.Municipalities.Select(m => m.NisCode).ToHashSet(StringComparer.Ordinal);
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            if (!known.Contains(shape.NisCode))
            {
                diagnostics.Error(DiagnosticCode.ReferenceData, MapPath, 1, 1, $"the map has a shape for NIS code {shape.NisCode} ({shape.Name}), which is not a municipality in data/gemeenten.yml");
            }
            else if (!drawn.Add(shape.NisCode))
            {
                diagnostics.Error(DiagnosticCode.ReferenceData, MapPath, 1, 1, $"the map has two shapes for NIS code {shape.NisCode} ({shape.Name})");
            }
        }

        foreach (var municipality in reference.Municipalities.Where(m => !drawn.Contains(m.NisCode)))
        {
            diagnostics.Warning(DiagnosticCode.ReferenceData, MapPath, 1, 1, $"{municipality.Name} (NIS {municipality.NisCode}) has no shape on the map");
        }
    }
}
