using System.Collections.Immutable;

namespace Samenleven.Content;

/// <summary>A reference from content to a municipality, as the contributor wrote it.</summary>
/// <param name="Slug">The current municipality the content is filed under.</param>
/// <param name="FormerName">The former municipality's name when the content named one that merged (Kruibeke), else null.</param>
public sealed record MunicipalityRef(string Slug, string? FormerName);

public sealed record Contact(string? Name, string? Email, string? Phone);

/// <summary>A link of a practice's front matter, with where it is written (for the link checks).</summary>
public sealed record Link(string Title, string Url)
{
    public int Line { get; init; } = 1;
    public int Column { get; init; } = 1;
}

public sealed record Image(string Src, string Alt);

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
    public int? Year { get; init; }
    public PracticeStatus Status { get; init; }
    public string? Organisation { get; init; }
    public Contact? Contact { get; init; }
    public ImmutableArray<Link> Links { get; init; } = [];
    public Image? Image { get; init; }
    public required DateOnly Added { get; init; }
    public DateOnly? Updated { get; init; }
    public ImmutableArray<OldAddress> Aliases { get; init; } = [];

    /// <summary>The Markdown text only: it is parsed once, when the page is rendered, and the HTML is not kept.</summary>
    public MarkdownBody Body { get; init; } = MarkdownBody.Empty;

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
}

/// <summary>All content of the site, validated.</summary>
public sealed record ContentSet(ImmutableArray<Practice> Practices, ImmutableArray<ServicePage> Services, ImmutableArray<PlainPage> Pages)
{
    /// <summary>Every document with a Markdown body, with its file: what the body check and the renderer convert.</summary>
    public IEnumerable<(string SourcePath, MarkdownBody Body)> Bodies =>
        Practices.Select(p => (p.SourcePath, p.Body))
            .Concat(Services.Select(s => (s.SourcePath, s.Body)))
            .Concat(Pages.Select(p => (p.SourcePath, p.Body)));
}

/// <summary>A content file: its path relative to the project (forward slashes) and its text.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>A link or image in a body that stays inside the site (a site path, a relative path or an anchor), where it is written.</summary>
public sealed record LinkReference(string SourcePath, string Url, int Line, int Column, bool IsImage);
