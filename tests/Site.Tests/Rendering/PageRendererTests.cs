using System.Text;
using Samenleven.Rendering;
using Samenleven.Site;

namespace Samenleven.Tests.Rendering;

/// <summary>Every view model has exactly the layout that renders it: a page kind cannot be planned and never drawn.</summary>
public sealed class PageRendererTests
{
    [Fact]
    public void Every_page_model_and_the_redirect_page_have_a_layout()
    {
        var models = typeof(PageModel).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract).Append(typeof(RedirectModel));

        Assert.All(models, model => Assert.True(PageRenderer.Layouts.ContainsKey(model), $"no layout renders {model.Name}"));
    }

    [Fact]
    public async Task A_redirect_page_forwards_to_the_new_address_in_the_site_language()
    {
        await using var renderer = new PageRenderer();

        var html = Encoding.UTF8.GetString((await renderer.RenderUtf8Async(new RedirectModel("/sub/praktijken/nieuw/", "https://example.org/sub/praktijken/nieuw/", "nl"))).Span);

        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/sub/praktijken/nieuw/\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/sub/praktijken/nieuw/\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/sub/praktijken/nieuw/\">Ga naar de nieuwe pagina</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_pair_split_between_two_pieces_of_the_page_text_is_written_as_one_character()
    {
        var text = new StringBuilder(2).Append("a😀 café"); // 'a' and the emoji's first half fill the first piece.
        var buffer = new byte[4]; // Too small: it has to grow.

        var bytes = PageRenderer.Utf8Bytes(text, new UTF8Encoding(false).GetEncoder(), ref buffer);

        var pieces = 0;
        foreach (var _ in text.GetChunks())
        {
            pieces++;
        }

        Assert.True(pieces > 1);
        Assert.Equal(Encoding.UTF8.GetBytes("a😀 café"), bytes.ToArray());
    }
}
