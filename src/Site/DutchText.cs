using System.Globalization;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>Dates, days and numbers as a Flemish reader expects them, without depending on the machine's culture.</summary>
public static class DutchText
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>"23 november 2026".</summary>
    public static string Date(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "maandag",
        DayOfWeek.Tuesday => "dinsdag",
        DayOfWeek.Wednesday => "woensdag",
        DayOfWeek.Thursday => "donderdag",
        DayOfWeek.Friday => "vrijdag",
        DayOfWeek.Saturday => "zaterdag",
        _ => "zondag",
    };

    /// <summary>Monday first, as Belgian calendars are.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>"09.00–12.00 uur": the Flemish way to write hours.</summary>
    public static string Range(TimeRange range) => $"{Span(range)} uur";

    /// <summary>"09.00–12.00": a range without its unit, for tables that add "uur" themselves.</summary>
    public static string Span(TimeRange range) => $"{Time(range.From)}\u2013{Time(range.To)}";

    public static string Time(TimeOnly time) => time.ToString("HH'.'mm", CultureInfo.InvariantCulture);

    public static string Status(PracticeStatus status) => status switch
    {
        PracticeStatus.Ongoing => "Lopend",
        PracticeStatus.Completed => "Afgerond",
        _ => "",
    };

    /// <summary>"1 praktijk", "3 praktijken".</summary>
    public static string Count(int count, string singular, string plural) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? singular : plural)}";
}
