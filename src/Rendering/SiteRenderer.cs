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
    public async Task RenderAsync(SitePlan plan, SiteLanguage language, ISiteWriter writer, DiagnosticBag diagnostics, CancellationToken cancellationToken)
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
                    var model = pages[i].Model();
                    if (model.Body is { } body)
                    {
                        model = model with { BodyHtml = markdown.ToHtml(body, model.BodySource ?? pages[i].Path, diagnostics) };
                    }

                    writer.Write(Urls.OutputFile(pages[i].Path), await renderer.RenderAsync(model).ConfigureAwait(false));
                }
                else
                {
                    var redirect = redirects[i - pages.Length];
                    var page = new RedirectModel(plan.Urls.Href(redirect.To), plan.Urls.Absolute(redirect.To), language.Primary);
                    writer.Write(Urls.OutputFile(redirect.From), await renderer.RenderAsync(page).ConfigureAwait(false));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, parallelism)).Select(_ => Task.Run(Worker, cancellationToken))).ConfigureAwait(false);
    }
}
