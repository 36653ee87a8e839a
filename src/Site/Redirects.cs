using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>The small page at an old address that forwards to the new one, for hosts without redirect rules.</summary>
/// <param name="Href">The new address, as a link.</param>
/// <param name="CanonicalUrl">The new address, absolute.</param>
/// <param name="Language">The page's <c>lang</c>.</param>
public sealed record RedirectModel(string Href, string CanonicalUrl, string Language);

/// <summary>The old addresses the site keeps alive: aliases of practices, and the pages of former municipalities.</summary>
public static class Redirects
{
    /// <summary>
    /// Every redirect, sorted by its old address. An alias that is already some page's address is reported at its line;
    /// <paramref name="owners"/> (address → owner) gets the aliases, so two aliases cannot share an address either.
    /// </summary>
    public static ImmutableArray<Redirect> Plan(SiteContext site, Dictionary<string, string> owners, DiagnosticBag diagnostics)
    {
        var redirects = new List<Redirect>();
        foreach (var practice in site.Content.Practices)
        {
            foreach (var alias in practice.Aliases)
            {
                if (owners.TryGetValue(alias.Path, out var owner))
                {
                    diagnostics.Error(DiagnosticCode.AddressTaken, practice.SourcePath, alias.Line, alias.Column, $"alias {alias.Path} is already the address of {owner}");
                    continue;
                }

                owners[alias.Path] = practice.SourcePath;
                redirects.Add(new Redirect(alias.Path, Urls.Practice(practice.Slug), alias, practice.SourcePath));
            }
        }

        foreach (var redirect in FormerMunicipalities(site.Reference))
        {
            if (owners.TryAdd(redirect.From, ReferenceData))
            {
                redirects.Add(redirect);
            }
        }

        return [.. redirects.OrderBy(r => r.From, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The old address of every former municipality whose name did not live on (<c>/gemeenten/kruibeke/</c>), to the page
    /// of the municipality it merged into (every municipality has one), by old address. They depend only on
    /// <c>data/gemeenten.yml</c>, so <c>netlify.toml</c> repeats them.
    /// </summary>
    public static IEnumerable<Redirect> FormerMunicipalities(ReferenceData reference) =>
        reference.FormerBySlug.Values
            .OrderBy(f => f.Slug, StringComparer.Ordinal)
            .Select(f => new Redirect(Urls.Municipality(f.Slug), Urls.Municipality(f.MergedIntoSlug)));

    private const string ReferenceData = "data/gemeenten.yml";
}
