using System.Diagnostics;
using System.Text.Json;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Search;

/// <summary>
/// "Bedoelde je …?" (themes/default/assets/search-suggest.js, a pure module) run in Node.js on a small stated
/// vocabulary: which word it offers for a typo, and when it offers none.
/// </summary>
public sealed class SearchSuggestTests
{
    private const string Vocabulary = """
        { "woorden": [["discriminatie", 5], ["taal", 9], ["buurt", 4], ["vrijwilliger", 3], ["armoede", 2], ["armada", 7], ["dienst", 6], ["diens", 1]],
          "termen": { "allochtonen": "mensen met een migratieachtergrond" } }
        """;

    [Theory]
    [InlineData("discriminaite", "discriminatie")] // two letters swapped: one edit
    [InlineData("diskriminatie", "discriminatie")]
    [InlineData("buurd", "buurt")]
    [InlineData("Taal en discriminaite", "taal en discriminatie")] // only the unknown word changes
    public async Task A_misspelt_word_gets_the_nearest_word_of_the_index(string query, string expected)
    {
        var result = await SuggestAsync(query);

        Assert.Equal(expected, result.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Among_words_as_near_the_most_frequent_wins()
    {
        // "armoda" is one edit from "armada" (7 times) and two from "armoede" (2 times): nearer wins first.
        Assert.Equal("armada", (await SuggestAsync("armoda")).GetProperty("suggestion").GetString());
        // "dienst" (6 times) and "diens" (once) are both one edit from "dient": the frequent one.
        Assert.Equal("dienst", (await SuggestAsync("dient")).GetProperty("suggestion").GetString());
    }

    [Theory]
    [InlineData("taal")] // known
    [InlineData("vrijwilligers")] // a known word with an ending: stemming finds it
    [InlineData("xyzzyq")] // nothing near
    [InlineData("arm")] // too short to guess from
    public async Task A_known_or_hopeless_word_gets_no_suggestion(string query)
    {
        var result = await SuggestAsync(query);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task A_dated_word_names_the_term_the_site_uses()
    {
        var result = await SuggestAsync("Allochtonen");

        var siteTerm = result.GetProperty("siteTerm");
        Assert.Equal("Allochtonen", siteTerm.GetProperty("typed").GetString());
        Assert.Equal("mensen met een migratieachtergrond", siteTerm.GetProperty("used").GetString());
        Assert.Equal(JsonValueKind.Null, (await SuggestAsync("taal")).GetProperty("siteTerm").ValueKind);
    }

    private static async Task<JsonElement> SuggestAsync(string query)
    {
        var module = new Uri(Path.Combine(Repository.Root, "themes", "default", "assets", "search-suggest.js")).AbsoluteUri;
        var script = $"const {{ suggest, prepare }} = await import({JsonSerializer.Serialize(module)}); process.stdout.write(JSON.stringify(suggest(process.argv[1], prepare({Vocabulary}))));";
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--input-type=module", "--no-warnings", "--eval", script, query })
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start)!; // Start returns null only for shell-executed documents.
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await errors);
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
