using Samenleven.Content;

namespace Samenleven.Validation;

/// <summary>Rules for the non-Markdown files in <c>input/</c> (images) and the references to them.</summary>
public static class StaticFileRules
{
    /// <summary>Images a practice may show; SVG is left out on purpose, as it can carry script.</summary>
    public static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif"];

    public const string ImageFolder = "input/afbeeldingen/";

    public static void Check(IReadOnlyList<string> staticFiles, ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var file in staticFiles)
        {
            if (!file.StartsWith(ImageFolder, StringComparison.Ordinal) || !ImageExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Error(DiagnosticCode.StaticFile, file, 1, 1, $"only images ({string.Join(", ", ImageExtensions)}) in {ImageFolder} may sit beside the Markdown files");
            }
            else if (!Slugs.IsValid(Path.GetFileNameWithoutExtension(file)))
            {
                diagnostics.Error(DiagnosticCode.StaticFile, file, 1, 1, "image file names must be slugs: lowercase letters a-z, digits and hyphens");
            }
        }

        var known = staticFiles.Select(f => "/" + f["input/".Length..]).ToHashSet(StringComparer.Ordinal);
        foreach (var practice in content.Practices)
        {
            if (practice.Image is { } image && image.Src.StartsWith('/') && !known.Contains(image.Src))
            {
                diagnostics.Error(DiagnosticCode.StaticFile, practice.SourcePath, 1, 1, $"the image {image.Src} does not exist: put it in {ImageFolder}");
            }
        }
    }
}
