using Samenleven.Tests.Loading;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site;

/// <summary>A practice's own image states its width and height, so the page does not jump while it loads.</summary>
public sealed class PracticeImageTests
{
    [Fact]
    public async Task A_local_image_gets_the_width_and_height_of_its_file()
    {
        using var site = TestSite.Create("""
            -- input/praktijken/taalcafe.md --
            ---
            title: Taalcafé
            summary: Nederlands oefenen.
            gemeenten: [kortrijk]
            themas: [taal-en-communicatie]
            afbeelding:
              src: /afbeeldingen/taalcafe.png
              alt: Twee vrouwen aan een tafel met koffie
            toegevoegd: 2026-10-01
            ---
            Tekst.
            """);
        site.Write("input/afbeeldingen/taalcafe.png", ImageSizeReaderTests.Png640x480);

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        site.AssertPage("praktijken/taalcafe/index.html",
            "<img class=\"practice__image\" src=\"/afbeeldingen/taalcafe.png\" alt=\"Twee vrouwen aan een tafel met koffie\" width=\"640\" height=\"480\"");
    }
}
