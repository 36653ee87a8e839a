using System.Collections.Concurrent;
using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>
/// Turns the files of <c>input/</c> into typed, validated documents. Per-document work only, so it runs in parallel;
/// everything that compares documents happens later, in the site model.
/// </summary>
public sealed class ContentLoader
{
    private readonly PracticeReader _practices;
    private readonly ServicePageReader _services;
    private readonly DateOnly? _today;

    public ContentLoader(ReferenceData reference, DateOnly? today = null)
    {
        _practices = new PracticeReader(reference, today);
        _today = today;
        _services = new ServicePageReader(reference);
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

    /// <summary>
    /// One file's document, from the cache when its text is unchanged; null (with diagnostics) when it has errors. No
    /// fault in one contributor's file may stop the build: whatever goes wrong is reported at that file.
    /// </summary>
    private object? Load(IProjectSource source, string path, DiagnosticBag local, LoadCache? cache)
    {
        try
        {
            var file = new SourceFile(path, source.ReadText(path));
            if (file.Text.Length > MaxFileLength)
            {
                local.Error(DiagnosticCode.FileTooLarge, path, 1, 1, $"this file has {file.Text.Length} characters; a content file may have at most {MaxFileLength}");
                return null;
            }

            if (cache is not null && cache.TryGet(file, local, out var cached))
            {
                return cached;
            }

            var document = Read(file, local);
            cache?.Store(file, document, local);
            return document;
        }
        catch (ProjectFileException e)
        {
            local.Add(e.ToDiagnostic());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            local.Error(DiagnosticCode.BuildFault, path, 1, 1, $"this file could not be read ({e.GetType().Name}: {e.Message})");
        }

        return null;
    }

    /// <summary>A content file's limit, in characters: a practice is a description, not an archive (about 1 MB).</summary>
    public const int MaxFileLength = 1_000_000;

    /// <summary>Reads one file into its document, or null (with diagnostics in <paramref name="local"/>) when it has errors.</summary>
    private object? Read(SourceFile file, DiagnosticBag local)
    {
        var (kind, municipality) = Classify(file.Path);
        object? document = kind switch
        {
            Kind.Practice => _practices.Read(file, local),
            Kind.Service => _services.Read(file, municipality!, local), // Classify sets the folder for services.
            Kind.Page => PlainPageReader.Read(file, local, _today),
            _ => null,
        };
        if (kind == Kind.Misplaced)
        {
            local.Error(DiagnosticCode.MisplacedFile, file.Path, 1, 1,
                "this file is in the wrong place: practices go in input/praktijken/, service pages in input/gemeenten/<gemeente>/, plain pages directly in input/");
        }

        return local.HasErrors ? null : document;
    }

    /// <summary>
    /// Reads every file at <paramref name="paths"/> of <paramref name="source"/>; with a <see cref="LoadCache"/> (preview),
    /// files whose text is unchanged are taken from it, not parsed again.
    /// </summary>
    public ContentSet Load(IProjectSource source, IReadOnlyList<string> paths, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        cache?.BeginLoad(paths);
        var practices = new ConcurrentBag<Practice>();
        var services = new ConcurrentBag<ServicePage>();
        var pages = new ConcurrentBag<PlainPage>();

        // Each file is read when its turn comes, so only the files being parsed are in memory as whole texts.
        Parallel.ForEach(paths, path =>
        {
            // Each file gets its own bag: a document with an error is reported but left out of the site, so later
            // stages only ever see valid documents and can still report cross-document problems among those.
            var local = new DiagnosticBag();
            var document = Load(source, path, local, cache);

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
