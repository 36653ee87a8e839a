using Samenleven.Content;

namespace Samenleven.Site.Pages;

/// <summary>The goals of the Flemish Plan Samenleven: their index and a list of the practices that serve each goal.</summary>
public sealed class PlanGoalPlanner : IPagePlanner
{
    public IEnumerable<IPlannedPage> Plan(SiteContext site) => TermPages.Pages(site, new Taxonomy(
        IndexPath: Urls.PlanGoals,
        Title: Texts.PlanGoalsTitle,
        Intro: Texts.PlanGoalsIntro,
        Terms: [.. site.Reference.Plan.Goals.Select(g => new Term(g.Slug, g.Title, g.Description))],
        Practices: site.Index.ByPlanGoal,
        Url: Urls.PlanGoal,
        Facet: SearchFacets.PlanGoal,
        Feed: null)
    {
        Source = new LinkItem(site.Reference.Plan.SourceTitle, site.Reference.Plan.SourceUrl),
    });
}
