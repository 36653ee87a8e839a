using Samenleven.Content;

namespace Samenleven.Validation;

/// <summary>Rules for the non-Markdown files in <c>input/</c> (images, attachments) and the references to them.</summary>
public static class StaticFileRules
{
    /// <summary>Images a practice may show; SVG is left out on purpose, as it can carry script.</summary>
    public static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif"];

    /// <summary>Documents a practice may attach: reports, forms, tables and slides, as PDF or office files.</summary>
    public static readonly string[] AttachmentExtensions = [".pdf", ".docx", ".odt", ".xlsx", ".ods", ".pptx", ".odp"];

    public const string ImageFolder = "input/afbeeldingen/";
    public const string AttachmentFolder = "input/bijlagen/";

    /// <summary>The site path attachments are published under.</summary>
    public const string AttachmentPrefix = "/bijlagen/";

    public static void Check(IReadOnlyList<string> staticFiles, ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var file in staticFiles)
        {
            var isImage = file.StartsWith(ImageFolder, StringComparison.Ordinal) && ImageExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase));
            var isAttachment = file.StartsWith(AttachmentFolder, StringComparison.Ordinal) && AttachmentExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase));
            if (!isImage && !isAttachment)
            {
                diagnostics.Error(DiagnosticCode.StaticFile, file, 1, 1,
                    $"only images ({string.Join(", ", ImageExtensions)}) in {ImageFolder} and documents ({string.Join(", ", AttachmentExtensions)}) in {AttachmentFolder} may sit beside the Markdown files");
            }
            else if (!Slugs.IsValid(Path.GetFileNameWithoutExtension(file)))
            {
                diagnostics.Error(DiagnosticCode.StaticFile, file, 1, 1, "file names must be slugs: lowercase letters a-z, digits and hyphens");
            }
        }

        var known = staticFiles.Select(f => "/" + f["input/".Length..]).ToHashSet(StringComparer.Ordinal);
        foreach (var practice in content.Practices)
        {
            if (practice.Image is { } image && image.Src.StartsWith('/') && !known.Contains(image.Src))
            {
                diagnostics.Error(DiagnosticCode.StaticFile, practice.SourcePath, image.Line, image.Column, $"the image {image.Src} does not exist: put it in {ImageFolder}");
            }

            foreach (var attachment in practice.Attachments.Where(a => !known.Contains(a.Path)))
            {
                diagnostics.Error(DiagnosticCode.StaticFile, practice.SourcePath, attachment.Line, attachment.Column, $"the attachment {attachment.Path} does not exist: put it in {AttachmentFolder}");
            }
        }
    }
}
