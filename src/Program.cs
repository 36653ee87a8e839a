using System.Globalization;
using Samenleven.Cli;

// Invariant culture everywhere: output must be byte-identical on every machine, whatever its language settings.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var line = CommandLine.Parse(args, new HashSet<string>(StringComparer.Ordinal) { "no-search", "help" });
try
{
    return line.Command switch
    {
        "build" => await BuildCommand.RunAsync(line, Console.Out, Console.Error),
        "check" => await CheckCommand.RunAsync(line, Console.Out, Console.Error),
        "new" => await NewCommand.RunAsync(line, Console.Out, Console.Error, DateOnly.FromDateTime(DateTime.Now)),
        "preview" => await PreviewCommand.RunAsync(line, Console.Out, Console.Error),
        "help" or "--help" or "-h" => Help(Console.Out, 0),
        _ => Help(Console.Error, 2),
    };
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

static int Help(TextWriter writer, int code)
{
    writer.WriteLine("""
        Samenleven in Diversiteit: the site generator.

        Usage: dotnet run -- <command> [options]

          build [--output DIR] [--base-url URL] [--no-search]   build the site (default output: output/)
          check                                                 validate all content, write nothing
          preview [--port 5080] [--decap-server URL]            build, serve on 127.0.0.1, rebuild and reload on change
          new praktijk "Titel" --gemeente SLUG --thema SLUG      write a new practice file

        Common option: --root DIR (the project folder; default: the current folder).
        """);
    return code;
}
