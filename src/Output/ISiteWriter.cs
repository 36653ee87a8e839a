namespace Samenleven.Output;

/// <summary>
/// Where a build puts its files, by site path without the leading slash (<c>praktijken/x/index.html</c>).
/// <see cref="OutputWriter"/> writes a fresh staging folder and swaps it in (build); <see cref="IncrementalOutputWriter"/>
/// rewrites only the files whose bytes changed, in place (preview); <see cref="MemorySiteWriter"/> keeps them in memory
/// (tests). Write is called from parallel render workers.
/// </summary>
public interface ISiteWriter
{
    /// <summary>The folder on disk the files are written into until <see cref="Commit"/>; null when they are not on disk.</summary>
    string? Folder { get; }

    int FilesWritten { get; }

    long BytesWritten { get; }

    /// <summary>Writes the bytes; the writer copies what it keeps, so callers may reuse the buffer afterwards.</summary>
    void Write(string relativePath, ReadOnlySpan<byte> bytes);

    /// <summary>Writes a file by streaming into it, for files too big to build in memory first (open data, images).</summary>
    void Write(string relativePath, Action<Stream> write);

    /// <summary>Makes the written files the site.</summary>
    void Commit();

    /// <summary>Gives up; the previous site stays as it was.</summary>
    void Abandon();
}
