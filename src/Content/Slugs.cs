namespace Samenleven.Content;

/// <summary>Rules for slugs, the URL parts contributors choose through file and folder names.</summary>
public static class Slugs
{
    /// <summary>Lowercase a-z, 0-9 and single hyphens, not at the start or end: safe in any URL and file system.</summary>
    public static bool IsValid(string slug)
    {
        if (slug.Length is 0 or > 100 || slug[0] == '-' || slug[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < slug.Length; i++)
        {
            var c = slug[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && slug[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Turns a title into a slug: "Ik kom van ver!" becomes "ik-kom-van-ver".</summary>
    public static string FromTitle(string title)
    {
        // A fixed table rather than Unicode normalization: the build runs with invariant globalization (no ICU),
        // and a table gives the same slug on every machine.
        var sb = new System.Text.StringBuilder(title.Length);
        foreach (var ch in title)
        {
            var c = Fold(char.ToLowerInvariant(ch));
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark || c == '\'')
            {
                continue;
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ";
    private const string Plain = "aaaaaaceeeeiiiinoooooouuuuyy";

    private static char Fold(char c)
    {
        var i = Accented.IndexOf(c, StringComparison.Ordinal);
        return i >= 0 ? Plain[i] : c;
    }

    /// <summary>The closest known slug, for "did you mean" hints; null when nothing is close.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(input, candidate);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }

        // A suggestion further than a third of the word away is noise, not help.
        return best is not null && bestDistance <= Math.Max(2, input.Length / 3) ? best : null;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
