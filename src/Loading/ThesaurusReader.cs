using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Loading;

/// <summary>Reads <c>data/synoniemen.yml</c>, the search's thesaurus: a list of entries, each a mapping of word lists.</summary>
public static class ThesaurusReader
{
    public const string Path = "data/synoniemen.yml";

    private static readonly FrozenSet<string> Keys = FrozenSet.Create(StringComparer.Ordinal, "termen", "zoektermen", "verouderd", "themas", "doelgroepen");

    /// <summary>The thesaurus in <paramref name="text"/>; empty (with diagnostics) when it is unusable, empty when there is no file.</summary>
    public static Thesaurus Read(string? text, DiagnosticBag diagnostics)
    {
        if (text is null)
        {
            return Thesaurus.Empty;
        }

        YamlSequenceNode? sequence;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                return Thesaurus.Empty;
            }

            sequence = stream.Documents[0].RootNode as YamlSequenceNode;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            diagnostics.Error(DiagnosticCode.YamlSyntax, Path, (int)e.Start.Line, (int)e.Start.Column, $"YAML syntax error: {e.Message}");
            return Thesaurus.Empty;
        }

        if (sequence is null)
        {
            diagnostics.Error(DiagnosticCode.ReferenceData, Path, 1, 1, "expected a list of entries ('- termen: [...]')");
            return Thesaurus.Empty;
        }

        var entries = ImmutableArray.CreateBuilder<ThesaurusEntry>();
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode map)
            {
                diagnostics.Error(DiagnosticCode.WrongType, Path, (int)node.Start.Line, (int)node.Start.Column, "an entry must be a mapping with 'termen' and 'zoektermen'");
                continue;
            }

            var fields = new YamlFields(map, Path, 1, diagnostics);
            fields.RejectUnknownKeys(Keys);
            var terms = Words(fields, "termen");
            var searchTerms = Words(fields, "zoektermen");
            var line = fields.LineOf(map);
            if (terms.IsEmpty || searchTerms.IsEmpty)
            {
                diagnostics.Error(DiagnosticCode.ThesaurusEntryEmpty, Path, line, (int)map.Start.Column,
                    "an entry needs the words the site uses ('termen') and the words readers type for them ('zoektermen'), each a list of at least one word");
                continue;
            }

            entries.Add(new ThesaurusEntry(terms, searchTerms)
            {
                Dated = Words(fields, "verouderd"),
                Themes = Words(fields, "themas"),
                TargetGroups = Words(fields, "doelgroepen"),
                Line = line,
            });
        }

        return new Thesaurus(entries.ToImmutable());
    }

    private static ImmutableArray<string> Words(YamlFields fields, string key) => [.. fields.StringList(key).Select(w => w.Value.Trim()).Where(w => w.Length > 0)];
}
