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
            var (kind, municipality) = Classify(file.Path);
            switch (kind)
            {
                case Kind.Practice when _practices.Read(file, diagnostics) is { } practice:
                    practices.Add(practice);
                    break;
                case Kind.Service when _services.Read(file, municipality!, diagnostics) is { } service: // Classify sets the folder for services.
                    services.Add(service);
                    break;
                case Kind.Page when _pages.Read(file, diagnostics) is { } page:
                    pages.Add(page);
                    break;
                case Kind.Misplaced:
                    diagnostics.Error(file.Path, 1, 1,
                        "this file is in the wrong place: practices go in input/praktijken/, service pages in input/gemeenten/<gemeente>/, plain pages directly in input/");
                    break;
            }
        });

        // Ordinal: output must be byte-identical on every machine.
        return new ContentSet(
            [.. practices.OrderBy(p => p.Slug, StringComparer.Ordinal)],
            [.. services.OrderBy(s => s.MunicipalitySlug, StringComparer.Ordinal).ThenBy(s => s.Slug, StringComparer.Ordinal)],
            [.. pages.OrderBy(p => p.Slug, StringComparer.Ordinal)]);
    }
}
