using Samenleven.Content;
using Samenleven.Site;

namespace Samenleven.Cms;

/// <summary>The editor's page at <c>/admin/</c> and the security policy it needs.</summary>
public static class AdminPage
{
    /// <summary>
    /// The Content-Security-Policy the editor needs, for the host's headers (netlify.toml / _headers) and the preview
    /// server. Measured with Decap CMS 3.16.3 in Chromium (tests/Site.Tests/Cms/CmsRoundTripTests.cs): it validates
    /// its configuration with ajv, which compiles schemas with <c>new Function</c> (<c>'unsafe-eval'</c>, else the editor
    /// stays blank with an EvalError), its emotion styles are inline (<c>style-src 'unsafe-inline'</c>), its two
    /// WebAssembly files need <c>'wasm-unsafe-eval'</c>, previews of uploaded images are <c>blob:</c>/<c>data:</c> URLs, and the GitHub backend
    /// talks to api.github.com, shows avatars from avatars.githubusercontent.com and signs in through a pop-up at
    /// <paramref name="authOrigin"/> (Netlify's OAuth provider by default).
    /// </summary>
    public static string ContentSecurityPolicy(string authOrigin = "https://api.netlify.com", string extraConnect = "") =>
        string.Join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
            "font-src 'self' data:",
            $"connect-src 'self' https://api.github.com {authOrigin}{(extraConnect.Length > 0 ? " " + extraConnect : "")}",
            "frame-src 'self' blob:",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /// <summary>No inline script or style, so the strict policy above holds; noindex although robots.txt also disallows /admin/.</summary>
    /// <param name="stylesheetHref">The site's stylesheet relative to <c>/admin/</c>, for the preview (see <see cref="AdminPreview"/>).</param>
    public static string Html(string siteTitle, SiteLanguage language, string? stylesheetHref = null) => $"""
        <!doctype html>
        <html lang="{language.Tag}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>{Texts.AdminTitle} · {System.Net.WebUtility.HtmlEncode(siteTitle)}</title>
        <link rel="cms-config-url" type="text/yaml" href="config.yml">
        {(stylesheetHref is null ? "" : $"<meta name=\"{AdminPreview.StylesheetMeta}\" content=\"{System.Net.WebUtility.HtmlEncode(stylesheetHref)}\">")}
        </head>
        <body>
        <noscript><p>{Texts.AdminNoScript}</p></noscript>
        <script src="{DecapBundle.EntryFile}"></script>
        <script src="{AdminPreview.ScriptFile}"></script>
        </body>
        </html>

        """;
}
