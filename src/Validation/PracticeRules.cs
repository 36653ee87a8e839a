using Samenleven.Content;

namespace Samenleven.Validation;

/// <summary>Rules that compare practices with each other, after each was read on its own.</summary>
public static class PracticeRules
{
    public static void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var slugs = content.Practices.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var practice in content.Practices)
        {
            if (practice.BasedOn is not { } basedOn)
            {
                continue;
            }

            if (basedOn.Slug == practice.Slug)
            {
                diagnostics.Error(DiagnosticCode.InvalidValue, practice.SourcePath, basedOn.Line, basedOn.Column, "'gebaseerd_op' names this practice itself");
            }
            else if (!slugs.Contains(basedOn.Slug))
            {
                var hint = Slugs.Closest(basedOn.Slug, slugs);
                diagnostics.Error(DiagnosticCode.UnknownReference, practice.SourcePath, basedOn.Line, basedOn.Column, hint is null
                    ? $"'gebaseerd_op' names no practice of this site: '{basedOn.Slug}' (use the file name of a practice, without .md)"
                    : $"'gebaseerd_op' names no practice of this site: '{basedOn.Slug}'; did you mean '{hint}'?");
            }
        }
    }
}
