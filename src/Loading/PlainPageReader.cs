using System.Collections.Frozen;
using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>Reads a plain page such as <c>input/over.md</c>, served at <c>/over/</c>.</summary>
public static class PlainPageReader
{
    private static readonly FrozenSet<string> KeySet = FrontMatterKeys.Page.ToFrozenSet(StringComparer.Ordinal);

    public static PlainPage? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var slug = DocumentReader.SlugFromFileName(file.Path, diagnostics);
        if (DocumentReader.Open(file, diagnostics) is not var (fields, body))
        {
            return null;
        }

        fields.RejectUnknownKeys(KeySet);
        var title = fields.Text("title", required: true, maxLength: 200);
        var summary = fields.Text("summary", maxLength: 300);
        return title is null ? null : new PlainPage { SourcePath = file.Path, Slug = slug, Title = title, Summary = summary, Body = body };
    }
}
