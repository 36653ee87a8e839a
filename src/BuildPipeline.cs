using System.Collections.Immutable;
using System.Diagnostics;
using Samenleven.Cms;
using Samenleven.Content;
using Samenleven.Deploy;
using Samenleven.Loading;
using Samenleven.Markdown;
using Samenleven.Output;
using Samenleven.Rendering;
using Samenleven.Search;
using Samenleven.Site;
using Samenleven.Validation;

namespace Samenleven;

/// <summary>What a build is asked to do.</summary>
public sealed record BuildOptions
{
    public required string ProjectRoot { get; init; }

    /// <summary>Where the site goes; null for <c>check</c>, which writes nothing.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Overrides <c>base_url</c> of <c>data/site.yml</c> (deploy previews, sub-path hosting).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Run the search indexer over the written site.</summary>
    public bool Search { get; init; } = true;

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Parsed files of the previous build, reused while unchanged (the preview server builds on every save).</summary>
    public LoadCache? Cache { get; init; }

    /// <summary>Opens the output folder for writing; default: a staging folder swapped in on success.</summary>
    public Func<string, ISiteWriter>? Writer { get; init; }
}

/// <summary>What a build did: its diagnostics and, when it wrote a site, what and how fast.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int Pages,
    int Files,
    long Bytes,
    ImmutableArray<(string Stage, TimeSpan Time)> Timings)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Load → Validate → Build the site model → Render pages (in parallel) → Write → Index for search.
/// </summary>
/// <param name="options">What to build.</param>
/// <param name="searchIndexer">Defaults to Pagefind from the project's node_modules; tests pass their own.</param>
public sealed class BuildPipeline(BuildOptions options, ISearchIndexer? searchIndexer = null)
{
    private readonly List<(string, TimeSpan)> _timings = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public async Task<BuildResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var project = new ProjectFiles(options.ProjectRoot);

        var referenceFiles = project.ReadReferenceData();
        var reference = options.Cache is { } cache ? cache.Reference(referenceFiles, diagnostics) : ReferenceDataReader.Read(referenceFiles, diagnostics);
        if (reference is null)
        {
            return Result(diagnostics);
        }

        var urls = new SiteUrls(options.BaseUrl ?? reference.Site.BaseUrl);
        var markdown = new MarkdownConverter(urls.BasePath);
        var sources = project.ReadContent();
        options.Cache?.BeginLoad(reference, urls.BasePath, sources);
        var content = new ContentLoader(reference, markdown).Load(sources, diagnostics, options.Cache);
        var map = MapDataReader.Read(project.ReadMapData(), reference, diagnostics);
        Mark("load");

        var staticFiles = project.StaticInputFiles();
        StaticFileRules.Check(staticFiles, content, diagnostics);
        var assets = new AssetManifest(project.ReadThemeAssets());
        var plan = new SitePlanner(content, reference, urls, assets, map, project.ReadImageSizes(staticFiles)).Plan(diagnostics);
        Mark("plan");

        if (diagnostics.HasErrors || options.OutputDirectory is null)
        {
            return Result(diagnostics, plan.PageCount);
        }

        var (cmsBundle, cmsProblem) = await DecapBundle.EnsureAsync(project.Root, cancellationToken).ConfigureAwait(false);
        if (cmsProblem is not null)
        {
            diagnostics.Add(Diagnostic.Warning("package.json", 1, 1, $"the editor at /admin/ is left out: {cmsProblem}"));
        }

        // The commands refuse such folders with a message; reaching here with one is a bug that would lose the project.
        if (OutputWriter.Refusal(options.ProjectRoot, options.OutputDirectory) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        var outputDirectory = Path.Combine(options.ProjectRoot, options.OutputDirectory);
        var writer = options.Writer?.Invoke(outputDirectory) ?? OutputWriter.Begin(outputDirectory);
        try
        {
            await RenderAsync(plan, writer, new PracticeBodies(project, markdown, diagnostics), cancellationToken).ConfigureAwait(false);
            if (diagnostics.HasErrors)
            {
                // A file changed between loading and writing (during preview) and is now invalid.
                writer.Abandon();
                return Result(diagnostics, plan.PageCount);
            }

            WriteFiles(writer, plan.Files);

            // The host's rules cover every top-level folder and file the site publishes, so they are decided last.
            var published = assets.Assets.Select(a => a.Path).Concat(staticFiles.Select(f => f["input".Length..]));
            WriteFiles(writer, HostFiles.For(plan, published));

            foreach (var asset in assets.Assets)
            {
                writer.Write(asset.Path[1..], asset.Bytes);
            }

            foreach (var file in staticFiles)
            {
                writer.Copy(Path.Combine(project.Root, file), file["input/".Length..]);
            }

            if (cmsBundle is not null)
            {
                WriteFiles(writer, AdminPage.Files(reference, urls));

                foreach (var file in DecapBundle.Files(cmsBundle))
                {
                    writer.Copy(file, Urls.OutputFile(CmsConfig.AdminPath + Path.GetFileName(file)));
                }
            }

            Mark("render+write");

            // The index goes into the staging folder: if indexing fails, the published site stays as it was.
            SearchIndexReport? search = null;
            if (options.Search)
            {
                var indexer = searchIndexer ?? new PagefindIndexer(options.ProjectRoot, SystemProcessRunner.Instance);
                search = await indexer.IndexAsync(writer.Staging, plan.Pages.Count(Pagefind.IsIndexed) + plan.Practices.Length, diagnostics, cancellationToken).ConfigureAwait(false);
                Mark("search");
                if (diagnostics.HasErrors)
                {
                    writer.Abandon();
                    return Result(diagnostics, plan.PageCount);
                }
            }

            writer.Commit();
            return Result(diagnostics, plan.PageCount, writer.FilesWritten + (search?.Files ?? 0), writer.BytesWritten + (search?.Bytes ?? 0));
        }
        catch
        {
            writer.Abandon();
            throw;
        }
    }

    private async Task RenderAsync(SitePlan plan, ISiteWriter writer, PracticeBodies bodies, CancellationToken cancellationToken)
    {
        var pages = plan.Pages;
        var practices = plan.Practices;
        var redirects = plan.Redirects;
        var next = -1;
        var total = pages.Length + practices.Length + redirects.Length;

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
                    writer.Write(Urls.OutputFile(pages[i].Shell.Path), await renderer.RenderAsync(pages[i]).ConfigureAwait(false));
                }
                else if (i < pages.Length + practices.Length)
                {
                    // The model and the body are made here and dropped once written: memory stays flat with the site's size.
                    var practice = practices[i - pages.Length];
                    var model = plan.PracticePage(practice) with { BodyHtml = bodies.Render(practice.SourcePath) };
                    writer.Write(Urls.OutputFile(model.Shell.Path), await renderer.RenderAsync(model).ConfigureAwait(false));
                }
                else
                {
                    var redirect = redirects[i - pages.Length - practices.Length];
                    var html = await renderer.RenderRedirectAsync(plan.Urls.Href(redirect.To), plan.Urls.Absolute(redirect.To)).ConfigureAwait(false);
                    writer.Write(Urls.OutputFile(redirect.From), html);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Parallelism)).Select(_ => Task.Run(Worker, cancellationToken))).ConfigureAwait(false);
    }

    private static void WriteFiles(ISiteWriter writer, IEnumerable<TextFile> files)
    {
        foreach (var file in files)
        {
            writer.Write(Urls.OutputFile(file.Path), file.WriteTo);
        }
    }

    private void Mark(string stage)
    {
        _timings.Add((stage, _clock.Elapsed));
        _clock.Restart();
    }

    private BuildResult Result(DiagnosticBag diagnostics, int pages = 0, int files = 0, long bytes = 0) =>
        new(diagnostics.Sorted(), pages, files, bytes, [.. _timings]);
}

/// <summary>
/// Renders a practice's body when its page is written: the loader validated it and kept only the metadata, so memory
/// stays flat however many practices there are.
/// </summary>
internal sealed class PracticeBodies(ProjectFiles project, MarkdownConverter markdown, DiagnosticBag diagnostics)
{
    public string Render(string sourcePath)
    {
        var frontMatter = FrontMatter.Split(project.ReadText(sourcePath), out var error);
        if (frontMatter is null)
        {
            diagnostics.Error(sourcePath, error.Line, 1, error.Message);
            return "";
        }

        // Warnings were reported when the file was loaded; only an error is news here (the file changed since).
        var local = new DiagnosticBag();
        var html = markdown.ToHtml(frontMatter.Body, sourcePath, frontMatter.BodyFirstLine, local);
        foreach (var problem in local.Sorted().Where(d => d.Severity == Severity.Error))
        {
            diagnostics.Add(problem);
        }

        return html;
    }
}
