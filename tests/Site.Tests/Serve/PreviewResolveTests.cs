using Samenleven.Serve;

namespace Samenleven.Tests.Serve;

public sealed class PreviewResolveTests
{
    [Fact]
    public void A_url_cannot_reach_a_folder_beside_the_output_whose_name_starts_the_same()
    {
        var parent = Path.Combine(Path.GetTempPath(), "samenleven-tests", Guid.NewGuid().ToString("N"));
        var root = Path.Combine(parent, "output");
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(Path.Combine(parent, "output-old"));
        File.WriteAllText(Path.Combine(parent, "output-old", "geheim.txt"), "geheim");
        File.WriteAllText(Path.Combine(root, "open.txt"), "open");
        try
        {
            Assert.Null(PreviewServer.Resolve(root, "/..%2Foutput-old/geheim.txt").File);
            Assert.Null(PreviewServer.Resolve(root, "/../output-old/geheim.txt").File);
            Assert.Equal(Path.Combine(root, "open.txt"), PreviewServer.Resolve(root, "/open.txt").File);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
