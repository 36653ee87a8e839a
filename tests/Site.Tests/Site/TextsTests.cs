using Samenleven.Content;
using Samenleven.Site;

namespace Samenleven.Tests.Site;

/// <summary>How a Flemish reader sees dates, hours and counts, whatever the machine's culture.</summary>
public sealed class TextsTests
{
    [Fact]
    public void A_date_is_written_with_the_month_in_Dutch() =>
        Assert.Equal("3 maart 2026", Texts.Date(new DateOnly(2026, 3, 3)));

    [Fact]
    public void Hours_are_written_with_a_dot_and_an_en_dash() =>
        Assert.Equal("13.30\u201316.00", Texts.Span(new TimeRange(new TimeOnly(13, 30), new TimeOnly(16, 0))));

    [Fact]
    public void The_week_starts_on_Monday() =>
        Assert.Equal(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"], Texts.Week.Select(Texts.DayName));

    [Fact]
    public void Counts_take_the_singular_only_for_one()
    {
        Assert.Equal("1 praktijk", Texts.Practices(1));
        Assert.Equal("0 praktijken", Texts.Practices(0));
        Assert.Equal("12 praktijken", Texts.Practices(12));
    }

    [Fact]
    public void A_list_of_names_ends_with_en() =>
        Assert.Equal("Beveren, Kruibeke en Zwijndrecht", Texts.List(["Beveren", "Kruibeke", "Zwijndrecht"]));
}
