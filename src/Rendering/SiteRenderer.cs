using Samenleven.Content;
using Samenleven.Markdown;
using Samenleven.Output;
using Samenleven.Site;

namespace Samenleven.Rendering;

/// <summary>
/// The render stage: every page of the plan and every redirect page, in parallel, into the writer. A page's Markdown
/// body is converted here, once, and dropped with the page once it is written: memory stays flat with the site's size.
/// </summary>
public sealed class SiteRenderer(MarkdownConverter markdown, int parallelism)
{
    /// <summary>
    /// Renders every page into <paramref name="writer"/>; what the bodies link to goes into <paramref name="findings"/>,
    /// and every page the search finds into <paramref name="searched"/> (when given), with its body as converted here:
    /// the search stage indexes these instead of reading the written HTML back.
    /// </summary>
    public async Task RenderAsync(SitePlan plan, SiteLanguage language, ISiteWriter writer, DiagnosticBag diagnostics, BodyFindings findings, CancellationToken cancellationToken, SearchDocuments? searched = null)
    {
        var pages = plan.Pages;
        var redirects = plan.Redirects;
        var next = -1;
        var total = pages.Length + redirects.Length;

        // Each worker owns a renderer (they are not thread-safe) and takes the next page until none are left.
        async Task Worker()
        {
            await using var renderer = new PageRenderer();
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (i < pages.Length)
                {
                    await RenderPageAsync(pages[i], renderer, writer, findings, diagnostics, searched).ConfigureAwait(false);
                }
                else
                {
                    var redirect = redirects[i - pages.Length];
                    var page = new RedirectModel(plan.Urls.Href(redirect.To), plan.Urls.Absolute(redirect.To), language.Primary);
                    writer.Write(Urls.OutputFile(redirect.From), (await renderer.RenderUtf8Async(page).ConfigureAwait(false)).Span);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, parallelism)).Select(_ => Task.Run(Worker, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>
    /// One page: its body converted, its layout rendered, the file written. Whatever goes wrong is reported at the page's
    /// content file, so one contributor's page never stops the build with a stack trace.
    /// </summary>
    private async Task RenderPageAsync(IPlannedPage page, PageRenderer renderer, ISiteWriter writer, BodyFindings findings, DiagnosticBag diagnostics, SearchDocuments? searched)
    {
        try
        {
            var model = page.Model();
            if (model.Body is { } body)
            {
                var source = model.BodySource ?? page.Path;
                var converted = markdown.Convert(body, source, diagnostics, model.BodySummary);
                findings.Add(source, converted);

                model = model with { BodyHtml = converted.Html };
            }

            writer.Write(Urls.OutputFile(page.Path), (await renderer.RenderUtf8Async(model).ConfigureAwait(false)).Span);
            if (model.Search is { } entry)
            {
                searched?.Add(new SearchDocument(page.Path, entry, model.BodyHtml));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            diagnostics.Error(DiagnosticCode.BuildFault, page.Source ?? "data/site.yml", 1, 1, $"the page {page.Path} could not be rendered ({e.GetType().Name}: {e.Message})");
        }
    }
}
