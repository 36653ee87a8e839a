using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text;
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
    // The static HTML renderer keeps every root component it rendered, with its render-tree buffers; starting afresh every
    // few pages bounds memory and lets the buffers go back to their pool (10,000 practices: peak 385 MB at 100, 325 MB at 10).
    private const int RendersPerRenderer = 10;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();

    // The page being rendered: one text buffer and one byte buffer per renderer, grown to the largest page and reused.
    private readonly StringBuilder _html = new(1 << 15);
    private readonly StringWriter _writer;
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _bytes = new byte[1 << 16];
    private HtmlRenderer _renderer;
    private int _renders;

    public PageRenderer()
    {
        _renderer = NewRenderer();
        _writer = new StringWriter(_html, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Which layout renders which model: every component of the theme with a <c>Model</c> parameter renders that
    /// parameter's type. A new page kind needs no change here, only its model and its layout.
    /// </summary>
    public static FrozenDictionary<Type, Type> Layouts { get; } = typeof(PageRenderer).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (Component: t, Model: t.GetProperty("Model", BindingFlags.Public | BindingFlags.Instance)))
        .Where(t => t.Model?.GetCustomAttribute<ParameterAttribute>() is not null)
        .ToFrozenDictionary(t => t.Model!.PropertyType, t => t.Component); // Where() keeps only components with a Model.

    /// <summary>
    /// Renders one view model to the UTF-8 bytes of its HTML document, with the layout for its type. The bytes live in a
    /// buffer this renderer reuses:
    /// write them out before the next render. A build renders thousands of pages; building a string and then a byte
    /// array per page made the garbage collector the biggest cost of the render stage.
    /// </summary>
    public async Task<ReadOnlyMemory<byte>> RenderUtf8Async(object model)
    {
        await RenderIntoBufferAsync(model).ConfigureAwait(false);
        return Utf8Bytes(_html, _encoder, ref _bytes);
    }

    /// <summary>
    /// The UTF-8 bytes of <paramref name="text"/> in <paramref name="buffer"/>, which grows when it is too small. Chunk
    /// by chunk: a character pair split between two chunks is kept whole by the encoder's state.
    /// </summary>
    internal static ReadOnlyMemory<byte> Utf8Bytes(StringBuilder text, Encoder encoder, ref byte[] buffer)
    {
        var needed = Utf8.GetMaxByteCount(text.Length);
        if (buffer.Length < needed)
        {
            buffer = new byte[Math.Max(needed, buffer.Length * 2)];
        }

        encoder.Reset();
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], buffer.AsSpan(written), flush: true);
        return buffer.AsMemory(0, written);
    }

    private async Task RenderIntoBufferAsync(object model)
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

        _html.Clear();
        var renderer = _renderer;
        var writer = _writer;
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(layout, parameters).ConfigureAwait(false);
            output.WriteHtmlTo(writer);
        }).ConfigureAwait(false);
    }

    private HtmlRenderer NewRenderer() => new(_services, NullLoggerFactory.Instance);

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
    }
}
