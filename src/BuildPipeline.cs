using System.Collections.Immutable;
using System.Diagnostics;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Markdown;
using Samenleven.Output;
using Samenleven.Rendering;
using Samenleven.Search;
using Samenleven.Site;
using Samenleven.SiteFiles;
using Samenleven.Validation;

namespace Samenleven;

/// <summary>What a build is asked to do, besides where it reads from and writes to.</summary>
public sealed record BuildOptions
{
    /// <summary>Overrides <c>base_url</c> of <c>data/site.yml</c> (deploy previews, sub-path hosting).</summary>
    public string? BaseUrl { get; init; }

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Parsed files of the previous build, reused while unchanged (the preview server builds on every save).</summary>
    public LoadCache? Cache { get; init; }

    /// <summary>Decap's browser files, published under /admin/ with the editor's page; empty for a site without the editor.</summary>
    public IReadOnlyList<string> EditorBundle { get; init; } = [];

    /// <summary>The day of the build, for warnings about dates that have aged (a check older than the site allows); null leaves them out.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>The day of the last commit of each content file (from git); null outside a git checkout.</summary>
    public IReadOnlyDictionary<string, DateOnly>? Commits { get; init; }

    /// <summary>Called when the build reaches a stage ("plan", "render", "write", "commit"): for tests that stop a build there.</summary>
    public Action<string>? OnStage { get; init; }
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

    /// <summary>The project that was loaded, for reports on it (<c>check --stale</c>); null when it could not be loaded.</summary>
    public Project? Project { get; init; }

    /// <summary>Every web address of the content with its place, for <c>check --external</c> (only a check gathers them).</summary>
    public ImmutableArray<LinkReference> WebLinks { get; init; } = [];
}

/// <summary>
/// Load → Validate → Build the site model → Render pages (in parallel) → Write → Index for search.
/// </summary>
/// <param name="source">The project to build.</param>
/// <param name="options">What to build.</param>
/// <param name="searchIndexer">The last stage, over the written folder; null for a site without a search index.</param>
public sealed class BuildPipeline(IProjectSource source, BuildOptions options, ISearchIndexer? searchIndexer = null)
{
    private readonly List<(string, TimeSpan)> _timings = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>
    /// Builds into the writer that <paramref name="openWriter"/> opens once everything is checked, or only checks
    /// everything when it is null (<c>check</c>).
    /// </summary>
    public async Task<BuildResult> RunAsync(Func<ISiteWriter>? openWriter, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        Stage = "load";
        var project = new ProjectLoader(source, options.Cache, options.Today, options.Commits).Load(diagnostics);
        if (project is null)
        {
            return Result(diagnostics);
        }

        Mark("load");

        Stage = "plan";
        StaticFileRules.Check(project.StaticFiles, project.Content, diagnostics);
        PracticeRules.Check(project.Content, diagnostics);
        ThesaurusRules.Check(project.Thesaurus, project.Reference, diagnostics);
        var site = new SiteContext(project, new SiteUrls(options.BaseUrl ?? project.Reference.Site.BaseUrl));
        var plan = SitePlanner.Plan(site, diagnostics);
        var files = SiteFilePlanner.Plan(site, plan, source, options.EditorBundle);
        var map = OutputMap.Build(plan, files, diagnostics);
        var pageOfSource = plan.Pages.Where(p => p.Source is not null).ToDictionary(p => p.Source!, p => p.Path, StringComparer.Ordinal); // Where() keeps pages with a source.
        var frontMatterLinks = project.Content.Practices.SelectMany(p => p.Links.Where(l => l.Url.StartsWith('/')).Select(l => new LinkReference(p.SourcePath, l.Url, l.Line, l.Column, IsImage: false)));
        Mark("plan");
        options.OnStage?.Invoke("plan");

        var findings = new BodyFindings();
        if (openWriter is null || diagnostics.HasErrors)
        {
            // Nothing is rendered, but every body is still checked: all problems are reported at once.
            Stage = "check";
            BodyChecker.Check(project.Content, diagnostics, findings);
            InternalLinks.Check(findings.Links.Concat(frontMatterLinks), pageOfSource, findings.AnchorsBySource, map, diagnostics);
            return Result(diagnostics, plan.Pages.Length) with { Project = project, WebLinks = WebLinks(project.Content, findings) };
        }

        var writer = openWriter();
        try
        {
            Stage = "render";
            var renderer = new SiteRenderer(new MarkdownConverter(site.Urls.BasePath), options.Parallelism);
            var searched = searchIndexer is null ? null : new SearchDocuments();
            await renderer.RenderAsync(plan, project.Reference.Site.Language, writer, diagnostics, findings, cancellationToken, searched).ConfigureAwait(false);
            InternalLinks.Check(findings.Links.Concat(frontMatterLinks), pageOfSource, findings.AnchorsBySource, map, diagnostics);
            options.OnStage?.Invoke("render");
            if (diagnostics.HasErrors)
            {
                // A body has an error: nothing of this build is published.
                writer.Abandon();
                return Result(diagnostics, plan.Pages.Length);
            }

            Stage = "write";
            foreach (var file in files)
            {
                Write(writer, file, diagnostics);
            }

            Mark("render+write");
            options.OnStage?.Invoke("write");
            if (diagnostics.HasErrors)
            {
                writer.Abandon();
                return Result(diagnostics, plan.Pages.Length);
            }

            // The index is built in a folder of its own and then written like every other file: into the staging folder
            // (a failure leaves the published site alone), or in place for the preview, which then knows which of its
            // files changed and deletes the ones a smaller index no longer has.
            SearchIndexReport? search = null;
            if (searchIndexer is not null && searched is not null && writer.Folder is not null)
            {
                Stage = "search";
                var bundle = Directory.CreateTempSubdirectory("samenleven-index-");
                try
                {
                    search = await searchIndexer.IndexAsync(bundle.FullName, searched.Sorted(), project.Thesaurus, project.Reference.Site.Language.Primary, diagnostics, cancellationToken).ConfigureAwait(false);
                    if (!diagnostics.HasErrors)
                    {
                        foreach (var file in Directory.EnumerateFiles(bundle.FullName, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                        {
                            writer.Write(Path.GetRelativePath(bundle.FullName, file).Replace('\\', '/'), File.ReadAllBytes(file));
                        }
                    }
                }
                finally
                {
                    bundle.Delete(recursive: true);
                }

                Mark("search");
                if (diagnostics.HasErrors)
                {
                    writer.Abandon();
                    return Result(diagnostics, plan.Pages.Length);
                }
            }

            Stage = "commit";
            options.OnStage?.Invoke("commit");
            writer.Commit();
            return Result(diagnostics, plan.Pages.Length, writer.FilesWritten, writer.BytesWritten);
        }
        catch
        {
            writer.Abandon();
            throw;
        }
    }

    /// <summary>The stage the build is in: named by the command when something nobody foresaw stops it.</summary>
    public string Stage { get; private set; } = "start";

    /// <summary>Every web address of the content with its place: the bodies' links and the front matter's.</summary>
    private static ImmutableArray<LinkReference> WebLinks(ContentSet content, BodyFindings findings) =>
        [.. findings.WebLinks
            .Concat(content.Practices.SelectMany(p => p.WebLinks))
            .Concat(content.Services.SelectMany(s => s.WebLinks))
            .OrderBy(l => l.SourcePath, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Column)];

    /// <summary>One site file into the output; a fault is reported at the file it comes from, not thrown.</summary>
    private static void Write(ISiteWriter writer, SiteFile file, DiagnosticBag diagnostics)
    {
        try
        {
            writer.Write(Urls.OutputFile(file.Path), file.WriteTo);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            diagnostics.Error(DiagnosticCode.BuildFault, file.Source ?? "data/site.yml", 1, 1, $"{file.Path} could not be written ({e.GetType().Name}: {e.Message})");
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
