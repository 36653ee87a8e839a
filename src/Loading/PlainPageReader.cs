using System.Collections.Frozen;
using Samenleven.Content;
using Samenleven.Markdown;

namespace Samenleven.Loading;

/// <summary>Reads a plain page such as <c>input/over.md</c>, served at <c>/over/</c>.</summary>
public sealed class PlainPageReader(ReferenceData reference, MarkdownConverter markdown) : DocumentReader(reference, markdown)
{
    private static readonly FrozenSet<string> KeySet = FrozenSet.Create(StringComparer.Ordinal, "title", "summary");

    public PlainPage? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var slug = SlugFromFileName(file.Path, diagnostics);
        if (Open(file, diagnostics) is not var (fields, frontMatter))
        {
            return null;
        }

        fields.RejectUnknownKeys(KeySet);
        var title = fields.Text("title", required: true, maxLength: 200);
        var summary = fields.Text("summary", maxLength: 300);
        var body = RenderBody(frontMatter, file.Path, diagnostics);
        return title is null ? null : new PlainPage { SourcePath = file.Path, Slug = slug, Title = title, Summary = summary, BodyHtml = body };
    }
}
