using System.Collections.Immutable;
using System.Globalization;
using Samenleven.Site;

namespace Samenleven.Search;

/// <summary>
/// How this site runs Pagefind: the commands, the pages it reads and the files of its bundle the site needs. Pure: it
/// only describes; <see cref="PagefindIndexer"/> runs.
/// </summary>
public static class Pagefind
{
    /// <summary>The folder of the site the index goes into; <c>search.js</c> loads <c>pagefind.js</c> from it.</summary>
    public const string BundleFolder = "pagefind";

    /// <summary>The package's own Node entry point: portable, unlike the platform binary or the .bin shim.</summary>
    public const string RunnerScript = "node_modules/pagefind/lib/runner/bin.cjs";

    /// <summary>The oldest Node.js the project supports (package.json's engines).</summary>
    public const int MinimumNodeMajor = 20;

    /// <summary>
    /// Only the pages the search finds: practices and service pages. Pagefind would read every HTML file otherwise; the
    /// pages also carry <c>data-pagefind-body</c>, so list pages stay out even when a glob matches them.
    /// </summary>
    public static readonly string Glob = $"{{{Urls.OutputFile(Urls.Practice("*"))},{Urls.OutputFile(Urls.Service("*", "*"))}}}";

    /// <summary>The page kinds (see <see cref="PageShell.Kind"/>) in the index.</summary>
    public static readonly ImmutableArray<string> IndexedKinds = ["practice", "service"];

    public static bool IsIndexed(PageModel page) => IndexedKinds.Contains(page.Shell.Kind);

    private static string Node => "node";

    // On Windows npm is a batch file, which has to be named with its extension.
    private static string Npm => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    public static ProcessSpec NodeVersion(string projectRoot) => new(Node, ["--version"], projectRoot);

    /// <summary>Installs exactly what <c>package-lock.json</c> pins.</summary>
    public static ProcessSpec Install(string projectRoot) => new(Npm, ["ci", "--no-audit", "--no-fund"], projectRoot);

    /// <summary>
    /// Indexes <paramref name="siteDirectory"/> in Dutch (stemming, whatever a page declares). <c>--force-language</c> also
    /// means one language index and one WebAssembly file.
    /// </summary>
    public static ProcessSpec Index(string projectRoot, string siteDirectory) => new(Node,
        [RunnerScript, "--site", siteDirectory, "--output-subdir", BundleFolder, "--force-language", "nl", "--glob", Glob, "--quiet"],
        projectRoot);

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

    /// <summary>The major version from <c>node --version</c> ("v20.11.1" → 20), or null when it is not a version.</summary>
    public static int? NodeMajor(string versionOutput)
    {
        var text = versionOutput.Trim().TrimStart('v');
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return int.TryParse(dot < 0 ? text : text[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }
}
