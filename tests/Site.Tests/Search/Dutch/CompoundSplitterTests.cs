using Samenleven.Search.Dutch;

namespace Samenleven.Tests.Search.Dutch;

/// <summary>Which parts of a Dutch compound a search finds it by, with a small word list stated in the test.</summary>
public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter Splitter = new(DutchLexicon.FromWords(
    [
        "kans", "armoede", "kansarmoede", "bestrijding",
        "expertise", "centrum",
        "beleid", "plan",
        "woon", "wagen", "woonwagen", "bewoners",
        "ziek", "huis", "boek", "kast", "paard", "bloem",
        "arm", "kan", "toren", "kantoor", "in",
    ]));

    [Fact]
    public void Kansarmoedebestrijding_is_found_by_its_two_words_and_by_the_words_inside_them()
    {
        // Given a word list that knows kansarmoede, bestrijding, kans and armoede
        // When the compound is split
        var parts = Splitter.Parts("kansarmoedebestrijding");

        // Then a reader searching any of them finds it, the longest parts first
        Assert.Equal<string>(["bestrijding", "kansarmoede", "armoede", "kans"], parts);
    }

    [Fact]
    public void Expertisecentrum_is_found_by_centrum()
    {
        var parts = Splitter.Parts("expertisecentrum");

        Assert.Equal<string>(["expertise", "centrum"], parts);
    }

    [Fact]
    public void Beleidsplan_is_found_by_beleid_without_its_linking_s()
    {
        var parts = Splitter.Parts("beleidsplan");

        Assert.Equal<string>(["beleid", "plan"], parts);
    }

    [Fact]
    public void Woonwagenbewoners_is_found_by_wagen_and_by_bewoners()
    {
        // Given woonwagen + bewoners (two pieces) and woon + wagen + bewoners (three)
        var parts = Splitter.Parts("woonwagenbewoners");

        // Then the split with fewer pieces is taken, and woonwagen is split in its turn
        Assert.Equal<string>(["woonwagen", "bewoners", "wagen", "woon"], parts);
    }

    [Theory]
    [InlineData("ziekenhuis", "ziek", "huis")]
    [InlineData("boekenkast", "boek", "kast")]
    [InlineData("paardebloem", "paard", "bloem")] // The linking e of the spelling before 2005, still found in older texts.
    public void A_linking_en_or_e_between_two_words_is_no_part(string word, string first, string second)
    {
        var parts = Splitter.Parts(word);

        Assert.Equal(new HashSet<string>([first, second], StringComparer.Ordinal), parts.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Armoede_is_not_split_into_arm_and_oede()
    {
        // Given a word list that knows arm
        // When armoede is split
        var parts = Splitter.Parts("armoede");

        // Then a search for arm does not find every page about poverty
        Assert.Empty(parts);
    }

    [Fact]
    public void A_piece_shorter_than_four_letters_makes_no_split()
    {
        // Given kan and toren are both known words
        // When kantoren (offices) is split
        var parts = Splitter.Parts("kantoren");

        // Then it is not "kan" + "toren": a search for toren does not find offices
        Assert.Empty(parts);
    }

    [Fact]
    public void A_word_made_of_unknown_pieces_has_no_parts()
    {
        Assert.Empty(Splitter.Parts("zorgzaamheid"));
    }

    [Fact]
    public void A_known_word_without_known_pieces_is_not_split_into_itself()
    {
        Assert.Empty(Splitter.Parts("bestrijding"));
    }

    [Fact]
    public void A_known_word_that_is_also_a_compound_is_split_but_never_into_itself()
    {
        var parts = Splitter.Parts("kansarmoede");

        Assert.Equal<string>(["armoede", "kans"], parts);
    }

    [Fact]
    public void A_hyphen_is_left_to_the_tokenizer()
    {
        Assert.Empty(Splitter.Parts("armoede-bestrijding"));
    }

    [Fact]
    public void Of_two_splits_with_as_many_pieces_the_one_with_the_longest_first_piece_wins()
    {
        // Given kansarmoede + bestrijding and kans + armoedebestrijding are both splits of two known words
        var splitter = new CompoundSplitter(DutchLexicon.FromWords(["kans", "armoede", "kansarmoede", "bestrijding", "armoedebestrijding"]));

        // When the compound is split
        var parts = splitter.Parts("kansarmoedebestrijding");

        // Then the first is taken, whatever the order in which the words were listed
        Assert.Equal<string>(["bestrijding", "kansarmoede", "armoede", "kans"], parts);
    }

    [Fact]
    public void Every_splitter_on_every_thread_gives_the_same_parts_in_the_same_order()
    {
        // Given the same words, listed in another order, and many threads asking at once
        var words = new[] { "woonwagenbewoners", "kansarmoedebestrijding", "beleidsplan", "expertisecentrum", "ziekenhuis" };
        var expected = words.Select(w => string.Join(' ', Splitter.Parts(w))).ToArray();
        var reversed = new CompoundSplitter(DutchLexicon.FromWords(
            ["in", "kantoor", "toren", "kan", "arm", "bloem", "paard", "kast", "boek", "huis", "ziek", "bewoners", "woonwagen", "wagen", "woon",
             "plan", "beleid", "centrum", "expertise", "bestrijding", "kansarmoede", "armoede", "kans"]));

        // When they all split the same words
        var results = new string[200][];
        Parallel.For(0, results.Length, i => results[i] = [.. words.Select(w => string.Join(' ', reversed.Parts(w)))]);

        // Then the answers are identical
        Assert.All(results, result => Assert.Equal(expected, result));
    }
}
