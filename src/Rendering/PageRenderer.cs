using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Samenleven.Site;
using Samenleven.Theme;

namespace Samenleven.Rendering;

/// <summary>
/// Renders page view models to HTML with the theme's Razor components. Not thread-safe: the pipeline gives each worker
/// its own renderer. All rendering goes through the renderer's dispatcher and is awaited, never blocked on (it deadlocks).
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    // The static HTML renderer keeps every root component it rendered; starting afresh now and then bounds memory on big sites.
    private const int RendersPerRenderer = 100;

    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private HtmlRenderer _renderer;
    private int _renders;

    public PageRenderer() => _renderer = NewRenderer();

    private HtmlRenderer NewRenderer() => new(_services, NullLoggerFactory.Instance);

    /// <summary>Renders one page to a complete HTML document.</summary>
    public async Task<string> RenderAsync(PageModel model)
    {
        var component = ComponentFor(model);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>(1, StringComparer.Ordinal) { ["Model"] = model });
        return await RenderComponentAsync(component, parameters).ConfigureAwait(false);
    }

    /// <summary>Renders the small page that forwards an old URL to its new one.</summary>
    public Task<string> RenderRedirectAsync(string href, string canonicalUrl) =>
        RenderComponentAsync(typeof(RedirectPage), ParameterView.FromDictionary(new Dictionary<string, object?>(2, StringComparer.Ordinal)
        {
            [nameof(RedirectPage.Href)] = href,
            [nameof(RedirectPage.CanonicalUrl)] = canonicalUrl,
        }));

    private async Task<string> RenderComponentAsync(Type component, ParameterView parameters)
    {
        if (++_renders > RendersPerRenderer)
        {
            await _renderer.DisposeAsync().ConfigureAwait(false);
            _renderer = NewRenderer();
            _renders = 1;
        }

        var renderer = _renderer;
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, parameters).ConfigureAwait(false);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
    }

    /// <summary>The one place that says which component renders which kind of page.</summary>
    public static Type ComponentFor(PageModel model) => model switch
    {
        HomeModel => typeof(HomePage),
        PracticeModel => typeof(PracticePage),
        PracticeListModel => typeof(PracticeListPage),
        TermIndexModel => typeof(TermIndexPage),
        MunicipalityIndexModel => typeof(MunicipalityIndexPage),
        MunicipalityModel => typeof(MunicipalityPage),
        ServiceModel => typeof(Samenleven.Theme.ServicePage),
        ProvinceModel => typeof(ProvincePage),
        PlainModel => typeof(PlainPageView),
        SearchModel => typeof(SearchPage),
        NotFoundModel => typeof(NotFoundPage),
        _ => throw new InvalidOperationException($"No component renders {model.GetType().Name}."),
    };

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }
}
