using System.Diagnostics;
using System.Globalization;
using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Site;

// Related practices over a whole corpus, as the practice planner asks for them: the index built once, then five related
// practices for every practice, on one thread and on all cores. Loading is done first and not timed.
// Usage: dotnet RecordsBench.dll <project root> [rounds]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: RecordsBench <project root> [rounds]");
    return 2;
}

var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var diagnostics = new DiagnosticBag();
var project = new ProjectLoader(new DiskProjectSource(Path.GetFullPath(args[0]))).Load(diagnostics);
if (project is null || diagnostics.HasErrors)
{
    Console.Error.WriteLine("the corpus does not load: " + string.Join(Environment.NewLine, diagnostics.Sorted().Take(5)));
    return 1;
}

var practices = project.Content.Practices;
var build = new List<double>();
var serial = new List<double>();
var parallel = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var clock = Stopwatch.StartNew();
    var index = new ContentIndex(project.Content, project.Reference);
    build.Add(clock.Elapsed.TotalMilliseconds);

    clock.Restart();
    var shown = 0;
    foreach (var practice in practices)
    {
        shown += index.Related(practice, 5).Length;
    }

    serial.Add(clock.Elapsed.TotalMilliseconds);

    clock.Restart();
    Parallel.ForEach(practices, practice => index.Related(practice, 5));
    parallel.Add(clock.Elapsed.TotalMilliseconds);
    if (round == 0)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{practices.Length} practices, {shown / (double)practices.Length:0.00} related shown per practice"));
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"content index (groups and related-practice lists) {Median(build):0} ms; related for every practice: {Median(serial):0} ms on one thread, {Median(parallel):0} ms on {Environment.ProcessorCount} cores (median of {rounds})"));
return 0;

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
