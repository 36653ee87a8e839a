using System.Collections.Concurrent;
using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Markdown;

namespace Samenleven.Loading;

/// <summary>
/// Turns the files of <c>input/</c> into typed, validated documents. Per-document work only, so it runs in parallel;
/// everything that compares documents happens later, in the site model.
/// </summary>
public sealed class ContentLoader
{
    private readonly PracticeReader _practices;
    private readonly ServicePageReader _services;
    private readonly PlainPageReader _pages;

    public ContentLoader(ReferenceData reference, MarkdownConverter markdown)
    {
        _practices = new PracticeReader(reference, markdown);
        _services = new ServicePageReader(reference, markdown);
        _pages = new PlainPageReader(reference, markdown);
    }

    /// <summary>What a file under <c>input/</c> is, judged by where it lies.</summary>
    public enum Kind
    {
        Practice,
        Service,
        Page,
        Misplaced,
    }

    public static (Kind Kind, string? Municipality) Classify(string path)
    {
        var parts = path.Split('/');
        if (parts.Length < 2 || parts[0] != "input" || !path.EndsWith(".md", StringComparison.Ordinal))
        {
            return (Kind.Misplaced, null);
        }

        return parts.Length switch
        {
            2 => (Kind.Page, null),
            3 when parts[1] == "praktijken" => (Kind.Practice, null),
            4 when parts[1] == "gemeenten" => (Kind.Service, parts[2]),
            _ => (Kind.Misplaced, null),
        };
    }

    public ContentSet Load(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var practices = new ConcurrentBag<Practice>();
        var services = new ConcurrentBag<ServicePage>();
        var pages = new ConcurrentBag<PlainPage>();

        Parallel.ForEach(files, file =>
        {
            // Each file gets its own bag: a document with an error is reported but left out of the site, so later
            // stages only ever see valid documents and can still report cross-document problems among those.
            var local = new DiagnosticBag();
            var (kind, municipality) = Classify(file.Path);
            switch (kind)
            {
                case Kind.Practice when _practices.Read(file, local) is { } practice && !local.HasErrors:
                    practices.Add(practice);
                    break;
                case Kind.Service when _services.Read(file, municipality!, local) is { } service && !local.HasErrors: // Classify sets the folder for services.
                    services.Add(service);
                    break;
                case Kind.Page when _pages.Read(file, local) is { } page && !local.HasErrors:
                    pages.Add(page);
                    break;
                case Kind.Misplaced:
                    local.Error(file.Path, 1, 1,
                        "this file is in the wrong place: practices go in input/praktijken/, service pages in input/gemeenten/<gemeente>/, plain pages directly in input/");
                    break;
            }

            diagnostics.AddRange(local);
        });

        // Ordinal: output must be byte-identical on every machine.
        return new ContentSet(
            [.. practices.OrderBy(p => p.Slug, StringComparer.Ordinal)],
            [.. services.OrderBy(s => s.MunicipalitySlug, StringComparer.Ordinal).ThenBy(s => s.Slug, StringComparer.Ordinal)],
            [.. pages.OrderBy(p => p.Slug, StringComparer.Ordinal)]);
    }
}
