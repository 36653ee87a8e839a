using System.Collections.Immutable;
using System.Text;
using Samenleven.Authoring;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Markdown;

namespace Samenleven.Cli;

/// <summary>
/// <c>new praktijk "Titel" --gemeente SLUG --thema SLUG [--root DIR]</c> or <c>new praktijk --from FILE</c> (a submitted form): writes <c>input/praktijken/&lt;slug&gt;.md</c> with
/// every key, after checking the municipality and themes against <c>data/</c>. Never overwrites a file.
/// Several municipalities or themes are given comma-separated: <c>--thema werk,taal-en-communicatie</c>.
/// </summary>
public static class NewCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, DateOnly today)
    {
        if (line.Positional is ["praktijk"] && line.Value("from") is { } from)
        {
            return await FromSubmissionAsync(line.Root, from, output, error, today).ConfigureAwait(false);
        }

        if (line.Positional is not ["praktijk", var title] || string.IsNullOrWhiteSpace(title))
        {
            error.WriteLine("usage: new praktijk \"Titel van de praktijk\" --gemeente SLUG --thema SLUG");
            return 2;
        }

        var municipalities = Slugs(line.Value("gemeente"));
        var themes = Slugs(line.Value("thema"));
        if (municipalities.IsEmpty || themes.IsEmpty)
        {
            error.WriteLine("error: give at least one --gemeente and one --thema (slugs from data/gemeenten.yml and data/themas.yml)");
            return 2;
        }

        var root = line.Root;
        var diagnostics = new DiagnosticBag();
        var reference = ReferenceDataReader.Read(new ProjectLoader(new DiskProjectSource(root)).ReadReferenceData(diagnostics), diagnostics);
        if (reference is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), error, BuildCommand.IsGitHubActions());
            return 1;
        }

        var problems = Unknown(municipalities, "municipality", "data/gemeenten.yml", reference.MunicipalityReferenceSlugs, reference.Municipalities.Select(m => (m.Slug, m.Name)))
            .Concat(Unknown(themes, "theme", "data/themas.yml", reference.ThemeBySlug.Keys, reference.Themes.Select(t => (t.Slug, t.Title))))
            .ToList();
        if (themes.Length > ContentLimits.MaxThemes)
        {
            problems.Add($"give at most {ContentLimits.MaxThemes} themes, not {themes.Length}");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"error: {problem}");
            }

            return 1;
        }

        var slug = Content.Slugs.FromTitle(title);
        if (slug.Length == 0)
        {
            error.WriteLine($"error: the title '{title}' gives no usable file name: use at least one letter or digit");
            return 2;
        }

        var relative = $"input/praktijken/{slug}.md";
        var text = PracticeTemplate.Render(new NewPractice(title.Trim(), municipalities, themes, today));

        // The template must pass the same rules as any other practice; a failure here is a bug in the template.
        var check = new DiagnosticBag();
        if (new PracticeReader(reference).Read(new SourceFile(relative, text), check) is { } written)
        {
            new MarkdownConverter("/").ToHtml(written.Body, relative, check);
        }

        if (check.HasErrors)
        {
            DiagnosticPrinter.Print(check.Sorted(), error, githubActions: false);
            throw new InvalidOperationException("the practice template does not pass the content rules");
        }

        var full = Path.Combine(root, "input", "praktijken", slug + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!); // A path built from a folder and a name has a parent.
        try
        {
            // CreateNew: refuses atomically when the file exists, even if it appeared a moment ago.
            await using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            await stream.WriteAsync(new UTF8Encoding(false).GetBytes(text)).ConfigureAwait(false);
        }
        catch (IOException) when (File.Exists(full))
        {
            error.WriteLine($"error: {relative} already exists; nothing was written. Choose another title or edit that file.");
            return 1;
        }

        output.WriteLine($"Wrote {relative}. Fill in the summary and the sections, then run `dotnet run -- check`.");
        return 0;
    }

    /// <summary>
    /// <c>new praktijk --from FILE</c>: a submitted form (Netlify's JSON export, or the e-mail of the mailto fallback)
    /// becomes a practice file per submission. Prints what could not be mapped; exit code 1 when a file still needs the
    /// editor before <c>check</c> passes, or when nothing could be written.
    /// </summary>
    private static async Task<int> FromSubmissionAsync(string root, string from, TextWriter output, TextWriter error, DateOnly today)
    {
        var file = Path.GetFullPath(from, Directory.GetCurrentDirectory());
        if (!File.Exists(file))
        {
            error.WriteLine($"error: {from} does not exist");
            return 2;
        }

        var diagnostics = new DiagnosticBag();
        var reference = ReferenceDataReader.Read(new ProjectLoader(new DiskProjectSource(root)).ReadReferenceData(diagnostics), diagnostics);
        if (reference is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), error, BuildCommand.IsGitHubActions());
            return 1;
        }

        ImmutableArray<Submission> submissions;
        try
        {
            submissions = SubmissionImporter.Parse(await File.ReadAllTextAsync(file).ConfigureAwait(false));
        }
        catch (System.Text.Json.JsonException e)
        {
            error.WriteLine($"error: {from} looks like JSON but is not valid JSON: {e.Message}");
            return 1;
        }

        var importer = new SubmissionImporter(reference, today);
        var code = submissions.IsEmpty ? 1 : 0;
        foreach (var imported in submissions.Select(importer.Import))
        {
            if (imported.Text is null || imported.Slug is not { Length: > 0 } slug)
            {
                code = 1;
                foreach (var note in imported.Notes)
                {
                    error.WriteLine($"note: {note}");
                }

                continue;
            }

            var relative = $"input/praktijken/{slug}.md";
            var full = Path.Combine(root, "input", "praktijken", slug + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(full)!); // A path built from a folder and a name has a parent.
            try
            {
                await using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                await stream.WriteAsync(new UTF8Encoding(false).GetBytes(imported.Text)).ConfigureAwait(false);
            }
            catch (IOException) when (File.Exists(full))
            {
                error.WriteLine($"error: {relative} already exists; nothing was written for '{slug}'. Is this submission already imported?");
                code = 1;
                continue;
            }

            output.WriteLine($"Wrote {relative}.");
            foreach (var note in imported.Notes)
            {
                output.WriteLine($"  could not map: {note}");
            }

            code = imported.Incomplete ? 1 : code;
        }

        if (code == 0)
        {
            output.WriteLine("Read the file, then run `dotnet run -- check` and open a pull request.");
        }

        return code;
    }

    private static ImmutableArray<string> Slugs(string? value) =>
        value is null ? [] : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    private static IEnumerable<string> Unknown(
        ImmutableArray<string> given, string what, string file, IEnumerable<string> known, IEnumerable<(string Slug, string Name)> names)
    {
        var knownSet = known.ToHashSet(StringComparer.Ordinal);
        var byName = names.ToLookup(n => Content.Slugs.FromTitle(n.Name), n => n.Slug, StringComparer.Ordinal);
        foreach (var value in given.Where(v => !knownSet.Contains(v)))
        {
            // A name such as "Sint-Niklaas" or a slug with a typo: suggest the slug that was probably meant.
            var hint = byName[Content.Slugs.FromTitle(value)].FirstOrDefault() ?? Content.Slugs.Closest(value, knownSet);
            yield return hint is null
                ? $"unknown {what} '{value}': use a slug from {file}"
                : $"unknown {what} '{value}': did you mean '{hint}'?";
        }
    }
}
