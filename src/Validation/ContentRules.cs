namespace Samenleven.Validation;

/// <summary>
/// The rules that keep untrusted contributions safe and well-formed. Content arrives from strangers through pull requests:
/// no markup, no script URLs, no paths that climb out of the site.
/// </summary>
public static class ContentRules
{
    /// <summary>True when text contains something a browser would read as a tag or comment: <c>&lt;b</c>, <c>&lt;/</c>, <c>&lt;!</c>, <c>&lt;?</c>.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i < text.Length - 1; i = NextAngle(text, i))
        {
            var next = text[i + 1];
            if (char.IsAsciiLetter(next) || next is '/' or '!' or '?')
            {
                return true;
            }
        }

        return false;

        static int NextAngle(ReadOnlySpan<char> text, int from)
        {
            var j = text[(from + 1)..].IndexOf('<');
            return j < 0 ? -1 : from + 1 + j;
        }
    }

    /// <summary>
    /// The index of the first character a page or a feed cannot hold, or null: control characters other than tab and
    /// line breaks (they arrive invisibly, copied from PDFs and word processors), the non-characters U+FFFE and U+FFFF,
    /// and halves of a surrogate pair (a YAML escape can make one). An XML writer throws on any of them.
    /// </summary>
    public static int? ControlCharacter(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>A plausible e-mail address: one '@', a local part, a domain with a dot, no spaces or markup.</summary>
    public static bool IsValidEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
        {
            return false;
        }

        var domain = email.AsSpan(at + 1);
        if (domain.IndexOf('.') <= 0 || domain[^1] == '.' || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        // Characters a mailto: link would read as parameters or that no municipal address uses: "a@b.be?body=hi" is refused.
        foreach (var c in email)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or '\'' or '(' or ')' or ',' or ';' or ':' or '\\' or '[' or ']'
                or '?' or '&' or '=' or '#' or '/' or '%' or '!' or '*' or '^' or '`' or '{' or '}' or '|' or '~' or '$')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A phone number as written in Belgium: digits with spaces, dots, slashes, hyphens or brackets between them; a
    /// national number of 9 or 10 digits starting with 0, an international one starting with + or 00, or a short
    /// number such as 1700. Nothing that could become another kind of link (<c>javascript:alert(1)</c>).
    /// </summary>
    public static bool IsPhoneNumber(string phone)
    {
        var digits = 0;
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '.' or '/' or '-' or '(' or ')') && !(c == '+' && digits == 0))
            {
                return false;
            }
        }

        var compact = new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        return compact.StartsWith('+') ? digits is >= 8 and <= 15
            : compact.StartsWith("00", StringComparison.Ordinal) ? digits is >= 10 and <= 17
            : compact.StartsWith('0') ? digits is 9 or 10
            : compact.StartsWith('1') && digits == 4;
    }

    /// <summary>An absolute http(s) URL with a host.</summary>
    public static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && !url.Any(char.IsWhiteSpace);

    /// <summary>
    /// Why a link target in Markdown is refused, or null when it is fine. Allowed: http(s), mailto, tel, site paths
    /// (<c>/praktijken/x/</c>), relative paths and fragments. Refused: any other scheme (javascript:, data:, vbscript:, file:...),
    /// protocol-relative URLs and control characters, which browsers strip before reading the scheme.
    /// </summary>
    public static string? LinkProblem(string url)
    {
        var trimmed = url.Trim();
        foreach (var c in trimmed)
        {
            if (char.IsControl(c))
            {
                return "contains control characters";
            }
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\\\", StringComparison.Ordinal))
        {
            return "protocol-relative links are not allowed; write https://";
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return null;
        }

        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme switch
        {
            "https" or "http" => IsWebUrl(trimmed) ? null : "is not a valid web address",
            "mailto" or "tel" => null,
            _ => $"uses the '{scheme}:' scheme; only https:, http:, mailto: and tel: links are allowed",
        };
    }

    /// <summary>A normalized site path that is a page (<c>/x/y/</c>), not a file name such as <c>/index.html</c> or <c>/feed.xml/</c>.</summary>
    public static bool IsPagePath(string normalizedPath) =>
        normalizedPath.EndsWith('/') && !normalizedPath.TrimEnd('/').Split('/')[^1].Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// Normalizes a site path such as an alias (<c>/oud/pad</c> → <c>/oud/pad/</c>), or returns null when it is not a safe
    /// path inside the site: only a-z, 0-9, '-', '_', '.' and '/' segments, no '..', no scheme.
    /// </summary>
    public static string? NormalizeSitePath(string path)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        foreach (var segment in segments)
        {
            if (segment is "." or ".." || segment.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            {
                return null;
            }
        }

        var last = segments[^1];
        var isFile = last.EndsWith(".html", StringComparison.Ordinal) || last.EndsWith(".htm", StringComparison.Ordinal);
        return "/" + string.Join('/', segments) + (isFile ? "" : "/");
    }
}
