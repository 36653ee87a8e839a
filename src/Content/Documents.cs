using System.Collections.Immutable;

namespace Samenleven.Content;

/// <summary>A reference from content to a municipality, as the contributor wrote it.</summary>
/// <param name="Slug">The current municipality the content is filed under.</param>
/// <param name="FormerName">The former municipality's name when the content named one that merged (Kruibeke), else null.</param>
public sealed record MunicipalityRef(string Slug, string? FormerName);

public sealed record Contact(string? Name, string? Email, string? Phone);

public sealed record Link(string Title, string Url);

public sealed record Image(string Src, string Alt);

public enum PracticeStatus
{
    Unknown,
    Ongoing,
    Completed,
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
    public int? Year { get; init; }
    public PracticeStatus Status { get; init; }
    public string? Organisation { get; init; }
    public Contact? Contact { get; init; }
    public ImmutableArray<Link> Links { get; init; } = [];
    public Image? Image { get; init; }
    public required DateOnly Added { get; init; }
    public DateOnly? Updated { get; init; }
    public ImmutableArray<OldAddress> Aliases { get; init; } = [];

    // No body here: it is validated when loaded and rendered again when its page is written, so the bodies of
    // 30,000 practices never sit in memory together (see BuildPipeline.RenderAsync).

    /// <summary>The last date anything changed: <see cref="Updated"/> if set, else <see cref="Added"/>.</summary>
    public DateOnly LastChanged => Updated is { } u && u > Added ? u : Added;
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
    public required string BodyHtml { get; init; }
}

/// <summary>A plain page such as <c>input/over.md</c>.</summary>
public sealed record PlainPage
{
    public required string SourcePath { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public required string BodyHtml { get; init; }
}

/// <summary>All content of the site, validated.</summary>
public sealed record ContentSet(ImmutableArray<Practice> Practices, ImmutableArray<ServicePage> Services, ImmutableArray<PlainPage> Pages);

/// <summary>A file as read from disk: its path relative to the project (forward slashes) and its text.</summary>
public sealed record SourceFile(string Path, Func<string> ReadText)
{
    /// <summary>A file whose text is already in memory (tests, the CMS preview).</summary>
    public SourceFile(string path, string text)
        : this(path, () => text)
    {
    }
}
