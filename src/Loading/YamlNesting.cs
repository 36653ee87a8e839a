namespace Samenleven.Loading;

/// <summary>
/// A look at YAML text before it is parsed. YamlDotNet builds nested nodes by recursion, so a file nested 100,000 levels
/// deep would overflow the stack and kill the process (and the preview with it): such text is refused before parsing.
/// It also finds the bracket that was opened and never closed, the usual cause of a parser that gives up without a place.
/// </summary>
public static class YamlNesting
{
    /// <summary>Deeper than any front matter needs; far below what overflows the stack.</summary>
    public const int MaxDepth = 32;

    /// <summary>Columns of indentation a legitimate file never reaches (each block level needs at least one).</summary>
    public const int MaxIndentation = 64;

    /// <summary>The 1-based line where <paramref name="yaml"/> nests deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static int? TooDeep(string yaml)
    {
        var flow = 0;
        var line = 1;
        foreach (var text in Lines(yaml))
        {
            var indentation = text.Length - text.TrimStart(' ').Length;
            if (indentation > MaxIndentation || LeadingIndicators(text.AsSpan(indentation)) > MaxDepth)
            {
                return line;
            }

            foreach (var (c, _) in Structure(text))
            {
                flow += c is '[' or '{' ? 1 : c is ']' or '}' ? -1 : 0;
                if (flow > MaxDepth)
                {
                    return line;
                }
            }

            line++;
        }

        return null;
    }

    /// <summary>The 1-based line and column of a <c>[</c> or <c>{</c> that no later bracket closes, or null.</summary>
    public static (int Line, int Column)? UnclosedBracket(string yaml)
    {
        var open = new Stack<(int Line, int Column)>();
        var line = 1;
        foreach (var text in Lines(yaml))
        {
            foreach (var (c, column) in Structure(text))
            {
                if (c is '[' or '{')
                {
                    open.Push((line, column));
                }
                else if (c is ']' or '}' && open.Count > 0)
                {
                    open.Pop();
                }
            }

            line++;
        }

        return open.Count > 0 ? open.ToArray()[^1] : null;
    }

    private static string[] Lines(string yaml) => yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>"- - - x" and "? ? x" nest one level per indicator on a single line.</summary>
    private static int LeadingIndicators(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (text.Length >= 2 && text[0] is '-' or '?' && text[1] == ' ')
        {
            count++;
            text = text[2..].TrimStart(' ');
        }

        return count;
    }

    /// <summary>The brackets of a line outside quotes and comments, with their 1-based column.</summary>
    private static IEnumerable<(char Bracket, int Column)> Structure(string text)
    {
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || text[i - 1] == ' '))
            {
                yield break;
            }
            else if (c is '[' or '{' or ']' or '}')
            {
                yield return (c, i + 1);
            }
        }
    }
}
