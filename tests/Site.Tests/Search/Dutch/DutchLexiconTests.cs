using Samenleven.Search.Dutch;

namespace Samenleven.Tests.Search.Dutch;

/// <summary>Which entries of a Hunspell word list (lines as OpenTaal writes them) become words the splitter may use.</summary>
public sealed class DutchLexiconTests
{
    [Fact]
    public void Words_are_read_with_or_without_flags_and_the_count_line_is_no_word()
    {
        var lexicon = DutchLexicon.FromHunspellDic("""
            3
            armoede/CeCcC1
            alge
            jacuzzi/Zc	Opmerking: Jacuzzi® is een merk
            """);

        Assert.Equal(3, lexicon.Count);
        Assert.True(lexicon.Contains("armoede"));
        Assert.True(lexicon.Contains("alge"));
        Assert.True(lexicon.Contains("jacuzzi"));
        Assert.False(lexicon.Contains("3"));
    }

    [Theory]
    [InlineData("Kortrijk/PN")]
    [InlineData("€10-biljet/Ze")]
    [InlineData("16 metergebied")]
    [InlineData("aan laat")]
    [InlineData("d.w.z.")]
    [InlineData("auto's")]
    [InlineData("en\\/of")]
    [InlineData("cd-rom/Za")]
    [InlineData("pH")]
    public void Names_and_entries_with_digits_spaces_dots_apostrophes_or_hyphens_are_left_out(string entry)
    {
        var lexicon = DutchLexicon.FromHunspellDic($"2\n{entry}\nbeleid/CcCh\n");

        Assert.Equal(1, lexicon.Count);
        Assert.True(lexicon.Contains("beleid"));
    }

    [Fact]
    public void The_ij_ligature_of_the_word_list_is_spelled_as_two_letters_as_pages_spell_it()
    {
        var lexicon = DutchLexicon.FromHunspellDic("2\nbestrĳding/CcChZb\nwĳk/CaYbZb\n");

        Assert.True(lexicon.Contains("bestrijding"));
        Assert.True(lexicon.Contains("wijk"));
        Assert.False(lexicon.Contains("wĳk"));
    }

    [Fact]
    public void Words_the_list_marks_as_forbidden_are_no_words_even_when_another_entry_allows_them()
    {
        // Fw is OpenTaal's FORBIDDENWORD: misspellings and wrongly glued words.
        var lexicon = DutchLexicon.FromHunspellDic("4\narde/Fw\ntaxit/ZaFw\nkno/Fw\nkno/Za\n");

        Assert.Equal(0, lexicon.Count);
    }

    [Fact]
    public void Windows_line_endings_and_duplicate_entries_give_one_word()
    {
        var lexicon = DutchLexicon.FromHunspellDic("2\r\nwagen/Vi\r\nwagen/ZaYa\r\n");

        Assert.Equal(1, lexicon.Count);
        Assert.True(lexicon.Contains("wagen"));
    }

    [Fact]
    public void An_inline_word_list_must_be_lower_case_words()
    {
        Assert.Throws<ArgumentException>(() => DutchLexicon.FromWords(["armoede", "Kortrijk"]));
    }
}
