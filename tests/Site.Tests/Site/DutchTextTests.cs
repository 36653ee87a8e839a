using Samenleven.Content;
using Samenleven.Site;

namespace Samenleven.Tests.Site;

public sealed class DutchTextTests
{
    [Fact]
    public void Dates_are_written_the_Flemish_way() =>
        Assert.Equal("3 maart 2026", DutchText.Date(new DateOnly(2026, 3, 3)));

    [Fact]
    public void Opening_hours_use_dots_and_an_en_dash() =>
        Assert.Equal("13.30\u201316.00 uur", DutchText.Range(new TimeRange(new TimeOnly(13, 30), new TimeOnly(16, 0))));

    [Fact]
    public void The_week_starts_on_monday() =>
        Assert.Equal(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"], DutchText.Week.Select(DutchText.DayName));

    [Fact]
    public void Counts_choose_singular_or_plural()
    {
        Assert.Equal("1 praktijk", DutchText.Count(1, "praktijk", "praktijken"));
        Assert.Equal("0 praktijken", DutchText.Count(0, "praktijk", "praktijken"));
        Assert.Equal("12 praktijken", DutchText.Count(12, "praktijk", "praktijken"));
    }
}
