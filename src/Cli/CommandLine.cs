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

    /// <summary>Flags without a value (<c>--no-search</c>) are stored with a null value.</summary>
    public static CommandLine Parse(string[] args, IReadOnlySet<string> flags)
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
