using System.Globalization;
using System.Text.Json;

namespace Samenleven.Tests.Support;

/// <summary>
/// Checks a JSON document against the part of JSON Schema that <c>praktijken.schema.json</c> uses: type, required,
/// properties, additionalProperties: false, items, enum, const, minimum, pattern, and the formats uri and date. Anything else in
/// the schema is reported, so the schema cannot quietly grow beyond what is checked.
/// </summary>
internal static class SchemaValidator
{
    private static readonly HashSet<string> Understood = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "title", "description", "type", "required", "properties", "additionalProperties", "items", "enum", "const", "minimum", "pattern", "format",
    };

    /// <summary>Every violation as "path: problem"; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject().Where(p => !Understood.Contains(p.Name)))
        {
            errors.Add($"{path}: the schema uses '{keyword.Name}', which this validator does not check");
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : [type.GetString()!];
            if (!allowed.Any(t => IsOfType(value, t)))
            {
                errors.Add($"{path}: is {value.ValueKind}, not {string.Join(" or ", allowed)}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {choices.GetRawText()}");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: must be {constant.GetRawText()}");
        }

        if (schema.TryGetProperty("minimum", out var minimum) && value.ValueKind == JsonValueKind.Number && value.GetDouble() < minimum.GetDouble())
        {
            errors.Add($"{path}: is below {minimum.GetRawText()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String
            && !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, pattern.GetString()!, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern.GetString()}");
        }

        if (schema.TryGetProperty("format", out var format) && value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            var ok = format.GetString() switch
            {
                "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
                "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                var other => throw new InvalidOperationException($"unknown format {other}"),
            };
            if (!ok)
            {
                errors.Add($"{path}: '{text}' is not a {format.GetString()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var key in required.EnumerateArray().Select(k => k.GetString()!).Where(k => !value.TryGetProperty(k, out _)))
                {
                    errors.Add($"{path}: misses the required key '{key}'");
                }
            }

            schema.TryGetProperty("properties", out var properties);
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: has the key '{property.Name}', which the schema does not describe");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{i++}]", errors);
            }
        }
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"unknown type {type}"),
    };
}
