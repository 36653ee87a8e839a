using Samenleven.Tests.Support;

namespace Samenleven.Tests.Hostile;

/// <summary>Open data safe in Excel as Belgians use it: no cell of either CSV can become a formula or split in two.</summary>
public sealed class OpenDataAttackTests
{
    [Fact]
    public async Task Formulas_and_separators_in_a_practice_stay_inside_their_cell_in_both_csv_files()
    {
        using var site = TestSite.Create("""
            -- input/praktijken/formule.md --
            ---
            title: "Samen;=HYPERLINK(\"https://example.org\")"
            summary: "=1+1, of -2; of @SUM(A1)"
            gemeenten: [leuven]
            themas: [werk]
            toegevoegd: 2026-02-01
            ---
            Tekst.
            """);

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var comma = Samenleven.Tests.SiteFiles.OpenDataTests.ParseCsv(site.Page("data/praktijken.csv").TrimStart('\uFEFF'));
        var semicolon = Samenleven.Tests.SiteFiles.OpenDataTests.ParseCsv(site.Page("data/praktijken-puntkomma.csv").TrimStart('\uFEFF'), ';');
        Assert.Equal(comma, semicolon);
        var row = comma[1];
        Assert.Equal("Samen;=HYPERLINK(\"https://example.org\")", row[2]);
        Assert.Equal("'=1+1, of -2; of @SUM(A1)", row[3]);
        Assert.All(comma.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', cell));
        Assert.All(site.Page("data/praktijken-puntkomma.csv").TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("\"", line, StringComparison.Ordinal));
    }
}
