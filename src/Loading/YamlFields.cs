using System.Collections.Immutable;
using System.Globalization;
using Samenleven.Content;
using Samenleven.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Loading;

/// <summary>
/// Typed, position-aware access to one YAML mapping. Every problem becomes a <see cref="Diagnostic"/> on the line of the
/// offending key or value, and reading goes on so that one run reports everything.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _map = map;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalarKey)
            {
                _entries[name] = (scalarKey, value);
            }
            else
            {
                Error(DiagnosticCode.WrongType, key, "a key must be a plain name");
            }
        }
    }

    /// <summary>The content file the mapping is read from.</summary>
    public string Path => _path;

    /// <summary>Parses YAML text into its root mapping, or reports the syntax error with its place and returns null.</summary>
    public static YamlMappingNode? ParseMapping(string yaml, string path, int lineOffset, DiagnosticBag diagnostics, bool allowEmpty = false)
    {
        if (YamlNesting.TooDeep(yaml) is { } deep)
        {
            diagnostics.Error(DiagnosticCode.NestedTooDeeply, path, deep + lineOffset - 1, 1,
                $"the YAML nests more than {YamlNesting.MaxDepth} levels deep here (or is indented by more than {YamlNesting.MaxIndentation} spaces)");
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                if (!allowEmpty)
                {
                    diagnostics.Error(DiagnosticCode.FrontMatter, path, lineOffset, 1, "the front matter is empty");
                }

                return allowEmpty ? new YamlMappingNode() : null;
            }

            if (stream.Documents[0].RootNode is YamlMappingNode map)
            {
                return map;
            }

            var root = stream.Documents[0].RootNode;
            diagnostics.Error(DiagnosticCode.WrongType, path, (int)root.Start.Line + lineOffset - 1, (int)root.Start.Column, "expected 'key: value' lines");
            return null;
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            diagnostics.Error(DiagnosticCode.YamlSyntax, path, (int)e.Start.Line + lineOffset - 1, (int)e.Start.Column, $"YAML syntax error: {CleanMessage(message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The parser gave up without a place (YamlDotNet does so on some unclosed flow lists): point at the bracket
            // that was never closed, the usual cause, or else at the first line.
            var open = YamlNesting.UnclosedBracket(yaml);
            var (line, column) = open ?? (1, 1);
            diagnostics.Error(DiagnosticCode.YamlSyntax, path, line + lineOffset - 1, column, open is null
                ? "YAML syntax error: the YAML cannot be read"
                : "YAML syntax error: this list or group is opened here and never closed: add the closing ] or }");
            return null;
        }
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; we print the place ourselves.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return (marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message).TrimEnd('.');
    }

    /// <summary>The 1-based line of a node in the source file.</summary>
    public int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset - 1;

    public void Error(DiagnosticCode code, YamlNode node, string message) => _diagnostics.Error(code, _path, LineOf(node), (int)node.Start.Column, message);

    public void Warning(DiagnosticCode code, YamlNode node, string message) => _diagnostics.Warning(code, _path, LineOf(node), (int)node.Start.Column, message);

    /// <summary>The place of the key, or of the mapping itself when the key is missing.</summary>
    public void ErrorAtKey(DiagnosticCode code, string key, string message) => Error(code, KeyNode(key), message);

    /// <summary>A warning at the key, or at the mapping when the key is missing.</summary>
    public void WarningAtKey(DiagnosticCode code, string key, string message) => Warning(code, KeyNode(key), message);

    /// <summary>The place of the value: what a message about a wrong value points at (the key's place when there is no value).</summary>
    public void ErrorAtValue(DiagnosticCode code, string key, string message) => Error(code, ValueNode(key), message);

    /// <summary>A warning at the value, or at the key when there is no value.</summary>
    public void WarningAtValue(DiagnosticCode code, string key, string message) => Warning(code, ValueNode(key), message);

    private YamlNode ValueNode(string key) => _entries.TryGetValue(key, out var entry) && !IsEmpty(entry.Value) ? entry.Value : KeyNode(key);

    private YamlNode KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : _map;

    /// <summary>Reports keys outside <paramref name="allowed"/>, suggesting the closest allowed key.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed)
    {
        foreach (var (name, entry) in _entries)
        {
            if (!allowed.Contains(name))
            {
                var hint = Slugs.Closest(name, allowed);
                Error(DiagnosticCode.UnknownKey, entry.Key, hint is null
                    ? $"unknown key '{name}' (allowed: {string.Join(", ", allowed)})"
                    : $"unknown key '{name}': did you mean '{hint}'?");
            }
        }
    }

    /// <summary>The value node of a key, or null when the key is absent or empty (Decap writes emptied fields as null or "").</summary>
    public YamlNode? Node(string key, bool required = false)
    {
        if (_entries.TryGetValue(key, out var entry) && !IsEmpty(entry.Value))
        {
            return entry.Value;
        }

        if (required)
        {
            if (_entries.TryGetValue(key, out var empty))
            {
                Error(DiagnosticCode.MissingKey, empty.Key, $"'{key}' is required and may not be empty");
            }
            else
            {
                Error(DiagnosticCode.MissingKey, _map, $"missing required key '{key}'");
            }
        }

        return null;
    }

    /// <summary>Every value is empty: the group of keys Decap CMS saves for an optional group nobody filled in.</summary>
    public bool IsBlank => _entries.Values.All(e => IsEmpty(e.Value));

    public static bool IsEmpty(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } => true,
        YamlScalarNode { Value: null or "" } => true,
        YamlSequenceNode { Children.Count: 0 } => true,
        _ => false,
    };

    public string? Text(string key, bool required = false, int maxLength = 500)
    {
        var node = Node(key, required);
        return node is null ? null : AsText(node, key, maxLength);
    }

    /// <summary>A scalar as trimmed text; rejects lists and maps, overlong text and anything that looks like HTML.</summary>
    public string? AsText(YamlNode node, string key, int maxLength = 500)
    {
        if (node is not YamlScalarNode scalar)
        {
            Error(DiagnosticCode.WrongType, node, $"'{key}' must be a single text value");
            return null;
        }

        var text = (scalar.Value ?? "").Trim();
        if (ContentRules.ControlCharacter(text) is { } control)
        {
            Error(DiagnosticCode.ControlCharacter, node, $"'{key}' contains the invisible control character U+{(int)text[control]:X4} at character {control + 1}: delete it and type the text again");
        }

        if (text.Length > maxLength)
        {
            Error(DiagnosticCode.TooLong, node, $"'{key}' is {text.Length} characters long; at most {maxLength} are allowed");
        }

        if (ContentRules.LooksLikeHtml(text))
        {
            Error(DiagnosticCode.HtmlInText, node, $"'{key}' contains HTML; write plain text (HTML is never passed through to pages)");
        }

        return text;
    }

    public int? Number(string key, int min, int max)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(DiagnosticCode.WrongType, node, $"'{key}' must be a whole number from {min} to {max}");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } v } && DateOnly.TryParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(DiagnosticCode.WrongType, node, $"'{key}' must be a date written as YYYY-MM-DD (for example 2025-03-14), not '{(node as YamlScalarNode)?.Value}'");
        return null;
    }

    /// <summary>A list of text values; a single value is accepted as a list of one.</summary>
    public ImmutableArray<(string Value, YamlNode Node)> StringList(string key, bool required = false)
    {
        var node = Node(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return AsText(scalar, key) is { Length: > 0 } single ? [(single, scalar)] : [];
            case YamlSequenceNode sequence:
                var builder = ImmutableArray.CreateBuilder<(string, YamlNode)>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (IsEmpty(item))
                    {
                        continue;
                    }

                    if (AsText(item, key) is { Length: > 0 } text)
                    {
                        builder.Add((text, item));
                    }
                }

                return builder.ToImmutable();
            default:
                Error(DiagnosticCode.WrongType, node, $"'{key}' must be a list");
                return [];
        }
    }

    public YamlFields? Map(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return new YamlFields(map, _path, _lineOffset, _diagnostics);
        }

        Error(DiagnosticCode.WrongType, node, $"'{key}' must be a group of keys (indented 'key: value' lines)");
        return null;
    }

    /// <summary>The mappings of a list of groups, such as <c>links</c> or <c>openingsuren</c>.</summary>
    public ImmutableArray<YamlFields> MapList(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(DiagnosticCode.WrongType, node, $"'{key}' must be a list");
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<YamlFields>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map)
            {
                builder.Add(new YamlFields(map, _path, _lineOffset, _diagnostics));
            }
            else if (!IsEmpty(item))
            {
                Error(DiagnosticCode.WrongType, item, $"each entry of '{key}' must be a group of keys");
            }
        }

        return builder.ToImmutable();
    }
}
