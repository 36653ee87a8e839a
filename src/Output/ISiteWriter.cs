namespace Samenleven.Output;

/// <summary>
/// Where a build puts its files. <see cref="OutputWriter"/> writes a fresh staging folder and swaps it in (build);
/// <see cref="IncrementalOutputWriter"/> rewrites only the files whose bytes changed, in place (preview).
/// Write and Copy are called from parallel render workers.
/// </summary>
public interface ISiteWriter
{
    /// <summary>The folder the site ends up in.</summary>
    string Target { get; }

    /// <summary>The folder files are written into until <see cref="Commit"/> (the target itself for in-place writers).</summary>
    string Staging { get; }

    int FilesWritten { get; }

    long BytesWritten { get; }

    /// <summary>Writes a site path (<c>praktijken/x/index.html</c>, no leading slash).</summary>
    void Write(string relativePath, string text);

    void Write(string relativePath, byte[] bytes);

    void Copy(string sourceFile, string relativePath);

    /// <summary>Writes a file by streaming into it, for files too big to build in memory first (open data).</summary>
    void Write(string relativePath, Action<Stream> write);

    /// <summary>Makes the written files the site.</summary>
    void Commit();

    /// <summary>Gives up; the previous site stays as it was.</summary>
    void Abandon();
}
