using System.Collections.Immutable;

namespace Samenleven.Content;

/// <summary>
/// The outline map of Flanders from <c>data/kaart-gemeenten.json</c>: one SVG path per municipality (by NIS code) in a
/// shared coordinate space, plus context that is drawn but not clickable.
/// </summary>
/// <param name="ViewBox">The SVG viewBox, such as <c>0 0 1000 391</c>.</param>
/// <param name="Brussels">The outline of the Brussels-Capital Region (the hole in Flanders).</param>
/// <param name="ProvinceBorders">Open polylines along the internal province borders (stroke only).</param>
/// <param name="Shapes">The 285 municipalities, by name.</param>
public sealed record MapData(string ViewBox, string Brussels, string ProvinceBorders, ImmutableArray<MapShape> Shapes);

/// <summary>One municipality's outline: SVG path data (<c>M x y l dx dy … z</c>, one ring per <c>M</c>).</summary>
public sealed record MapShape(string NisCode, string Name, string PathData);
