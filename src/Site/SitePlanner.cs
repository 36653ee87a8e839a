using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Site.Pages;

namespace Samenleven.Site;

/// <summary>
/// Builds the site model: runs one planner per page kind, gives every address one owner, and adds the old addresses
/// that must redirect. Pure: it touches no files. Two pages on one address are reported at the content file that
/// causes them.
/// </summary>
public static class SitePlanner
{
    /// <summary>
    /// The page kinds in the order they claim their addresses: the pages the site generates first, then the pages of
    /// content files, so a content file that takes an address the site needs is the one reported and left out.
    /// </summary>
    public static readonly ImmutableArray<IPagePlanner> Planners =
    [
        new HomePlanner(),
        new PracticeListPlanner(),
        new ThemePlanner(),
        new TargetGroupPlanner(),
        new DomainPlanner(),
        new PlanGoalPlanner(),
        new MunicipalityIndexPlanner(),
        new MunicipalityPlanner(),
        new ProvincePlanner(),
        new SearchPlanner(),
        new NotFoundPlanner(),
        new PracticePlanner(),
        new ServicePlanner(),
        new PlainPagePlanner(),
        new ContributePlanner(),
    ];

    public static SitePlan Plan(SiteContext site, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var pages = ImmutableArray.CreateBuilder<IPlannedPage>(site.Content.Practices.Length + 500);
        foreach (var page in Planners.SelectMany(planner => planner.Plan(site)))
        {
            var owner = page.Source ?? GeneratedPage;
            if (owners.TryGetValue(page.Path, out var earlier))
            {
                diagnostics.Error(DiagnosticCode.AddressTaken, page.Source ?? earlier, 1, 1,
                    $"two pages would be written to {page.Path}: {earlier} and {owner}; rename one of them");
                continue;
            }

            owners[page.Path] = owner;
            pages.Add(page);
        }

        return new SitePlan(pages.ToImmutable(), Redirects.Plan(site, owners, diagnostics), site.Urls);
    }

    private const string GeneratedPage = "a generated page";
}
