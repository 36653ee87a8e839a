using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>
/// The loading stage: reads the reference data, every content file (in parallel), the map, the static files and the
/// theme's assets from a <see cref="IProjectSource"/>. Per-file work only; what compares documents comes later.
/// </summary>
/// <param name="today">The day of the build, for warnings about dates that have aged; null leaves them out (tests).</param>
/// <param name="commits">The day of the last commit of each content file, when the project is a git checkout.</param>
public sealed class ProjectLoader(IProjectSource source, LoadCache? cache = null, DateOnly? today = null, IReadOnlyDictionary<string, DateOnly>? commits = null)
{
    /// <summary>The project, or null when its reference data is unusable (the diagnostics say why).</summary>
    public Project? Load(DiagnosticBag diagnostics)
    {
        // A link in a pull request could publish a file of the build machine: every one is reported, none is read.
        foreach (var link in ProjectPaths.Read.SelectMany(source.Links))
        {
            diagnostics.Error(DiagnosticCode.SymbolicLink, link, 1, 1, $"{link} is a symbolic link: the build does not follow links; put the file itself in the project");
        }

        var referenceFiles = ReadReferenceData(diagnostics);
        var reference = cache is null ? ReferenceDataReader.Read(referenceFiles, diagnostics) : cache.Reference(referenceFiles, diagnostics);
        if (reference is null)
        {
            return null;
        }

        var input = source.Files(ProjectPaths.Input);
        var markdown = input.Where(IsMarkdown).ToArray();
        var staticFiles = input.Where(p => !IsMarkdown(p)).ToImmutableArray();
        var content = new ContentLoader(reference, today).Load(source, markdown, diagnostics, cache);
        if (commits is not null)
        {
            content = content with { Practices = [.. content.Practices.Select(p => commits.TryGetValue(p.SourcePath, out var day) ? p with { Committed = day } : p)] };
        }

        var map = MapDataReader.Read(Read(MapDataReader.MapPath, diagnostics), reference, diagnostics);
        return new Project(reference, content, map, staticFiles, ReadThemeAssets(), ReadImageSizes(staticFiles))
        {
            FileSizes = staticFiles.ToDictionary(f => f[ProjectPaths.Input.Length..], source.Length, StringComparer.Ordinal),
            Thesaurus = ThesaurusReader.Read(Read(ThesaurusReader.Path, diagnostics), diagnostics),
        };
    }

    /// <summary>The reference data files that exist and can be read, by project path.</summary>
    public IReadOnlyDictionary<string, string> ReadReferenceData(DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in ReferenceDataReader.Paths)
        {
            if (Read(path, diagnostics) is { } text)
            {
                result[path] = text;
            }
        }

        return result;
    }

    /// <summary>A data file's text, or null when it is absent or refused (a link, not UTF-8: reported).</summary>
    private string? Read(string path, DiagnosticBag diagnostics)
    {
        if (!source.Exists(path))
        {
            return null;
        }

        try
        {
            return source.ReadText(path);
        }
        catch (ProjectFileException e)
        {
            diagnostics.Add(e.ToDiagnostic());
            return null;
        }
    }

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.Ordinal);

    private ImmutableArray<ThemeAsset> ReadThemeAssets()
    {
        var prefix = ProjectPaths.ThemeAssets + "/";
        return [.. source.Files(ProjectPaths.ThemeAssets).Select(path => new ThemeAsset(path[prefix.Length..], source.ReadBytes(path)))];
    }

    private Dictionary<string, ImageSize> ReadImageSizes(IEnumerable<string> staticFiles)
    {
        var sizes = new Dictionary<string, ImageSize>(StringComparer.Ordinal);
        var buffer = new byte[ImageSizeReader.HeaderBytes];
        foreach (var file in staticFiles)
        {
            var read = source.ReadStart(file, buffer);
            if (ImageSizeReader.Read(buffer.AsSpan(0, read)) is { } size)
            {
                sizes[file[ProjectPaths.Input.Length..]] = size;
            }
        }

        return sizes;
    }
}
