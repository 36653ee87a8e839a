using System.Text.RegularExpressions;
using Samenleven.Content;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Content;

/// <summary>Every code a contributor can see is explained in docs/diagnostics.md, and the page explains no code that does not exist.</summary>
public sealed partial class DiagnosticCodeTests
{
    [Fact]
    public void Every_code_has_a_section_in_the_reference_page_in_order()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));
        var documented = Section().Matches(page).Select(m => m.Groups["code"].Value).ToArray();

        Assert.Equal(Enum.GetValues<DiagnosticCode>().Select(c => c.Id()), documented);
    }

    [Fact]
    public void A_diagnostic_prints_its_place_severity_code_and_message()
    {
        var diagnostic = Diagnostic.Error(DiagnosticCode.UnknownReference, "input/praktijken/x.md", 4, 21, "unknown theme 'wrek'");

        Assert.Equal("input/praktijken/x.md:4:21: error SID0008: unknown theme 'wrek'", diagnostic.ToString());
    }

    [GeneratedRegex(@"^## (?<code>SID\d{4}):", RegexOptions.Multiline)]
    private static partial Regex Section();
}
