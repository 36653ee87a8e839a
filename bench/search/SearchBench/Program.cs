using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

// Usage: SearchBench <built-site> <word>
// Serves the site with brotli/gzip like a static host (Pagefind's chunks and wasm are gzipped already and go as they
// are), drives the search page in headless Chromium with an empty cache, and counts the bytes the server sent per
// request: for a first one-word query, then a filter on top of it, then a shared filtered URL opened cold.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SearchBench <built-site> <word>");
    return 2;
}

var site = Path.GetFullPath(args[0]);
var word = args[1];
var sent = new ConcurrentQueue<(string Path, long Bytes)>();

var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = site, WebRootPath = site });
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
builder.Services.AddResponseCompression(o =>
{
    o.Providers.Add<BrotliCompressionProvider>();
    o.Providers.Add<GzipCompressionProvider>();
    o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json"];
});
var app = builder.Build();
app.Use(async (context, next) =>
{
    // Outermost, so it counts what goes on the wire after compression.
    var original = context.Response.Body;
    await using var counter = new CountingStream(original);
    context.Response.Body = counter;
    await next();
    context.Response.Body = original;
    sent.Enqueue((context.Request.Path.Value ?? "", counter.Written));
});
app.UseResponseCompression();
var files = new PhysicalFileProvider(site);
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true, OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-store" });
await app.StartAsync();
var origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/'); // Kestrel reports its address.

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

var rows = new List<(string Step, List<(string Path, long Bytes)> Requests, TimeSpan Time)>();

// 1. A visitor opens /zoeken/ and types one word.
var page = await NewPageAsync();
var clock = Stopwatch.StartNew();
await page.GotoAsync(origin + "/zoeken/");
await Expect(page.Locator("#zoekfilters")).ToBeVisibleAsync(new() { Timeout = 60_000 });
// Without a query the page lists the newest pages (browsing): opening is done when those are shown.
await Expect(page.Locator("#zoekstatus")).ToContainTextAsync("de nieuwste eerst", new() { Timeout = 60_000 });
await Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
rows.Add(("open /zoeken/ (interface ready, facet totals and the newest 10 shown)", Drain(), clock.Elapsed));
clock.Restart();
await page.Locator("#zoekterm").FillAsync(word);
await Expect(page.Locator("#zoekstatus")).ToHaveTextAsync(new Regex($"^[0-9]+ resulta(at|ten) voor “{Regex.Escape(word)}”"), new() { Timeout = 60_000 });
await Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
rows.Add(($"first query \"{word}\" (10 results shown)", Drain(), clock.Elapsed));

// 2. Then checks the first theme.
clock.Restart();
var theme = page.Locator(".facet[data-facet=thema] li:visible").First;
var slug = await theme.Locator("input").GetAttributeAsync("value");
await theme.Locator("label").ClickAsync();
await Expect(page.Locator("#zoekstatus")).ToContainTextAsync("met 1 filter", new() { Timeout = 60_000 });
rows.Add(($"then filter thema={slug}", Drain(), clock.Elapsed));
await page.Context.CloseAsync();

// 3. Someone else opens the shared, filtered URL with an empty cache.
page = await NewPageAsync();
clock.Restart();
await page.GotoAsync($"{origin}/zoeken/?q={Uri.EscapeDataString(word)}&thema={slug}");
await Expect(page.Locator("#zoekstatus")).ToContainTextAsync("met 1 filter", new() { Timeout = 60_000 });
await Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
rows.Add(($"cold shared URL ?q={word}&thema={slug}", Drain(), clock.Elapsed));

Console.WriteLine($"| step | requests | page (HTML, CSS, our JS) KB | Pagefind runtime (JS, wasm, entry, meta) KB | filter chunks KB | index chunks KB | fragments KB | total KB | time ms |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var (step, requests, time) in rows)
{
    long Sum(string kind) => requests.Where(r => Kind(r.Path) == kind).Sum(r => r.Bytes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {step} | {requests.Count} | {Kb(Sum("page"))} | {Kb(Sum("runtime"))} | {Kb(Sum("filter"))} | {Kb(Sum("index"))} | {Kb(Sum("fragment"))} | {Kb(requests.Sum(r => r.Bytes))} | {time.TotalMilliseconds:0} |"));
}

if (Environment.GetEnvironmentVariable("SEARCH_BENCH_VERBOSE") == "1")
{
    foreach (var (step, requests, _) in rows)
    {
        Console.WriteLine($"\n{step}:");
        foreach (var (path, bytes) in requests)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes,9} {path}"));
        }
    }
}

await app.StopAsync();
return 0;

async Task<IPage> NewPageAsync()
{
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-BE", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
    return await context.NewPageAsync();
}

// Requests finish slightly after the page shows their effect; wait until the server has been quiet for a moment.
List<(string, long)> Drain()
{
    var last = -1;
    while (last != sent.Count)
    {
        last = sent.Count;
        Thread.Sleep(300);
    }

    var list = new List<(string, long)>();
    while (sent.TryDequeue(out var item))
    {
        list.Add(item);
    }

    return list;
}

static string Kind(string path) => path switch
{
    _ when path.StartsWith("/pagefind/filter/", StringComparison.Ordinal) => "filter",
    _ when path.StartsWith("/pagefind/index/", StringComparison.Ordinal) => "index",
    _ when path.StartsWith("/pagefind/fragment/", StringComparison.Ordinal) => "fragment",
    _ when path.StartsWith("/pagefind/", StringComparison.Ordinal) => "runtime",
    _ => "page",
};

static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

/// <summary>Passes writes through and counts them.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long Written { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Written += count;
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Written += buffer.Length;
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}
