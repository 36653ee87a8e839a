using Samenleven.Content;
using Samenleven.Site;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site;

/// <summary>Where municipalities lie: centroids of their areas on the map, and distances in kilometres between them.</summary>
public sealed class MunicipalityGeographyTests
{
    [Fact]
    public void The_centroid_of_a_square_is_its_middle_whichever_way_it_is_drawn()
    {
        Assert.Equal((5, 5), MunicipalityGeography.Centroid(SvgPathData.Parse("M0 0l10 0 0 10-10 0z")));
        Assert.Equal((5, 5), MunicipalityGeography.Centroid(SvgPathData.Parse("M0 0l0 10 10 0 0-10z")));
    }

    [Fact]
    public void A_hole_drawn_the_other_way_round_takes_its_area_away()
    {
        // A 10×10 square with the 5×10 right half cut out as a hole: what is left is the left half, centred at (2.5, 5).
        var centroid = MunicipalityGeography.Centroid(SvgPathData.Parse("M0 0l10 0 0 10-10 0zM5 0l0 10 5 0 0-10z"));

        Assert.NotNull(centroid);
        Assert.Equal(2.5, centroid.Value.X, 9);
        Assert.Equal(5, centroid.Value.Y, 9);
    }

    [Fact]
    public void Two_rings_apart_weigh_by_their_areas()
    {
        // A 2×2 square around (1, 1) and a 4×4 square around (12, 2): (1·4 + 12·16) / 20 = 9.8.
        var centroid = MunicipalityGeography.Centroid(SvgPathData.Parse("M0 0l2 0 0 2-2 0zM10 0l4 0 0 4-4 0z"));

        Assert.NotNull(centroid);
        Assert.Equal(9.8, centroid.Value.X, 9);
    }

    [Fact]
    public void Distances_are_between_centroids_in_kilometres_and_the_nearest_come_first_with_ties_A_to_Z()
    {
        // Squares 10 units wide in a row; 2 units a kilometre, so neighbouring centroids are 5 km apart.
        var reference = RealData.Reference with
        {
            Municipalities =
            [
                new Municipality("a", "Aa", "1", "antwerpen"),
                new Municipality("b", "Bee", "2", "antwerpen"),
                new Municipality("c", "Cee", "3", "antwerpen"),
                new Municipality("d", "Dee", "4", "antwerpen"),
            ],
        };
        var map = new MapData("0 0 40 10", 2, [], [],
        [
            new MapShape("1", "Aa", SvgPathData.Parse("M0 0l10 0 0 10-10 0z")),
            new MapShape("2", "Bee", SvgPathData.Parse("M10 0l10 0 0 10-10 0z")),
            new MapShape("3", "Cee", SvgPathData.Parse("M20 0l10 0 0 10-10 0z")),
            new MapShape("4", "Dee", SvgPathData.Parse("M30 0l10 0 0 10-10 0z")),
        ]);
        var geography = new MunicipalityGeography(map, reference);

        Assert.Equal(10, geography.Kilometres("a", "c"));
        var nearest = geography.Nearest("b", reference.Municipalities);

        Assert.Equal(["Aa", "Cee", "Dee"], nearest.Select(n => n.Municipality.Name));
        Assert.Equal([5.0, 5.0, 10.0], nearest.Select(n => n.Kilometres));
    }

    [Fact]
    public void On_the_real_map_distances_are_those_of_Flanders()
    {
        var diagnostics = new DiagnosticBag();
        var map = Samenleven.Loading.MapDataReader.Read(File.ReadAllText(Path.Combine(Repository.Root, "data", "kaart-gemeenten.json")), RealData.Reference, diagnostics);
        Assert.NotNull(map);
        var geography = new MunicipalityGeography(map, RealData.Reference);

        // Every municipality has a centroid; Gent and Antwerpen lie about 50 km apart as the crow flies; the five nearest
        // to Kortrijk are municipalities it borders.
        Assert.All(RealData.Reference.Municipalities, m => Assert.True(geography.Knows(m.Slug), m.Name));
        Assert.InRange(geography.Kilometres("gent", "antwerpen")!.Value, 45, 55);
        Assert.Equal(
            ["harelbeke", "kuurne", "menen", "wevelgem", "zwevegem"],
            geography.Nearest("kortrijk", RealData.Reference.Municipalities).Take(5).Select(n => n.Municipality.Slug).Order(StringComparer.Ordinal));
    }
}
