using Samenleven.Site;
using Samenleven.Site.Pages;
using Samenleven.Tools;

namespace Samenleven.Search;

/// <summary>
/// How this site runs Pagefind: the commands, the pages it reads and the files of its bundle the site needs. Pure: it
/// only describes; <see cref="PagefindIndexer"/> runs.
/// </summary>
public static class Pagefind
{
    /// <summary>The package's own Node entry point: portable, unlike the platform binary or the .bin shim.</summary>
    public const string RunnerScript = "node_modules/pagefind/lib/runner/bin.cjs";

    /// <summary>
    /// Only the pages the search finds: practices and service pages. Pagefind would read every HTML file otherwise; the
    /// pages also carry <c>data-pagefind-body</c>, so list pages stay out even when a glob matches them.
    /// </summary>
    public static readonly string Glob = $"{{{Urls.OutputFile(Urls.Practice("*"))},{Urls.OutputFile(Urls.Service("*", "*"))}}}";

    /// <summary>Installs exactly what <c>package-lock.json</c> pins.</summary>
    public static ProcessSpec Install(string projectRoot) => Node.Npm(projectRoot, "ci", "--no-audit", "--no-fund");

    /// <summary>
    /// Indexes <paramref name="siteDirectory"/> in the site's language (stemming, whatever a page declares).
    /// <c>--force-language</c> also means one language index and one WebAssembly file.
    /// </summary>
    public static ProcessSpec Index(string projectRoot, string siteDirectory, string language) =>
        Node.Run(projectRoot, RunnerScript, "--site", siteDirectory, "--output-subdir", SearchPlanner.IndexFolder, "--force-language", language, "--glob", Glob, "--quiet");

    /// <summary>
    /// Files Pagefind writes that this site never loads: its stock interfaces (we have our own), the highlighter and the
    /// WebAssembly for pages without a language. Leaving them out keeps the published site and its deploys small.
    /// </summary>
    public static bool IsUnused(string bundleFileName) =>
        bundleFileName.StartsWith("pagefind-ui.", StringComparison.Ordinal)
        || bundleFileName.StartsWith("pagefind-modular-ui.", StringComparison.Ordinal)
        || bundleFileName.StartsWith("pagefind-component-ui.", StringComparison.Ordinal)
        || bundleFileName.StartsWith("pagefind-highlight.", StringComparison.Ordinal)
        || string.Equals(bundleFileName, "wasm.unknown.pagefind", StringComparison.Ordinal);
}
