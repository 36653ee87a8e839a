namespace Samenleven.Cli;

/// <summary>Parsed arguments: the command, its positional words and its <c>--options</c>.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private CommandLine(string command, List<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    public string Command { get; }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>The options that take no value: <c>--no-search</c>, <c>--force</c>…</summary>
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { "no-search", "help", "verbose", "force", "stale", "external" };

    /// <summary>Parses a command line; <see cref="Flags"/> take no value.</summary>
    public static CommandLine Parse(string[] args) => Parse(args, Flags);

    /// <summary>Flags without a value (<c>--no-search</c>) are stored with a null value.</summary>
    private static CommandLine Parse(string[] args, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var line = new CommandLine(args.Length > 0 ? args[0] : "help", positional);
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    line._options[arg[2..eq]] = arg[(eq + 1)..];
                }
                else if (flags.Contains(arg[2..]) || i + 1 >= args.Length)
                {
                    line._options[arg[2..]] = null;
                }
                else
                {
                    line._options[arg[2..]] = args[++i];
                }
            }
            else
            {
                positional.Add(arg);
            }
        }

        return line;
    }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.GetValueOrDefault(option);

    /// <summary>The project folder: <c>--root DIR</c>, or the current folder.</summary>
    public string Root => Path.GetFullPath(Value("root") ?? Directory.GetCurrentDirectory());
}
