using System.Globalization;
using System.Text;

namespace Samenleven.Tests.Support;

/// <summary>Practice files for tests that need many: valid, dated one day apart, in the default test data's vocabulary.</summary>
internal static class Practices
{
    /// <summary>
    /// <paramref name="count"/> practices <c>praktijk-001</c>… in <paramref name="municipality"/> about <paramref name="theme"/>,
    /// the first added on 2026-01-01 and each next one a day later (so the last is the newest).
    /// </summary>
    public static string Many(int count, string municipality = "leuven", string theme = "werk")
    {
        var files = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var added = new DateOnly(2026, 1, 1).AddDays(i - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            files.Append(CultureInfo.InvariantCulture, $"""
                -- input/praktijken/praktijk-{i:000}.md --
                ---
                title: Praktijk {i}
                summary: Samenvatting {i}.
                gemeenten: [{municipality}]
                themas: [{theme}]
                toegevoegd: {added}
                ---
                Tekst {i}.

                """);
        }

        return files.ToString();
    }
}
