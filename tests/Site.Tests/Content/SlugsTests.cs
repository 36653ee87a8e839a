using Samenleven.Content;

namespace Samenleven.Tests.Content;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("ik-kom-van-ver", true)]
    [InlineData("raad-2019", true)]
    [InlineData("Ik-kom", false)]
    [InlineData("ik--kom", false)]
    [InlineData("-ik", false)]
    [InlineData("ik-", false)]
    [InlineData("ik_kom", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    public void A_slug_is_lowercase_letters_digits_and_single_inner_hyphens(string slug, bool valid) =>
        Assert.Equal(valid, Slugs.IsValid(slug));

    [Theory]
    [InlineData("Cursus klare taal voor baliemedewerkers", "cursus-klare-taal-voor-baliemedewerkers")]
    [InlineData("Financiën & één café", "financien-een-cafe")]
    [InlineData("  De Babbelberg!  ", "de-babbelberg")]
    [InlineData("Raad Intercultureel Samenleven (RIS)", "raad-intercultureel-samenleven-ris")]
    public void A_title_becomes_a_readable_slug_without_accents(string title, string slug) =>
        Assert.Equal(slug, Slugs.FromTitle(title));

    [Fact]
    public void The_closest_slug_is_suggested_for_a_typo_but_not_for_something_unrelated()
    {
        string[] municipalities = ["kortrijk", "kruibeke", "leuven", "heist-op-den-berg"];

        Assert.Equal("kortrijk", Slugs.Closest("kortrjik", municipalities));
        Assert.Equal("heist-op-den-berg", Slugs.Closest("heist-op-de-berg", municipalities));
        Assert.Null(Slugs.Closest("antwerpen", municipalities));
    }
}
