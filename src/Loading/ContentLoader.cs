using System.Collections.Concurrent;
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

    /// <summary>Reads one file into its document, or null (with diagnostics in <paramref name="local"/>) when it has errors.</summary>
    private object? Read(SourceFile file, DiagnosticBag local)
    {
        var (kind, municipality) = Classify(file.Path);
        object? document = kind switch
        {
            Kind.Practice => _practices.Read(file, local),
            Kind.Service => _services.Read(file, municipality!, local), // Classify sets the folder for services.
            Kind.Page => _pages.Read(file, local),
            _ => null,
        };
        if (kind == Kind.Misplaced)
        {
            local.Error(file.Path, 1, 1,
                "this file is in the wrong place: practices go in input/praktijken/, service pages in input/gemeenten/<gemeente>/, plain pages directly in input/");
        }

        return local.HasErrors ? null : document;
    }

    /// <summary>Reads every file; with a <see cref="LoadCache"/> (preview), files whose text is unchanged are taken from it, not read again.</summary>
    public ContentSet Load(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        var practices = new ConcurrentBag<Practice>();
        var services = new ConcurrentBag<ServicePage>();
        var pages = new ConcurrentBag<PlainPage>();

        Parallel.ForEach(files, file =>
        {
            // Each file gets its own bag: a document with an error is reported but left out of the site, so later
            // stages only ever see valid documents and can still report cross-document problems among those.
            var local = new DiagnosticBag();
            object? document;
            if (cache is null)
            {
                document = Read(file, local);
            }
            else
            {
                // Read the text once: the cache compares it, and the reader parses the same string.
                var loaded = new SourceFile(file.Path, file.ReadText());
                if (!cache.TryGet(loaded, local, out document))
                {
                    document = Read(loaded, local);
                    cache.Store(loaded, document, local);
                }
            }

            switch (document)
            {
                case Practice practice:
                    practices.Add(practice);
                    break;
                case ServicePage service:
                    services.Add(service);
                    break;
                case PlainPage page:
                    pages.Add(page);
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
