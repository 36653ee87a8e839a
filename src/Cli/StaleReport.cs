using System.Globalization;
using Samenleven.Content;

namespace Samenleven.Cli;

/// <summary>
/// <c>check --stale</c>: the practices an editor should check again with their municipality, never checked first, then
/// the longest ago, each with the municipality to ask and the title, so the list can be worked through from the top.
/// </summary>
public static class StaleReport
{
    public static void Print(Project project, DateOnly today, TextWriter output)
    {
        var months = project.Reference.Site.VerificationMonths;
        var limit = today.AddMonths(-months);
        var stale = project.Content.Practices
            .Where(p => p.Verified is null || p.Verified < limit)
            .OrderBy(p => p.Verified ?? DateOnly.MinValue)
            .ThenBy(p => p.SourcePath, StringComparer.Ordinal)
            .ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stale.Length} of {project.Content.Practices.Length} practices were not checked with their municipality in the last {months} months (since {limit:yyyy-MM-dd}):"));
        foreach (var practice in stale)
        {
            var checkedOn = practice.Verified is { } verified ? string.Create(CultureInfo.InvariantCulture, $"last checked {verified:yyyy-MM-dd}") : "never checked";
            var municipalities = string.Join(", ", practice.Municipalities.Select(m => project.Reference.MunicipalityBySlug[m.Slug].Name));
            output.WriteLine($"  {practice.SourcePath}  {checkedOn}  {municipalities}: {practice.Title}");
        }
    }
}
