using System.Text.Json;
using Samenleven.Output;
using Samenleven.Serve;
using Samenleven.Tests.Browser;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Serve;

/// <summary>The preview has search too: a practice saved in input/ is in the index after the rebuild, a removed one is not.</summary>
public sealed class PreviewSearchTests
{
    private static string Practice(string title, string word) => $"""
        ---
        title: {title}
        summary: Nieuwkomers oefenen Nederlands.
        gemeenten: [kortrijk]
        themas: [werk]
        toegevoegd: 2026-10-01
        ---
        Een {word} in de bibliotheek.
        """;

    [Fact]
    public async Task A_saved_practice_is_in_the_previews_index_after_the_rebuild_and_gone_after_its_removal()
    {
        await SearchSiteFixture.EnsurePagefindAsync();
        using var site = TestProject.Create($"""
            -- input/praktijken/de-babbelberg.md --
            {Practice("De Babbelberg", "taalcafé")}
            """);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "node_modules"), Path.Combine(Repository.Root, "node_modules"));
        var session = new PreviewSession(site.Root, OutputFolder.Check(site.Root, "output", out _)!, "http://127.0.0.1:5080/", []);

        var first = await session.BuildAsync();
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(1, PageCount(site));

        File.WriteAllText(Path.Combine(site.Root, "input", "praktijken", "buurtpraat.md"), Practice("Buurtpraat", "woordenwisseling"));
        var second = await session.BuildAsync();

        Assert.True(second.Succeeded, string.Join('\n', second.Diagnostics));
        Assert.Equal(2, PageCount(site));
        Assert.Contains("/pagefind/pagefind-entry.json", second.ChangedPaths);
        Assert.Contains(VocabularyWords(site), w => w == "woordenwisseling");

        File.Delete(Path.Combine(site.Root, "input", "praktijken", "buurtpraat.md"));
        var third = await session.BuildAsync();

        Assert.True(third.Succeeded, string.Join('\n', third.Diagnostics));
        Assert.Equal(1, PageCount(site));
        Assert.DoesNotContain(VocabularyWords(site), w => w == "woordenwisseling");
    }

    private static int PageCount(TestProject site)
    {
        using var entry = JsonDocument.Parse(site.Page("pagefind/pagefind-entry.json"));
        return entry.RootElement.GetProperty("languages").GetProperty("nl").GetProperty("page_count").GetInt32();
    }

    private static List<string> VocabularyWords(TestProject site)
    {
        using var vocabulary = JsonDocument.Parse(site.Page("pagefind/woorden.json"));
        return [.. vocabulary.RootElement.GetProperty("woorden").EnumerateArray().Select(w => w[0].GetString()!)]; // Every entry is [word, count].
    }
}
