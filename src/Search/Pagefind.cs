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

    /// <summary>Installs exactly what <c>package-lock.json</c> pins.</summary>
    public static ProcessSpec Install(string projectRoot) => Node.Npm(projectRoot, "ci", "--no-audit", "--no-fund");

    /// <summary>
    /// At most this many fragment files (a result's text for its snippet): above it, Pagefind bundles several pages'
    /// fragments into one file. One file per page would put a site of 10,000 practices over the 20,000 files many static
    /// hosts allow; bundles of two cost a first query a few kilobytes more.
    /// </summary>
    public const int MaxFragments = 5000;

    /// <summary>
    /// Indexes the records in <paramref name="recordsFile"/> (one JSON object a line: <c>url</c>, <c>html</c>) into
    /// <paramref name="bundleDirectory"/> with Pagefind's Node API: the records come from the generator's memory, so
    /// Pagefind never reads the written pages back. One language (stemming for it, one WebAssembly file).
    /// </summary>
    public static ProcessSpec Index(string projectRoot, string recordsFile, string bundleDirectory, string language) =>
        new("node", ["--input-type=module", "--eval", IndexScript, recordsFile, bundleDirectory, language, MaxFragments.ToString(System.Globalization.CultureInfo.InvariantCulture)], projectRoot);

    /// <summary>Whether <paramref name="spec"/> is the command of <see cref="Index"/>.</summary>
    public static bool IsIndex(ProcessSpec spec) => spec.Arguments.Length > 2 && spec.Arguments[1] == "--eval" && spec.Arguments[2] == IndexScript;

    // Run from the project root, so `import("pagefind")` finds the pinned package in its node_modules. Records are added
    // a hundred at a time: one round trip to Pagefind's service per page would dominate on 10,000 pages.
    private const string IndexScript = """
        import fs from "node:fs";
        import readline from "node:readline";
        const [records, output, language, maxFragments] = process.argv.slice(1);
        const pagefind = await import("pagefind");
        const fail = (what, errors) => { console.error(`${what}: ${errors.join("\n")}`); process.exit(1); };
        const { index, errors } = await pagefind.createIndex({ forceLanguage: language, maxFragments: Number(maxFragments) });
        if (errors.length > 0 || !index) fail("createIndex", errors);
        let batch = [];
        const flush = async () => {
          for (const added of await Promise.all(batch)) if (added.errors.length > 0) fail("addHTMLFile", added.errors);
          batch = [];
        };
        for await (const line of readline.createInterface({ input: fs.createReadStream(records), crlfDelay: Infinity })) {
          if (line.length === 0) continue;
          const record = JSON.parse(line);
          batch.push(index.addHTMLFile({ url: record.url, content: record.html }));
          if (batch.length >= 100) await flush();
        }
        await flush();
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length > 0) fail("writeFiles", written.errors);
        await pagefind.close();
        """;

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
