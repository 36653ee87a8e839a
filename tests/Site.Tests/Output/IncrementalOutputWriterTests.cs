using Samenleven.Output;

namespace Samenleven.Tests.Output;

/// <summary>The preview's writer: unchanged bytes are not written again, what a build no longer makes is deleted.</summary>
public sealed class IncrementalOutputWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "samenleven-tests", Guid.NewGuid().ToString("N"));

    // The project is a sibling folder: the output folder is checked against it, as the preview does.
    private OutputFolder Folder() => OutputFolder.Check(_root + "-project", _root, out _)!;

    [Fact]
    public void A_second_build_writes_only_what_changed_and_deletes_what_is_gone()
    {
        var writer = new IncrementalOutputWriter(Folder());
        var first = writer.Begin();
        first.Write("a/index.html", "A"u8);
        first.Write("b/index.html", "B"u8);
        first.Write("c.css", "C"u8);
        first.Commit();
        Assert.Equal(["a/index.html", "b/index.html", "c.css"], writer.Changed.ToArray());
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(_root, "a/index.html"));

        var second = writer.Begin();
        second.Write("a/index.html", "A"u8);
        second.Write("b/index.html", "B2"u8);
        second.Commit();

        Assert.Equal(["b/index.html", "c.css"], writer.Changed.ToArray());
        Assert.Equal(1, writer.FilesWritten);
        Assert.Equal("B2", File.ReadAllText(Path.Combine(_root, "b/index.html")));
        Assert.False(File.Exists(Path.Combine(_root, "c.css")));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(_root, "a/index.html")));
        Assert.Empty(Directory.EnumerateFiles(_root, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Files_left_by_an_earlier_build_are_rewritten_or_deleted_on_the_first_build()
    {
        Directory.CreateDirectory(Path.Combine(_root, "oud"));
        File.WriteAllText(Path.Combine(_root, "oud/index.html"), "oud");
        File.WriteAllText(Path.Combine(_root, "index.html"), "oud");
        File.WriteAllText(Path.Combine(_root, "_headers"), OutputFolder.Marker + " from src/Deploy/HostRules.cs\n");

        var writer = new IncrementalOutputWriter(Folder()).Begin();
        writer.Write("index.html", "nieuw"u8);
        writer.Commit();

        Assert.Equal("nieuw", File.ReadAllText(Path.Combine(_root, "index.html")));
        Assert.False(File.Exists(Path.Combine(_root, "oud/index.html")));
    }

    [Fact]
    public void Two_writes_to_one_path_are_a_bug_not_a_silent_overwrite()
    {
        var writer = new IncrementalOutputWriter(Folder()).Begin();
        writer.Write("x.html", "1"u8);
        Assert.Throws<InvalidOperationException>(() => writer.Write("x.html", "2"u8));
    }

    [Theory]
    [InlineData("index.html", "/")]
    [InlineData("praktijken/x/index.html", "/praktijken/x/")]
    [InlineData("assets/site.123.css", "/assets/site.123.css")]
    [InlineData("404.html", "/404.html")]
    public void Output_files_map_to_the_url_paths_tabs_are_on(string file, string path) =>
        Assert.Equal(path, Samenleven.Serve.PreviewSession.SitePath(file));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
