using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Samenleven.Rendering;

/// <summary>
/// Renders view models to HTML with the theme's Razor layouts. Not thread-safe: the render stage gives each worker its
/// own renderer. All rendering goes through the renderer's dispatcher and is awaited, never blocked on (it deadlocks).
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    // The static HTML renderer keeps every root component it rendered; starting afresh now and then bounds memory on big sites.
    private const int RendersPerRenderer = 100;

    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private HtmlRenderer _renderer;
    private int _renders;

    public PageRenderer() => _renderer = NewRenderer();

    /// <summary>
    /// Which layout renders which model: every component of the theme with a <c>Model</c> parameter renders that
    /// parameter's type. A new page kind needs no change here, only its model and its layout.
    /// </summary>
    public static FrozenDictionary<Type, Type> Layouts { get; } = typeof(PageRenderer).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (Component: t, Model: t.GetProperty("Model", BindingFlags.Public | BindingFlags.Instance)))
        .Where(t => t.Model?.GetCustomAttribute<ParameterAttribute>() is not null)
        .ToFrozenDictionary(t => t.Model!.PropertyType, t => t.Component); // Where() keeps only components with a Model.

    /// <summary>Renders one view model to a complete HTML document with the layout for its type.</summary>
    public async Task<string> RenderAsync(object model)
    {
        if (!Layouts.TryGetValue(model.GetType(), out var layout))
        {
            throw new InvalidOperationException($"No layout in the theme renders {model.GetType().Name}: add one with a [Parameter] Model of that type.");
        }

        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>(1, StringComparer.Ordinal) { ["Model"] = model });
        if (++_renders > RendersPerRenderer)
        {
            await _renderer.DisposeAsync().ConfigureAwait(false);
            _renderer = NewRenderer();
            _renders = 1;
        }

        var renderer = _renderer;
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(layout, parameters).ConfigureAwait(false);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
    }

    private HtmlRenderer NewRenderer() => new(_services, NullLoggerFactory.Instance);

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }
}
