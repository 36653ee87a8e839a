using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Samenleven.Content;
using F = Samenleven.Content.ContributionFields;

namespace Samenleven.Authoring;

/// <summary>One submission of the form, as field names with their values (a checkbox group gives several).</summary>
public sealed record Submission(ImmutableDictionary<string, ImmutableArray<string>> Fields)
{
    public string? Value(string name) =>
        Fields.TryGetValue(name, out var values) && values.Any(v => !string.IsNullOrWhiteSpace(v)) ? string.Join("\n", values.Where(v => !string.IsNullOrWhiteSpace(v))).Trim() : null;

    public ImmutableArray<string> Values(string name) =>
        Fields.TryGetValue(name, out var values)
            ? [.. values.SelectMany(v => v.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : [];
}

/// <summary>What came of one submission: a practice file to write, or a change or spam to handle by hand, and what could not be mapped.</summary>
public sealed record ImportedSubmission
{
    /// <summary>The file name's slug and the file's text; null when the submission is not a new practice.</summary>
    public string? Slug { get; init; }
    public string? Text { get; init; }

    /// <summary>Everything the editor must look at: values that map to nothing in <c>data/</c>, what was left out and why.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>True when the file needs the editor before <c>check</c> passes (no municipality or theme could be mapped).</summary>
    public bool Incomplete { get; init; }
}

/// <summary>
/// Turns a submitted "Praktijk voorstellen" form into a practice file (<c>new praktijk --from FILE</c>): Netlify's JSON
/// export of a submission (one, or a list), or the plain-text e-mail of the <c>mailto:</c> fallback (<c>name=value</c>
/// lines). Municipality names are matched without regard to case or accents, former municipalities included; themes
/// and target groups by slug or title. Contact details are kept only when the contact person consented. Pure: the
/// caller reads the file and writes the result.
/// </summary>
public sealed partial class SubmissionImporter(ReferenceData reference, DateOnly today)
{
    /// <summary>Reads a file's text as JSON when it looks like JSON, otherwise as the e-mail's <c>name=value</c> lines.</summary>
    public static ImmutableArray<Submission> Parse(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('{') || trimmed.StartsWith('[') ? ParseJson(trimmed) : [ParsePlainText(text)];
    }

    /// <summary>
    /// Netlify's submission JSON: the fields under <c>data</c> (the API and the webhook), or at the top (a hand-made
    /// export). A field is a string, or a list for a checkbox group.
    /// </summary>
    private static ImmutableArray<Submission> ParseJson(string text)
    {
        using var document = JsonDocument.Parse(text);
        var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToList() : [document.RootElement];
        return [.. items.Where(i => i.ValueKind == JsonValueKind.Object).Select(item =>
        {
            var fields = item.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : item;
            var builder = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
            foreach (var property in fields.EnumerateObject())
            {
                // "themas[]" is how some form services name a checkbox group.
                var name = property.Name.EndsWith("[]", StringComparison.Ordinal) ? property.Name[..^2] : property.Name;
                builder[name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Array => [.. property.Value.EnumerateArray().Select(v => v.ToString())],
                    JsonValueKind.Null => [],
                    _ => [property.Value.ToString()],
                };
            }

            return new Submission(builder.ToImmutable());
        })];
    }

    /// <summary>
    /// The body of the e-mail a browser writes for <c>enctype="text/plain"</c>: one <c>name=value</c> line per field, a
    /// value that ran over several lines (a text area) continuing on the next lines. Lines before the first field (the
    /// e-mail's headers, a greeting) are skipped.
    /// </summary>
    private static Submission ParsePlainText(string text)
    {
        var known = KnownFields;
        var fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var equals = raw.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? raw[..equals].Trim() : null;
            if (name is not null && known.Contains(name))
            {
                if (!fields.TryGetValue(name, out var values))
                {
                    fields[name] = values = [];
                }

                values.Add(raw[(equals + 1)..]);
                current = values;
            }
            else if (current is not null)
            {
                current[^1] += "\n" + raw;
            }
        }

        return new Submission(fields.ToImmutableDictionary(f => f.Key, f => f.Value.Select(v => v.TrimEnd()).ToImmutableArray(), StringComparer.Ordinal));
    }

    private static readonly ImmutableHashSet<string> KnownFields = ImmutableHashSet.Create(StringComparer.Ordinal,
        F.NetlifyFormName, F.Honeypot, F.Mode, F.Page, F.Change, F.Title, F.Municipalities, F.Summary, F.Themes, F.TargetGroups, F.What, F.ForWhom,
        F.Approach, F.Results, F.PeriodStart, F.PeriodEnd, F.Organisation, F.Partners, F.Sources, F.ContactName, F.ContactEmail, F.ContactPhone, F.Consent);

    /// <summary>The practice file for one submission, with notes for the editor.</summary>
    public ImportedSubmission Import(Submission submission)
    {
        if (submission.Value(F.Honeypot) is not null)
        {
            return new ImportedSubmission { Notes = ["the hidden field 'bot-field' is filled in: this is spam from a robot, not a person; nothing was written"] };
        }

        if (submission.Value(F.Mode) == F.ChangeMode)
        {
            return new ImportedSubmission
            {
                Notes = [$"this is a change to an existing page ({submission.Value(F.Page) ?? submission.Value(F.Title) ?? "page not named"}), not a new practice; nothing was written. What should change: {submission.Value(F.Change) ?? "(not described)"}"],
            };
        }

        var notes = new List<string>();
        var title = submission.Value(F.Title);
        if (title is null)
        {
            return new ImportedSubmission { Notes = ["the submission has no title (the practice's name); nothing was written"] };
        }

        title = OneLine(title);
        var municipalities = Map(submission.Values(F.Municipalities), "municipality", MunicipalityBySlugOfName, notes);
        var themes = Map(submission.Values(F.Themes), "theme", ThemeBySlugOfName, notes);
        var targetGroups = Map(submission.Values(F.TargetGroups), "target group", TargetGroupBySlugOfName, notes);
        if (themes.Length > ContentLimits.MaxThemes)
        {
            notes.Add($"{themes.Length} themes were chosen; a practice has at most {ContentLimits.MaxThemes}: keep the ones that fit best");
        }

        var summary = submission.Value(F.Summary) is { } s ? OneLine(s) : null;
        if (summary is null)
        {
            notes.Add("no summary was given: write one or two sentences in 'summary'");
        }
        else if (summary.Length > ContentLimits.SummaryMaxLength)
        {
            notes.Add($"the summary has {summary.Length} characters; at most {ContentLimits.SummaryMaxLength} are allowed: shorten it");
        }

        var yaml = new StringBuilder("---\n");
        yaml.Append("title: ").Append(PracticeTemplate.Quote(title)).Append('\n');
        yaml.Append("summary: ").Append(PracticeTemplate.Quote(summary ?? PracticeTemplate.SummaryPlaceholder)).Append('\n');
        List(yaml, "gemeenten", municipalities);
        List(yaml, "themas", themes);
        if (targetGroups.Length > 0)
        {
            List(yaml, "doelgroepen", targetGroups);
        }

        Period(yaml, submission, notes);
        if (submission.Value(F.Organisation) is { } organisation)
        {
            yaml.Append("organisatie: ").Append(PracticeTemplate.Quote(OneLine(organisation))).Append('\n');
        }

        var partners = Lines(submission.Value(F.Partners));
        if (partners.Length > 0)
        {
            yaml.Append("partners:\n");
            foreach (var partner in partners)
            {
                yaml.Append("  - naam: ").Append(PracticeTemplate.Quote(partner)).Append('\n');
            }
        }

        Contact(yaml, submission, notes);
        Sources(yaml, submission.Value(F.Sources));
        yaml.Append("toegevoegd: ").Append(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("---\n");
        foreach (var (field, heading) in F.Sections)
        {
            if (submission.Value(field) is { } text)
            {
                yaml.Append("\n## ").Append(heading).Append("\n\n").Append(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()).Append('\n');
            }
        }

        if (municipalities.IsEmpty)
        {
            notes.Add("no municipality could be mapped: fill in 'gemeenten' with slugs from data/gemeenten.yml");
        }

        if (themes.IsEmpty)
        {
            notes.Add("no theme could be mapped: fill in 'themas' with one to three slugs from data/themas.yml");
        }

        return new ImportedSubmission
        {
            Slug = Slugs.FromTitle(title),
            Text = yaml.ToString(),
            Notes = [.. notes],
            Incomplete = municipalities.IsEmpty || themes.IsEmpty,
        };
    }

    /// <summary>Only with consent: a contact person's details are personal data, and the form promised to publish them only then.</summary>
    private static void Contact(StringBuilder yaml, Submission submission, List<string> notes)
    {
        var details = new[] { ("naam", submission.Value(F.ContactName)), ("email", submission.Value(F.ContactEmail)), ("telefoon", submission.Value(F.ContactPhone)) }
            .Where(d => d.Item2 is not null)
            .ToList();
        if (details.Count == 0)
        {
            return;
        }

        var consent = submission.Value(F.Consent) is { } c && (c == F.ConsentGiven || c.Equals("on", StringComparison.OrdinalIgnoreCase) || c.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (!consent)
        {
            notes.Add("contact details were left out: the contact person did not consent to publication (ask them before adding 'contact')");
            return;
        }

        yaml.Append("contact:\n");
        foreach (var (key, value) in details)
        {
            yaml.Append("  ").Append(key).Append(": ").Append(PracticeTemplate.Quote(OneLine(value!))).Append('\n'); // Filtered on not null.
        }
    }

    private static void Period(StringBuilder yaml, Submission submission, List<string> notes)
    {
        string? Checked(string field, string what)
        {
            var value = submission.Value(field);
            if (value is not null && !YearMonth().IsMatch(value))
            {
                notes.Add($"the {what} '{OneLine(value)}' is not a year (2021) or a year and month (2021-09): fill in 'periode' by hand");
                return null;
            }

            return value;
        }

        var start = Checked(F.PeriodStart, "start");
        var end = Checked(F.PeriodEnd, "end");
        if (start is null)
        {
            if (end is not null)
            {
                notes.Add($"an end ({end}) without a start: fill in 'periode' by hand");
            }

            return;
        }

        yaml.Append("periode:\n  start: ").Append(start).Append('\n');
        if (end is not null)
        {
            yaml.Append("  einde: ").Append(end).Append('\n');
        }
    }

    /// <summary>One source per line: a web address in the line becomes its <c>url</c>, the rest its title.</summary>
    private static void Sources(StringBuilder yaml, string? text)
    {
        var lines = Lines(text);
        if (lines.Length == 0)
        {
            return;
        }

        yaml.Append("bronnen:\n");
        foreach (var line in lines)
        {
            var url = WebAddress().Match(line);
            var title = url.Success ? line.Remove(url.Index, url.Length).Trim(' ', ':', '-', '(', ')', ',') : line;
            yaml.Append("  - titel: ").Append(PracticeTemplate.Quote(title.Length > 0 ? title : url.Value)).Append('\n');
            if (url.Success)
            {
                yaml.Append("    url: ").Append(PracticeTemplate.Quote(url.Value.TrimEnd('.', ',', ')'))).Append('\n');
            }
        }
    }

    private static ImmutableArray<string> Map(ImmutableArray<string> given, string what, IReadOnlyDictionary<string, string> bySlugOfName, List<string> notes)
    {
        var mapped = new List<string>();
        foreach (var value in given)
        {
            if (bySlugOfName.TryGetValue(Key(value), out var slug))
            {
                if (!mapped.Contains(slug, StringComparer.Ordinal))
                {
                    mapped.Add(slug);
                }
            }
            else
            {
                notes.Add($"unknown {what} '{OneLine(value)}': it is not in data/, so it was left out");
            }
        }

        return [.. mapped];
    }

    /// <summary>"Sint-Niklaas", "sint niklaas", "STAD Sint-Niklaas" and "Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)" all become "sint-niklaas" / "kruibeke".</summary>
    private static string Key(string name)
    {
        var plain = Suffix().Replace(name.Trim(), "");
        plain = Prefix().Replace(plain, "");
        return Slugs.FromTitle(plain);
    }

    private IReadOnlyDictionary<string, string> MunicipalityBySlugOfName => _municipalities ??= BuildMunicipalities();
    private IReadOnlyDictionary<string, string> ThemeBySlugOfName => _themes ??= Terms(reference.Themes);
    private IReadOnlyDictionary<string, string> TargetGroupBySlugOfName => _targetGroups ??= Terms(reference.TargetGroups);
    private Dictionary<string, string>? _municipalities;
    private Dictionary<string, string>? _themes;
    private Dictionary<string, string>? _targetGroups;

    /// <summary>Current names and slugs first, then former ones that no current municipality shares (Hasselt stayed Hasselt).</summary>
    private Dictionary<string, string> BuildMunicipalities()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in reference.Municipalities)
        {
            map.TryAdd(Key(m.Name), m.Slug);
            map.TryAdd(m.Slug, m.Slug);
        }

        foreach (var f in reference.FormerMunicipalities)
        {
            map.TryAdd(Key(f.Name), f.Slug);
            map.TryAdd(f.Slug, f.Slug);
        }

        return map;
    }

    private static Dictionary<string, string> Terms(ImmutableArray<Term> terms)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            map.TryAdd(t.Slug, t.Slug);
            map.TryAdd(Key(t.Title), t.Slug);
        }

        return map;
    }

    private static void List(StringBuilder yaml, string key, ImmutableArray<string> slugs)
    {
        if (slugs.IsEmpty)
        {
            yaml.Append(key).Append(": []\n");
            return;
        }

        yaml.Append(key).Append(":\n");
        foreach (var slug in slugs)
        {
            yaml.Append("  - ").Append(slug).Append('\n');
        }
    }

    private static ImmutableArray<string> Lines(string? text) =>
        text is null ? [] : [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.TrimStart('-', '*', ' '))
            .Where(l => l.Length > 0)];

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^[0-9]{4}(-(0[1-9]|1[0-2]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"\s*\([^)]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"^(stad|gemeente)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
