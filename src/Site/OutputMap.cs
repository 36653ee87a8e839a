using System.Collections.Frozen;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>
/// Every file the build will write, with its owner, decided before anything is written: no two owners share a file, no
/// content takes an address the site keeps for itself (<see cref="Urls.Reserved"/>), and no page sits where another
/// file needs a folder (or the reverse). Every collision is reported at the content file that causes it, all at once.
/// Also the answer to "does this address exist?" for the link checks.
/// </summary>
public sealed class OutputMap
{
    private readonly FrozenSet<string> _files;

    private OutputMap(FrozenSet<string> files) => _files = files;

    /// <summary>The map of a planned site and its other files; collisions go to <paramref name="diagnostics"/>.</summary>
    public static OutputMap Build(SitePlan plan, IEnumerable<SiteFile> files, DiagnosticBag diagnostics)
    {
        var claims = new List<Claim>();
        claims.AddRange(plan.Pages.Select(p => new Claim(Urls.OutputFile(p.Path), p.Path, p.Source, 1, 1)));
        claims.AddRange(plan.Redirects.Select(r => new Claim(Urls.OutputFile(r.From), r.From, r.Source, r.Origin?.Line ?? 1, r.Origin?.Column ?? 1)));
        claims.AddRange(files.Select(f => new Claim(Urls.OutputFile(f.Path), f.Path, f.Source, 1, 1)));

        var owners = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim.Source is not null && Urls.Reserved.FirstOrDefault(r => claim.SitePath.StartsWith(r, StringComparison.Ordinal)) is { } reserved)
            {
                Report(diagnostics, claim, DiagnosticCode.ReservedAddress, $"{claim.SitePath} lies in {reserved}, which the site keeps for itself");
            }
            else if (owners.TryGetValue(claim.File, out var owner))
            {
                Report(diagnostics, claim.Source is not null ? claim : owner, DiagnosticCode.AddressTaken,
                    $"{claim.SitePath} would be written twice: by {owner.Describe()} and by {claim.Describe()}");
            }
            else
            {
                owners[claim.File] = claim;
            }
        }

        // A file where another needs a folder: /feed.xml and /feed.xml/x/ cannot both exist.
        foreach (var claim in owners.Values)
        {
            for (var slash = claim.File.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = claim.File.IndexOf('/', slash + 1))
            {
                if (owners.TryGetValue(claim.File[..slash], out var file))
                {
                    var culprit = claim.Source is not null ? claim : file;
                    Report(diagnostics, culprit, DiagnosticCode.AddressTaken,
                        $"{claim.SitePath} needs {file.SitePath} to be a folder, but {file.Describe()} writes a file there");
                }
            }
        }

        return new OutputMap(owners.Keys.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether a site path leads somewhere: a page (with or without its trailing slash), a redirect or a file. The editor
    /// and the search index come from the Node tools, which <c>check</c> does not run: links into them count as found.
    /// </summary>
    public bool Has(string sitePath)
    {
        var path = sitePath.Length == 0 ? Urls.Home : sitePath;
        return path.StartsWith(Urls.Admin, StringComparison.Ordinal)
            || path.StartsWith($"/{Urls.SearchIndexFolder}/", StringComparison.Ordinal)
            || _files.Contains(Urls.OutputFile(path))
            || (!path.EndsWith('/') && _files.Contains(Urls.OutputFile(path + "/")));
    }

    private static void Report(DiagnosticBag diagnostics, Claim claim, DiagnosticCode code, string message) =>
        diagnostics.Error(code, claim.Source ?? "data/site.yml", claim.Line, claim.Column, message);

    /// <summary>An output file and who asks for it.</summary>
    private sealed record Claim(string File, string SitePath, string? Source, int Line, int Column)
    {
        public string Describe() => Source ?? "the site itself";
    }
}
