namespace Samenleven.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>
    /// Splits <c>---\n yaml \n---\n body</c>. Returns null when the file does not start with a front matter block;
    /// <paramref name="error"/> then says why, with the line to point at.
    /// </summary>
    public static FrontMatter? Split(string text, out (int Line, string Message) error)
    {
        error = default;
        var span = text.AsSpan();
        if (span.Length > 0 && span[0] == '\uFEFF')
        {
            span = span[1..];
        }

        if (!StartsWithFence(span))
        {
            error = (1, "the file must start with front matter: a line '---', the YAML keys, and a closing line '---'");
            return null;
        }

        var offset = text.Length - span.Length;
        var firstLineEnd = text.IndexOf('\n', offset);
        var yamlStart = firstLineEnd + 1;
        var line = 2;
        var position = yamlStart;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var content = text.AsSpan(position, lineEnd - position).TrimEnd('\r');
            if (content is "---" or "...")
            {
                var bodyStart = end < 0 ? text.Length : end + 1;
                return new FrontMatter(text[yamlStart..position], 2, text[bodyStart..], line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        error = (1, "the front matter is not closed: add a line '---' after the last key");
        return null;
    }

    private static bool StartsWithFence(ReadOnlySpan<char> span)
    {
        var newline = span.IndexOf('\n');
        var first = newline < 0 ? span : span[..newline];
        return first.TrimEnd('\r').TrimEnd(' ') is "---";
    }
}
