using System.Globalization;
using Samenleven.Cli;

// Invariant culture everywhere: output must be byte-identical on every machine, whatever its language settings.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var line = CommandLine.Parse(args);
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
catch (Exception e)
{
    // Content problems are diagnostics (exit code 1); anything that still gets here is a fault of the generator or the
    // machine: one line, exit code 2, and the stack trace only for whoever asks for it.
    Console.Error.WriteLine(BuildStoppedException.Describe(e, line.Has("verbose")));
    return 2;
}

static int Help(TextWriter writer, int code)
{
    writer.WriteLine("""
        Samenleven in Diversiteit: the site generator.

        Usage: dotnet run -- <command> [options]

          build [--output DIR] [--base-url URL] [--no-search] [--force]
                                                                build the site (default output: output/); --force
                                                                replaces an existing folder that no build wrote
          check                                                 validate all content, write nothing
          preview [--port 5080] [--decap-server URL]            build, serve on 127.0.0.1, rebuild and reload on change
          new praktijk "Titel" --gemeente SLUG --thema SLUG     write a new practice file
          new praktijk --from FILE                              write a practice file from a submitted form (Netlify JSON or the e-mail)

        Common options: --root DIR (the project folder; default: the current folder), --verbose (a fault's details).
        Exit codes: 0 done, 1 content errors (printed as path:line:col), 2 a fault of the generator or a refused option.
        """);
    return code;
}
