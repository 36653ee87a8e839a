using Samenleven.Content;

namespace Samenleven.Loading;

/// <summary>A file of the project the build refuses to read (a symbolic link, not UTF-8), with the place to report.</summary>
public sealed class ProjectFileException(DiagnosticCode code, string path, int line, int column, string message) : IOException(message)
{
    public Diagnostic ToDiagnostic() => Diagnostic.Error(code, path, line, column, Message);
}

/// <summary>How every project file's bytes become text: strict UTF-8, so a file in another encoding is reported, not garbled.</summary>
public static class ProjectText
{
    /// <summary>The text of <paramref name="bytes"/>; throws <see cref="ProjectFileException"/> at the first byte that is not UTF-8.</summary>
    public static string Decode(string path, byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return System.Text.Encoding.UTF8.GetString(bytes);
        }

        // Only a broken file pays for finding where it breaks.
        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        var line = 1 + bytes.AsSpan(0, read).Count((byte)'\n');
        var column = read - bytes.AsSpan(0, read).LastIndexOf((byte)'\n');
        throw new ProjectFileException(DiagnosticCode.NotUtf8, path, line, column,
            $"this file is not UTF-8 (byte 0x{bytes[read]:X2} here): open it in your editor and save it again as UTF-8");
    }
}
