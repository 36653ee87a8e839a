using System.Text;
using System.Text.Json;
using Samenleven.Content;

namespace Samenleven.Search;

/// <summary>
/// The words of the index with how often the site uses them: what "Bedoelde je …?" may suggest. Written next to the
/// index as <see cref="FileName"/>, loaded by the browser only when a query finds little.
/// </summary>
public sealed class SearchVocabulary
{
    /// <summary>The file in the index folder.</summary>
    public const string FileName = "woorden.json";

    /// <summary>Shorter words are left out: a typo in a three-letter word has too many neighbours to guess from.</summary>
    public const int MinimumLength = 4;

    /// <summary>At most this many words, the most frequent first: the file stays small on a site of 10,000 practices.</summary>
    public const int MaximumWords = 12_000;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string word)
    {
        if (word.Length < MinimumLength || !word.All(char.IsLetter))
        {
            return;
        }

        _counts[word] = _counts.GetValueOrDefault(word) + 1;
    }

    public int Count => _counts.Count;

    /// <summary>
    /// The file: <c>{"woorden":[["word",count],…],"termen":{"typed":"used",…}}</c>, words ordered by count then ordinal,
    /// the thesaurus's search terms included (so a typo of one is corrected too) and its dated terms mapped to the term
    /// the site uses. Deterministic: the same site gives the same bytes.
    /// </summary>
    public byte[] ToJson(Thesaurus thesaurus)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        var counts = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        var siteTerms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in thesaurus.Entries)
        {
            foreach (var term in entry.SearchTerms)
            {
                var key = Key(term);
                if (key.Length >= MinimumLength && !key.Contains(' ', StringComparison.Ordinal) && !counts.ContainsKey(key))
                {
                    counts[key] = 1;
                }
            }

            foreach (var dated in entry.Dated)
            {
                siteTerms.TryAdd(Key(dated), entry.Terms[0]);
            }
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("woorden");
            foreach (var (word, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaximumWords))
            {
                json.WriteStartArray();
                json.WriteStringValue(word);
                json.WriteNumberValue(count);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartObject("termen");
            foreach (var (typed, used) in siteTerms)
            {
                json.WriteString(typed, used);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A search term as a reader types it, in the form the suggestion compares: its words, lower case, one space apart.</summary>
    public static string Key(string term) => string.Join(' ', SearchRecordBuilder.Tokenize(term));

    /// <summary>For tests and logs.</summary>
    public override string ToString() => Encoding.UTF8.GetString(ToJson(Thesaurus.Empty));
}
