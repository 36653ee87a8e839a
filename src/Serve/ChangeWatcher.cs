using System.Threading.Channels;

namespace Samenleven.Serve;

/// <summary>
/// Watches the folders a build reads (<c>input/</c>, <c>data/</c>, the theme's assets) and reports batches of changed
/// project paths: after the first change it waits until the folders have been quiet for <see cref="Quiet"/>, because
/// editors and Decap save in several steps (temporary file, rename) and one save must cause one build.
/// The theme's Razor layouts are compiled into the generator: changing them needs a restart, not a rebuild.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    public static readonly string[] Folders = ["input", "data", "themes/default/assets"];

    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _root;

    public ChangeWatcher(string projectRoot)
    {
        _root = Path.GetFullPath(projectRoot);
        foreach (var folder in Folders)
        {
            var full = Path.Combine(_root, folder);
            Directory.CreateDirectory(full);
            var watcher = new FileSystemWatcher(full)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath);
                Report(e.FullPath);
            };

            // Too many changes at once (a branch switch): rebuild anyway, the build reads everything.
            watcher.Error += (_, _) => Report(full);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next change, then for quiet; returns every project path that changed meanwhile.</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken cancellationToken)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(Quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(quiet.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return [.. batch];
            }
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Report(e.FullPath);

    private void Report(string fullPath) => _changes.Writer.TryWrite(Path.GetRelativePath(_root, fullPath).Replace('\\', '/'));

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }
}
