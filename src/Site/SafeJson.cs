using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Samenleven.Site;

/// <summary>
/// How the site writes JSON (JSON-LD in pages, open data files): safe to embed in HTML whatever the content says, and the
/// same bytes on every machine.
/// </summary>
public static class SafeJson
{
    /// <summary>
    /// Escapes the characters that matter in HTML (<c>&lt; &gt; &amp; ' "</c> and more) as <c>\u003C</c> and the like, so a
    /// title containing <c>&lt;/script&gt;</c> cannot end the script element; leaves letters such as é readable.
    /// </summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions Compact = new() { Encoder = Encoder, WriteIndented = false };

    // NewLine fixed: the default is the machine's, and output must be byte-identical everywhere.
    private static readonly JsonSerializerOptions Indented = new() { Encoder = Encoder, WriteIndented = true, IndentSize = 2, NewLine = "\n" };

    /// <summary>The same indented format for writers that stream (see <see cref="SiteFiles.OpenData"/>).</summary>
    public static System.Text.Json.JsonWriterOptions IndentedWriter { get; } = new() { Encoder = Encoder, Indented = true, IndentSize = 2, NewLine = "\n" };

    /// <summary>On one line, for a <c>&lt;script type="application/ld+json"&gt;</c> block.</summary>
    public static string ToCompact(JsonNode node) => node.ToJsonString(Compact);

    /// <summary>Indented with two spaces and ending in a newline, for files people may read.</summary>
    public static string ToIndented(JsonNode node) => node.ToJsonString(Indented) + "\n";

    /// <summary>Adds <paramref name="key"/> only when <paramref name="value"/> is present (JSON-LD leaves unknown facts out).</summary>
    public static JsonObject AddIfPresent(this JsonObject json, string key, JsonNode? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }

        return json;
    }
}
