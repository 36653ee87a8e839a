using System.Collections.Immutable;

namespace Samenleven.Content;

/// <summary>A reference from content to a municipality, as the contributor wrote it.</summary>
/// <param name="Slug">The current municipality the content is filed under.</param>
/// <param name="FormerName">The former municipality's name when the content named one that merged (Kruibeke), else null.</param>
public sealed record MunicipalityRef(string Slug, string? FormerName);

public sealed record Contact(string? Name, string? Email, string? Phone);

/// <summary>A year, or a year and a month, as contributors date a period: <c>2019</c> or <c>2019-09</c>.</summary>
public readonly record struct YearMonth(int Year, int? Month) : IComparable<YearMonth>
{
    /// <summary>Reads <c>2019</c> or <c>2019-09</c>; null for anything else.</summary>
    public static YearMonth? Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 2 || parts[0].Length != 4 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2100)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new YearMonth(year, null);
        }

        return parts[1].Length == 2 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? new YearMonth(year, month)
            : null;
    }

    /// <summary>The first day it covers (for comparisons with dates).</summary>
    public DateOnly First => new(Year, Month ?? 1, 1);

    /// <summary>The last day it covers.</summary>
    public DateOnly Last => Month is { } m ? new DateOnly(Year, m, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);

    public int CompareTo(YearMonth other) => First.CompareTo(other.First);

    /// <summary>As written: <c>2019</c> or <c>2019-09</c>.</summary>
    public override string ToString() => Month is { } m
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year:0000}-{m:00}")
        : Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    public static bool operator <(YearMonth a, YearMonth b) => a.CompareTo(b) < 0;

    public static bool operator >(YearMonth a, YearMonth b) => a.CompareTo(b) > 0;

    public static bool operator <=(YearMonth a, YearMonth b) => a.CompareTo(b) <= 0;

    public static bool operator >=(YearMonth a, YearMonth b) => a.CompareTo(b) >= 0;
}

/// <summary>When a practice ran: from <paramref name="Start"/>, until <paramref name="End"/> when it ended or will end.</summary>
public sealed record Period(YearMonth Start, YearMonth? End);

/// <summary>An organisation a practice worked with, with its website when given.</summary>
public sealed record Partner(string Name, string? Url);

/// <summary>Who paid for a practice, and how much in euro when it is known.</summary>
public sealed record Funding(string Name, decimal? Amount);

/// <summary>Where the description of a practice comes from, and when it was consulted.</summary>
public sealed record Source(string Title, string? Url, DateOnly? Consulted);

/// <summary>A file of the site that belongs to a practice (a report, a form), by its site path (<c>/bijlagen/x.pdf</c>).</summary>
public sealed record Attachment(string Path, string Title)
{
    public int Line { get; init; } = 1;
    public int Column { get; init; } = 1;
}

/// <summary>A slug a content file names, with where it names it (for errors found when documents are compared).</summary>
public sealed record SlugReference(string Slug, int Line, int Column);

/// <summary>A link of a practice's front matter, with where it is written (for the link checks).</summary>
public sealed record Link(string Title, string Url)
{
    public int Line { get; init; } = 1;
    public int Column { get; init; } = 1;
}

public sealed record Image(string Src, string Alt)
{
    public int Line { get; init; } = 1;
    public int Column { get; init; } = 1;
}

/// <summary>
/// The Markdown body of a content file, kept as text and converted to HTML once, when its page is rendered. Held as
/// UTF-8, half the memory of a string: the bodies of every practice stay in memory from loading to rendering.
/// </summary>
public sealed class MarkdownBody(string text, int firstLine)
{
    private readonly byte[] _utf8 = System.Text.Encoding.UTF8.GetBytes(text);

    public static MarkdownBody Empty { get; } = new("", 1);

    /// <summary>The Markdown after the front matter.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(_utf8);

    /// <summary>The 1-based line of the file the body starts on, so problems point at the right line.</summary>
    public int FirstLine { get; } = firstLine;
}

/// <summary>A good practice, from <c>input/praktijken/&lt;slug&gt;.md</c>.</summary>
public sealed record Practice
{
    public required string SourcePath { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required ImmutableArray<MunicipalityRef> Municipalities { get; init; }
    public required ImmutableArray<string> Themes { get; init; }
    public ImmutableArray<string> TargetGroups { get; init; } = [];

    /// <summary>The gears of an inclusive local government it works on: policy, services, internal organisation.</summary>
    public ImmutableArray<string> Domains { get; init; } = [];

    /// <summary>The goals of the Flemish Plan Samenleven it serves (also those of the actions it names).</summary>
    public ImmutableArray<string> PlanGoals { get; init; } = [];

    /// <summary>The numbered actions of the Plan Samenleven it names (<c>actie-5</c>).</summary>
    public ImmutableArray<string> PlanActions { get; init; } = [];
    public Period? Period { get; init; }
    public PracticeStatus Status { get; init; }
    public string? Organisation { get; init; }
    public ImmutableArray<Partner> Partners { get; init; } = [];
    public ImmutableArray<Funding> Funding { get; init; } = [];

    /// <summary>Whom it reached, in a few words ("120 deelnemers per jaar").</summary>
    public string? Reach { get; init; }
    public SupportLevel Support { get; init; }
    public Contact? Contact { get; init; }
    public ImmutableArray<Link> Links { get; init; } = [];

    /// <summary>A video about it, as a link: no third-party player is embedded.</summary>
    public string? Video { get; init; }
    public Image? Image { get; init; }
    public ImmutableArray<Attachment> Attachments { get; init; } = [];
    public ImmutableArray<Source> Sources { get; init; } = [];

    /// <summary>The practice this one was copied from or inspired by.</summary>
    public SlugReference? BasedOn { get; init; }
    public required DateOnly Added { get; init; }
    public DateOnly? Updated { get; init; }

    /// <summary>When someone last checked the record with its municipality.</summary>
    public DateOnly? Verified { get; init; }
    public ImmutableArray<OldAddress> Aliases { get; init; } = [];

    /// <summary>Every web address of the front matter, with its place: what <c>check --external</c> checks besides the body's links.</summary>
    public ImmutableArray<LinkReference> WebLinks { get; init; } = [];

    /// <summary>The Markdown text only: it is parsed once, when the page is rendered, and the HTML is not kept.</summary>
    public MarkdownBody Body { get; init; } = MarkdownBody.Empty;

    /// <summary>The day of the last commit that changed the file, when the project is a git checkout.</summary>
    public DateOnly? Committed { get; init; }

    /// <summary>
    /// The last date anything changed: <see cref="Updated"/> when a contributor says so, else the last commit that
    /// touched the file, else <see cref="Added"/>; never before <see cref="Added"/>.
    /// </summary>
    public DateOnly LastChanged => Updated is { } u ? (u > Added ? u : Added) : Committed is { } c && c > Added ? c : Added;
}

/// <summary>An old address that must redirect to a practice, with where it was written (for duplicate-address errors).</summary>
public sealed record OldAddress(string Path, int Line, int Column);

/// <summary>A day range with its opening hours: <c>dagen: [ma, wo, vr]</c>, <c>uren: ["09:00-12:00"]</c>.</summary>
public sealed record OpeningHours(ImmutableArray<DayOfWeek> Days, ImmutableArray<TimeRange> Hours);

public sealed record TimeRange(TimeOnly From, TimeOnly To);

public sealed record Address(string? Street, string? PostalCode, string? Locality);

/// <summary>A municipal service page, from <c>input/gemeenten/&lt;gemeente&gt;/&lt;slug&gt;.md</c>.</summary>
public sealed record ServicePage
{
    public required string SourcePath { get; init; }
    public required string MunicipalitySlug { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public Address? Address { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public ImmutableArray<OpeningHours> OpeningHours { get; init; } = [];
    public ImmutableArray<OpeningHours> PhoneHours { get; init; } = [];
    public string? Note { get; init; }
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>The website, with its place, for <c>check --external</c>.</summary>
    public ImmutableArray<LinkReference> WebLinks { get; init; } = [];
    public MarkdownBody Body { get; init; } = MarkdownBody.Empty;
}

/// <summary>A plain page such as <c>input/over.md</c>.</summary>
public sealed record PlainPage
{
    public required string SourcePath { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public MarkdownBody Body { get; init; } = MarkdownBody.Empty;

    /// <summary>When the page's subject was last evaluated: the accessibility statement's audit date (<c>geevalueerd</c>).</summary>
    public DateOnly? Evaluated { get; init; }
}

/// <summary>All content of the site, validated.</summary>
public sealed record ContentSet(ImmutableArray<Practice> Practices, ImmutableArray<ServicePage> Services, ImmutableArray<PlainPage> Pages)
{
    /// <summary>
    /// Every document with a Markdown body, with its file and the summary its page shows above the body, which the
    /// body must not repeat (a plain page shows its summary only to search engines).
    /// </summary>
    public IEnumerable<(string SourcePath, MarkdownBody Body, string? Summary)> Bodies =>
        Practices.Select(p => (p.SourcePath, p.Body, (string?)p.Summary))
            .Concat(Services.Select(s => (s.SourcePath, s.Body, s.Summary)))
            .Concat(Pages.Select(p => (p.SourcePath, p.Body, (string?)null)));
}

/// <summary>A content file: its path relative to the project (forward slashes) and its text.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>A link or image in a body that stays inside the site (a site path, a relative path or an anchor), where it is written.</summary>
public sealed record LinkReference(string SourcePath, string Url, int Line, int Column, bool IsImage);
