using System.Collections.Immutable;
using Samenleven.Content;
using Samenleven.Validation;
using YamlDotNet.RepresentationModel;

namespace Samenleven.Loading;

/// <summary>What every content reader shares: split the front matter, parse it, keep the body for the renderer.</summary>
public abstract class DocumentReader(ReferenceData reference)
{
    protected ReferenceData Reference { get; } = reference;

    /// <summary>Parses the front matter of <paramref name="file"/>; null (with diagnostics) when it cannot be read at all.</summary>
    internal static (YamlFields Fields, MarkdownBody Body)? Open(SourceFile file, DiagnosticBag diagnostics)
    {
        var frontMatter = FrontMatter.Split(file.Text, out var error);
        if (frontMatter is null)
        {
            diagnostics.Error(DiagnosticCode.FrontMatter, file.Path, error.Line, 1, error.Message);
            return null;
        }

        var map = YamlFields.ParseMapping(frontMatter.Yaml, file.Path, frontMatter.YamlFirstLine, diagnostics);
        return map is null
            ? null
            : (new YamlFields(map, file.Path, frontMatter.YamlFirstLine, diagnostics), new MarkdownBody(frontMatter.Body, frontMatter.BodyFirstLine));
    }

    /// <summary>Theme slugs checked against <c>data/themas.yml</c>, with a suggestion for typos.</summary>
    protected ImmutableArray<string> Themes(YamlFields fields, bool required, int min, int max)
    {
        var items = fields.StringList("themas", required);
        if (items.Length > 0 && (items.Length < min || items.Length > max))
        {
            fields.ErrorAtKey(DiagnosticCode.InvalidValue, "themas", $"'themas' lists {items.Length} themes; give {min} to {max}");
        }

        return Known(fields, items, "themas", "theme", Reference.ThemeBySlug.Keys, Reference.ThemeBySlug.ContainsKey);
    }

    protected static ImmutableArray<string> Known(
        YamlFields fields,
        ImmutableArray<(string Value, YamlNode Node)> items,
        string key,
        string what,
        IEnumerable<string> all,
        Func<string, bool> exists)
    {
        var builder = ImmutableArray.CreateBuilder<string>(items.Length);
        foreach (var (value, node) in items)
        {
            if (!exists(value))
            {
                var hint = Slugs.Closest(value, all);
                fields.Error(DiagnosticCode.UnknownReference, node, hint is null
                    ? $"unknown {what} '{value}' in '{key}'"
                    : $"unknown {what} '{value}' in '{key}': did you mean '{hint}'?");
            }
            else if (builder.Contains(value))
            {
                fields.Error(DiagnosticCode.Duplicate, node, $"{what} '{value}' is listed twice in '{key}'");
            }
            else
            {
                builder.Add(value);
            }
        }

        return builder.ToImmutable();
    }

    protected static string? Email(YamlFields fields, string key)
    {
        var email = fields.Text(key);
        if (email is not null && !ContentRules.IsValidEmail(email))
        {
            fields.ErrorAtValue(DiagnosticCode.InvalidValue, key, $"'{email}' is not a valid e-mail address");
        }

        return email;
    }

    /// <summary>A phone number as people write it in Belgium (<c>015 23 87 82</c>, <c>+32 15 23 87 82</c>), nothing else.</summary>
    protected static string? Phone(YamlFields fields, string key)
    {
        var phone = fields.Text(key, maxLength: 40);
        if (phone is not null && !ContentRules.IsPhoneNumber(phone))
        {
            fields.ErrorAtValue(DiagnosticCode.InvalidValue, key, $"'{phone}' is not a phone number: write it with digits, such as 015 23 87 82 or +32 15 23 87 82");
        }

        return phone;
    }

    /// <summary>A web address; it goes into <paramref name="webLinks"/> with its place, for <c>check --external</c>.</summary>
    protected static string? WebUrl(YamlFields fields, string key, ICollection<LinkReference>? webLinks = null)
    {
        var url = fields.Text(key);
        if (url is not null && !ContentRules.IsWebUrl(url))
        {
            fields.ErrorAtValue(DiagnosticCode.InvalidValue, key, $"'{url}' is not a web address: write it in full, starting with https://");
            return url;
        }

        if (url is not null && webLinks is not null && fields.Node(key) is { } node)
        {
            webLinks.Add(new LinkReference(fields.Path, url, fields.LineOf(node), (int)node.Start.Column, IsImage: false));
        }

        return url;
    }

    /// <summary>The slug from a file name such as <c>ik-kom-van-ver.md</c>, reported when it is not a valid slug.</summary>
    internal static string SlugFromFileName(string path, DiagnosticBag diagnostics)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        if (!Slugs.IsValid(name))
        {
            diagnostics.Error(DiagnosticCode.InvalidName, path, 1, 1, $"the file name '{name}' is not a valid slug: use lowercase letters a-z, digits and single hyphens, for example '{Slugs.FromTitle(name)}.md'");
        }

        return name;
    }
}
