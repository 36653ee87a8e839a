using System.Collections.Frozen;
using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>Reads a plain page such as <c>input/over.md</c>, served at <c>/over/</c>.</summary>
public static class PlainPageReader
{
    private static readonly FrozenSet<string> KeySet = FrontMatterKeys.Page.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The plain page that is the site's accessibility statement: <c>check</c> watches the age of its evaluation.</summary>
    public const string AccessibilitySlug = "toegankelijkheid";

    /// <param name="today">The day of the check; with it, an accessibility statement evaluated over a year ago is a warning.</param>
    public static PlainPage? Read(SourceFile file, DiagnosticBag diagnostics, DateOnly? today = null)
    {
        var slug = DocumentReader.SlugFromFileName(file.Path, diagnostics);
        if (DocumentReader.Open(file, diagnostics) is not var (fields, body))
        {
            return null;
        }

        fields.RejectUnknownKeys(KeySet);
        var title = fields.Text("title", required: true, maxLength: 200);
        var summary = fields.Text("summary", maxLength: 300);
        var evaluated = fields.Date("geevalueerd");
        if (slug == AccessibilitySlug && today is { } now)
        {
            if (evaluated is null)
            {
                diagnostics.Warning(DiagnosticCode.AccessibilityEvaluationOld, file.Path, 1, 1,
                    "the accessibility statement does not say when the site was evaluated: add 'geevalueerd' with the day of the last audit");
            }
            else if (evaluated < now.AddYears(-1))
            {
                fields.WarningAtValue(DiagnosticCode.AccessibilityEvaluationOld, "geevalueerd",
                    $"the accessibility statement was last evaluated on {evaluated:yyyy-MM-dd}, more than a year ago: evaluate the site again and update 'geevalueerd'");
            }
        }

        return title is null ? null : new PlainPage { SourcePath = file.Path, Slug = slug, Title = title, Summary = summary, Body = body, Evaluated = evaluated };
    }
}
