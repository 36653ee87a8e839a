using System.Collections.Immutable;
using System.Globalization;
using Samenleven.Content;
using Samenleven.Search;

namespace Samenleven.Site;

/// <summary>
/// Builds the site model: decides every page, its URL and its view model, from the validated content. Cross-document work
/// (lists, counts, related practices, duplicate URLs) happens here; it is pure and touches no files.
/// </summary>
public sealed class SitePlanner
{
    private readonly ContentSet _content;
    private readonly ReferenceData _reference;
    private readonly SiteUrls _urls;
    private readonly AssetManifest _assets;
    private readonly SiteIndex _index;
    private readonly Chrome _chrome;
    private readonly MapData? _map;
    private readonly IReadOnlyDictionary<string, ImageSize> _imageSizes;
    private readonly SearchFacets _search;
    private readonly Dictionary<Practice, PracticeCard> _cards = new(ReferenceEqualityComparer.Instance);

    // Without map data (small test sites) the municipality index has only its list.
    // Image sizes (by site path) let pages reserve the space of local images; external ones have none.
    public SitePlanner(ContentSet content, ReferenceData reference, SiteUrls urls, AssetManifest assets, MapData? map = null, IReadOnlyDictionary<string, ImageSize>? imageSizes = null)
    {
        _map = map;
        _imageSizes = imageSizes ?? new Dictionary<string, ImageSize>(StringComparer.Ordinal);
        _content = content;
        _reference = reference;
        _urls = urls;
        _assets = assets;
        _index = new SiteIndex(content, reference);
        _search = new SearchFacets(reference);
        _chrome = BuildChrome();
        foreach (var practice in content.Practices)
        {
            _cards[practice] = Card(practice);
        }
    }


    /// <summary>Plans the site. Two pages on one URL are reported as errors at the content file that causes them.</summary>
    public SitePlan Plan(DiagnosticBag diagnostics)
    {
        var pages = new List<PageModel>(_content.Practices.Length * 2 + 500);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);

        bool Claim(string path, string? source)
        {
            if (owners.TryGetValue(path, out var owner))
            {
                var culprit = source ?? owner;
                diagnostics.Error(culprit, 1, 1, $"two pages would be written to {path}: {owner} and {source ?? "a generated page"}; rename one of them");
                return false;
            }

            owners[path] = source ?? "a generated page";
            return true;
        }

        void Add(PageModel page, string? source = null)
        {
            if (Claim(page.Shell.Path, source))
            {
                pages.Add(page);
            }
        }

        Add(Home());
        foreach (var page in PracticeLists())
        {
            Add(page);
        }

        var practices = ImmutableArray.CreateBuilder<Practice>(_content.Practices.Length);
        foreach (var practice in _content.Practices)
        {
            if (Claim(Urls.Practice(practice.Slug), practice.SourcePath))
            {
                practices.Add(practice);
            }
        }

        Add(TermIndex(Urls.Themes, "Thema's", "Praktijken geordend per thema. Kies een thema om alle praktijken ervan te zien.", _reference.Themes, _index.ByTheme, Urls.Theme));
        foreach (var theme in _reference.Themes)
        {
            foreach (var page in TermPages(theme, _index.ByTheme, Urls.Theme, "Thema's", Urls.Themes, "thema", Urls.ThemeFeed(theme.Slug)))
            {
                Add(page);
            }
        }

        Add(TermIndex(Urls.TargetGroups, "Doelgroepen", "Praktijken geordend volgens de mensen voor wie ze bedoeld zijn.", _reference.TargetGroups, _index.ByTargetGroup, Urls.TargetGroup));
        foreach (var group in _reference.TargetGroups)
        {
            foreach (var page in TermPages(group, _index.ByTargetGroup, Urls.TargetGroup, "Doelgroepen", Urls.TargetGroups, "doelgroep", null))
            {
                Add(page);
            }
        }

        Add(MunicipalityIndex());
        foreach (var municipality in _reference.Municipalities.Where(m => _index.HasContent(m.Slug)))
        {
            Add(MunicipalityPage(municipality));
        }

        foreach (var service in _content.Services)
        {
            Add(ServicePageModel(service), service.SourcePath);
        }

        foreach (var province in _reference.Provinces)
        {
            Add(ProvincePage(province));
        }

        foreach (var page in _content.Pages)
        {
            Add(PlainPageModel(page), page.SourcePath);
        }

        Add(SearchPage());
        Add(NotFound());

        var redirects = Redirects(owners, diagnostics);
        var files = ImmutableArray.CreateBuilder<TextFile>();
        var sitemapPaths = pages.Where(p => !p.Shell.NoIndex).Select(p => p.Shell.Path).Concat(practices.Select(p => Urls.Practice(p.Slug)));
        files.Add(new TextFile(Urls.Sitemap, SiteFiles.Sitemap(sitemapPaths, _urls)));
        files.Add(new TextFile(Urls.Robots, SiteFiles.Robots(_urls)));
        files.AddRange(FeedFiles());
        files.AddRange(OpenData.Files(_content.Practices, _reference, _urls));
        return new SitePlan([.. pages], files.ToImmutable(), redirects, _urls) { Practices = practices.ToImmutable(), PracticePage = PracticePage };
    }

    /// <summary>The site feed, one per theme and one per municipality with practices (each linked from its page).</summary>
    private IEnumerable<TextFile> FeedFiles()
    {
        var title = _reference.Site.Title;
        yield return new TextFile(Urls.Feed, Feeds.Atom(Urls.Feed, Urls.Practices, $"Nieuwe praktijken | {title}", _index.Newest, _reference, _urls));
        foreach (var theme in _reference.Themes)
        {
            var feed = Urls.ThemeFeed(theme.Slug);
            yield return new TextFile(feed, Feeds.Atom(feed, Urls.Theme(theme.Slug), $"{theme.Title}: nieuwe praktijken | {title}", SiteIndex.PracticesOf(_index.ByTheme, theme.Slug), _reference, _urls));
        }

        foreach (var municipality in _reference.Municipalities.Where(m => _index.ByMunicipality.ContainsKey(m.Slug)))
        {
            var feed = Urls.MunicipalityFeed(municipality.Slug);
            yield return new TextFile(feed, Feeds.Atom(feed, Urls.Municipality(municipality.Slug), $"{municipality.Name}: nieuwe praktijken | {title}", _index.ByMunicipality[municipality.Slug], _reference, _urls));
        }
    }


    private ImmutableArray<Redirect> Redirects(Dictionary<string, string> owners, DiagnosticBag diagnostics)
    {
        var redirects = new List<Redirect>();
        foreach (var practice in _content.Practices)
        {
            foreach (var alias in practice.Aliases)
            {
                if (owners.TryGetValue(alias.Path, out var owner))
                {
                    diagnostics.Error(practice.SourcePath, alias.Line, alias.Column, $"alias {alias.Path} is already the address of {owner}");
                    continue;
                }

                owners[alias.Path] = practice.SourcePath;
                redirects.Add(new Redirect(alias.Path, Urls.Practice(practice.Slug)));
            }
        }

        foreach (var former in _reference.FormerBySlug.Values.OrderBy(f => f.Slug, StringComparer.Ordinal))
        {
            var from = Urls.Municipality(former.Slug);
            var to = _index.HasContent(former.MergedIntoSlug) ? Urls.Municipality(former.MergedIntoSlug) : Urls.Municipalities;
            if (owners.TryAdd(from, ReferenceDataSource))
            {
                redirects.Add(new Redirect(from, to));
            }
        }

        return [.. redirects.OrderBy(r => r.From, StringComparer.Ordinal)];
    }

    private const string ReferenceDataSource = "data/gemeenten.yml";

    private Chrome BuildChrome() => new()
    {
        SiteTitle = _reference.Site.Title,
        Language = "nl",
        HomeHref = _urls.Href(Urls.Home),
        SearchHref = _urls.Href(Urls.Search),
        Navigation =
        [
            new("Praktijken", _urls.Href(Urls.Practices)),
            new("Thema's", _urls.Href(Urls.Themes)),
            new("Gemeenten", _urls.Href(Urls.Municipalities)),
            new("Bijdragen", _urls.Href(Urls.Contribute)),
            new("Over", _urls.Href(Urls.About)),
        ],
        FooterLinks =
        [
            new("Over deze databank", _urls.Href(Urls.About)),
            new("Een praktijk toevoegen", _urls.Href(Urls.Contribute)),
            new("Toegankelijkheid", _urls.Href(Urls.Accessibility)),
            new("Doelgroepen", _urls.Href(Urls.TargetGroups)),
            new("Open data", _urls.Href(Urls.About) + "#open-data"),
            new("Atom-feed", _urls.Href(Urls.Feed)),
            new("Broncode", _reference.Site.Repository),
        ],
        StylesheetHref = _urls.Href(_assets.PathOf("site.css")),
        PrintStylesheetHref = _urls.Href(_assets.PathOf("print.css")),
        ScriptHref = _assets.Has("site.js") ? _urls.Href(_assets.PathOf("site.js")) : null,
        FaviconHref = _urls.Href(_assets.PathOf("favicon.svg")),
        RepositoryUrl = _reference.Site.Repository,
    };

    private PageShell Shell(string path, string title, string description, string kind, params Crumb[] trail) => new()
    {
        Path = path,
        Title = path == Urls.Home ? title : $"{title} | {_reference.Site.Title}",
        Description = description,
        CanonicalUrl = _urls.Absolute(path),
        Chrome = _chrome,
        Kind = kind,
        Breadcrumbs = path == Urls.Home ? [] : [new Crumb("Home", _urls.Href(Urls.Home)), .. trail],
    };

    private string EditUrl(string sourcePath) => $"{_reference.Site.Repository}/edit/{_reference.Site.Branch}/{sourcePath}";

    private LinkItem MunicipalityLink(string slug, string? formerName = null)
    {
        var name = _reference.MunicipalityBySlug[slug].Name;
        return new LinkItem(formerName is null ? name : $"{formerName} (nu {name})", _urls.Href(Urls.Municipality(slug)));
    }

    private LinkItem ThemeLink(string slug) => new(_reference.ThemeBySlug[slug].Title, _urls.Href(Urls.Theme(slug)));

    private PracticeCard Card(Practice p) => new(
        p.Title,
        _urls.Href(Urls.Practice(p.Slug)),
        p.Summary,
        [.. p.Municipalities.Select(m => MunicipalityLink(m.Slug, m.FormerName))],
        [.. p.Themes.Select(ThemeLink)],
        DutchText.Iso(p.Added),
        DutchText.Date(p.Added));

    private ImmutableArray<PracticeCard> Cards(IEnumerable<Practice> practices) => [.. practices.Select(p => _cards[p])];

    private HomeModel Home()
    {
        var site = _reference.Site;
        return new HomeModel(Shell(Urls.Home, site.Title, site.Description, "home") with { Alternates = [new Alternate("application/atom+xml", "Nieuwe praktijken", _urls.Href(Urls.Feed))] })
        {
            Intro = site.Description,
            PracticeCount = _content.Practices.Length,
            MunicipalityCount = _reference.Municipalities.Count(m => _index.HasContent(m.Slug)),
            Themes = [.. _reference.Themes.Select(t => new CountedLink(t.Title, _urls.Href(Urls.Theme(t.Slug)), SiteIndex.PracticesOf(_index.ByTheme, t.Slug).Length, null))],
            Newest = Cards(_index.Newest.Take(6)),
            AllPracticesHref = _urls.Href(Urls.Practices),
            ThemesHref = _urls.Href(Urls.Themes),
            MunicipalitiesHref = _urls.Href(Urls.Municipalities),
            ContributeHref = _urls.Href(Urls.Contribute),
        };
    }

    private IEnumerable<PracticeListModel> PracticeLists() =>
        Paged(_index.Newest, Urls.PracticeList, (page, pageCount) => Shell(
                Urls.PracticeList(page),
                PageTitle("Alle praktijken", page, pageCount),
                "Alle goede praktijken van Vlaamse steden en gemeenten over samenleven in diversiteit, de nieuwste eerst.",
                "list",
                page == 1 ? [new Crumb("Praktijken", null)] : [new Crumb("Praktijken", _urls.Href(Urls.Practices)), new Crumb(PageLabel(page), null)])
            with
        { Alternates = [new Alternate("application/atom+xml", "Nieuwe praktijken", _urls.Href(Urls.Feed))] },
            "Alle praktijken",
            "De nieuwste praktijken eerst.",
            _urls.Href(Urls.Feed),
            _urls.Href(Urls.Search));

    private IEnumerable<PracticeListModel> TermPages(Term term, System.Collections.Frozen.FrozenDictionary<string, ImmutableArray<Practice>> index, Func<string, int, string> url, string parentTitle, string parentPath, string facet, string? feed)
    {
        var practices = SiteIndex.PracticesOf(index, term.Slug);
        return Paged(practices, page => url(term.Slug, page), (page, pageCount) => Shell(
                url(term.Slug, page),
                PageTitle(term.Title, page, pageCount),
                term.Description,
                "list",
                page == 1
                    ? [new Crumb(parentTitle, _urls.Href(parentPath)), new Crumb(term.Title, null)]
                    : [new Crumb(parentTitle, _urls.Href(parentPath)), new Crumb(term.Title, _urls.Href(url(term.Slug, 1))), new Crumb(PageLabel(page), null)])
            with
        { Alternates = feed is null ? [] : [new Alternate("application/atom+xml", $"Nieuwe praktijken: {term.Title}", _urls.Href(feed))] },
            term.Title,
            term.Description,
            feed is null ? null : _urls.Href(feed),
            _urls.Href(Urls.Search) + $"?{facet}={Uri.EscapeDataString(term.Slug)}");
    }

    private IEnumerable<PracticeListModel> Paged(ImmutableArray<Practice> practices, Func<int, string> url, Func<int, int, PageShell> shell, string heading, string intro, string? feedHref, string? searchHref)
    {
        var pageCount = Math.Max(1, (practices.Length + Urls.PageSize - 1) / Urls.PageSize);
        for (var page = 1; page <= pageCount; page++)
        {
            var current = page;
            yield return new PracticeListModel(shell(page, pageCount))
            {
                Heading = pageCount > 1 ? $"{heading} (pagina {page.ToString(CultureInfo.InvariantCulture)} van {pageCount.ToString(CultureInfo.InvariantCulture)})" : heading,
                Intro = intro,
                Total = practices.Length,
                Practices = Cards(practices.Skip((page - 1) * Urls.PageSize).Take(Urls.PageSize)),
                Pager = new Pager(
                    page,
                    pageCount,
                    [.. PagerWindow(page, pageCount).Select(n => new PageLink(n, _urls.Href(url(n))))],
                    page > 1 ? _urls.Href(url(page - 1)) : null,
                    page < pageCount ? _urls.Href(url(page + 1)) : null),
                FeedHref = feedHref,
                SearchHref = searchHref,
            };
        }
    }

    /// <summary>The page numbers a pager shows: the first, the last and two either side of the current one.</summary>
    public static IEnumerable<int> PagerWindow(int page, int pageCount) =>
        Enumerable.Range(1, pageCount).Where(n => n == 1 || n == pageCount || Math.Abs(n - page) <= 2);

    private static string PageTitle(string title, int page, int pageCount) =>
        pageCount > 1 && page > 1 ? $"{title}, {PageLabel(page).ToLowerInvariant()}" : title;

    private static string PageLabel(int page) => $"Pagina {page.ToString(CultureInfo.InvariantCulture)}";

    private PracticeModel PracticePage(Practice p)
    {
        var path = Urls.Practice(p.Slug);
        var firstTheme = _reference.ThemeBySlug[p.Themes[0]];
        var shell = Shell(path, p.Title, p.Summary, "practice",
            new Crumb("Praktijken", _urls.Href(Urls.Practices)),
            new Crumb(firstTheme.Title, _urls.Href(Urls.Theme(firstTheme.Slug))),
            new Crumb(p.Title, null)) with
        {
            EditUrl = EditUrl(p.SourcePath),
            OpenGraphType = "article",
            OpenGraph =
            [
                ("article:published_time", DutchText.Iso(p.Added)),
                ("article:modified_time", DutchText.Iso(p.LastChanged)),
                .. p.Themes.Select(t => ("article:tag", _reference.ThemeBySlug[t].Title)),
                .. p.Image is { } image ? [("og:image", OpenData.AbsoluteImage(image, _urls)), ("og:image:alt", image.Alt)] : Array.Empty<(string, string)>(),
            ],
            JsonLd = StructuredData.Practice(p, _reference, _urls),
            SearchFilters = _search.ForPractice(p),
            SearchSort = SearchFacets.SortsForPractice(p),
            SearchMeta = [("toegevoegd", DutchText.Iso(p.Added)), ("gemeenten", string.Join(", ", p.Municipalities.Select(m => _reference.MunicipalityBySlug[m.Slug].Name)))],
        };
        return new PracticeModel(shell)
        {
            Title = p.Title,
            Summary = p.Summary,
            SourcePath = p.SourcePath,
            Municipalities = [.. p.Municipalities.Select(m => MunicipalityLink(m.Slug, m.FormerName))],
            Themes = [.. p.Themes.Select(ThemeLink)],
            TargetGroups = [.. p.TargetGroups.Select(t => new LinkItem(_reference.TargetGroupBySlug[t].Title, _urls.Href(Urls.TargetGroup(t))))],
            Year = p.Year?.ToString(CultureInfo.InvariantCulture),
            Status = p.Status == PracticeStatus.Unknown ? null : DutchText.Status(p.Status),
            Organisation = p.Organisation,
            Contact = p.Contact is { } c ? new ContactView(c.Name, c.Email, c.Phone) : null,
            Links = [.. p.Links.Select(l => new LinkItem(l.Title, l.Url))],
            ImageSrc = p.Image is { } i ? (i.Src.StartsWith('/') ? _urls.Href(i.Src) : i.Src) : null,
            ImageAlt = p.Image?.Alt,
            ImageSize = p.Image is { } sized && _imageSizes.TryGetValue(sized.Src, out var size) ? size : null,
            AddedIso = DutchText.Iso(p.Added),
            AddedText = DutchText.Date(p.Added),
            UpdatedIso = p.Updated is { } u ? DutchText.Iso(u) : null,
            UpdatedText = p.Updated is { } u2 ? DutchText.Date(u2) : null,
            Related = Cards(_index.Related(p, 4)),
        };
    }

    private TermIndexModel TermIndex(string path, string title, string intro, ImmutableArray<Term> terms, System.Collections.Frozen.FrozenDictionary<string, ImmutableArray<Practice>> index, Func<string, int, string> url) =>
        new(Shell(path, title, intro, "terms", new Crumb(title, null)))
        {
            Heading = title,
            Intro = intro,
            Terms = [.. terms.Select(t => new CountedLink(t.Title, _urls.Href(url(t.Slug, 1)), SiteIndex.PracticesOf(index, t.Slug).Length, t.Description))],
        };

    private MunicipalityEntry Entry(Municipality m) => new(
        m.Name,
        _index.HasContent(m.Slug) ? _urls.Href(Urls.Municipality(m.Slug)) : null,
        SiteIndex.PracticesOf(_index.ByMunicipality, m.Slug).Length,
        _index.ServicesOf(m.Slug).Length,
        m.NisCode);

    private MunicipalityIndexModel MunicipalityIndex() =>
        new(Shell(Urls.Municipalities, "Gemeenten", "Alle Vlaamse steden en gemeenten, per provincie, met hun praktijken en diensten diversiteit en integratie.", "municipalities", new Crumb("Gemeenten", null)))
        {
            Provinces = [.. _reference.Provinces.Select(p => new ProvinceGroup(
                p.Name,
                _urls.Href(Urls.Province(p.Slug)),
                [.. _reference.Municipalities.Where(m => m.ProvinceSlug == p.Slug).OrderBy(m => m.Name, StringComparer.Ordinal).Select(Entry)]))],
            WithContent = _reference.Municipalities.Count(m => _index.HasContent(m.Slug)),
            Map = _map is null ? null : MunicipalityMapBuilder.Build(
                _map,
                _reference,
                slug => SiteIndex.PracticesOf(_index.ByMunicipality, slug).Length,
                slug => _index.ServicesOf(slug).Length,
                slug => _urls.Href(Urls.Municipality(slug))),
        };

    private MunicipalityModel MunicipalityPage(Municipality m)
    {
        var province = _reference.ProvinceBySlug[m.ProvinceSlug];
        var practices = SiteIndex.PracticesOf(_index.ByMunicipality, m.Slug);
        var formerNames = _reference.FormerMunicipalities.Where(f => f.MergedIntoSlug == m.Slug && f.Slug != m.Slug).Select(f => f.Name).Order(StringComparer.Ordinal).ToImmutableArray();
        var services = _index.ServicesOf(m.Slug);
        var description = services.Length > 0
            ? $"Diensten en goede praktijken rond samenleven in diversiteit in {m.Name}."
            : $"Goede praktijken rond samenleven in diversiteit in {m.Name}.";
        var feed = Urls.MunicipalityFeed(m.Slug);
        return new MunicipalityModel(Shell(Urls.Municipality(m.Slug), m.Name, description, "municipality",
            new Crumb("Gemeenten", _urls.Href(Urls.Municipalities)),
            new Crumb(province.Name, _urls.Href(Urls.Province(province.Slug))),
            new Crumb(m.Name, null)) with
        {
            // Only municipalities with practices have a feed (a service page is not news).
            Alternates = practices.Length > 0 ? [new Alternate("application/atom+xml", $"Nieuwe praktijken in {m.Name}", _urls.Href(feed))] : [],
        })
        {
            Name = m.Name,
            Province = new LinkItem(province.Name, _urls.Href(Urls.Province(province.Slug))),
            FormerNames = formerNames,
            Services = [.. services.Select(ServiceView)],
            Practices = Cards(practices),
            FeedHref = practices.Length > 0 ? _urls.Href(feed) : null,
        };
    }

    private ServiceView ServiceView(ServicePage s)
    {
        var rows = DutchText.Week
            .Select(day => new HoursRow(
                DutchText.DayName(day),
                Hours(s.OpeningHours, day),
                Hours(s.PhoneHours, day)))
            .ToImmutableArray();
        var hasCounter = s.OpeningHours.Length > 0;
        var hasPhone = s.PhoneHours.Length > 0;
        return new ServiceView
        {
            Title = s.Title,
            Href = _urls.Href(Urls.Service(s.MunicipalitySlug, s.Slug)),
            Summary = s.Summary,
            AddressLines = s.Address is { } a
                ? [.. new[] { a.Street, string.Join(' ', new[] { a.PostalCode, a.Locality }.Where(x => x is not null)) }.Where(x => !string.IsNullOrEmpty(x)).Select(x => x!)]
                : [],
            Phone = s.Phone,
            PhoneHref = s.Phone is { } phone ? TelHref(phone) : null,
            Email = s.Email,
            Website = s.Website,
            Hours = hasCounter || hasPhone ? rows : [],
            HasCounterHours = hasCounter,
            HasPhoneHours = hasPhone,
            Note = s.Note,
        };
    }

    /// <summary>"tel:+3215238782" from "015 23 87 82": Belgian numbers get the country code.</summary>
    public static string TelHref(string phone)
    {
        var digits = new string([.. phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
        if (digits.StartsWith('0') && !digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = "+32" + digits[1..];
        }

        return "tel:" + digits;
    }

    private static ImmutableArray<string> Hours(ImmutableArray<OpeningHours> hours, DayOfWeek day) =>
        [.. hours.Where(h => h.Days.Contains(day)).SelectMany(h => h.Hours).OrderBy(r => r.From).Select(DutchText.Span)];

    private ServiceModel ServicePageModel(ServicePage s)
    {
        var m = _reference.MunicipalityBySlug[s.MunicipalitySlug];
        var view = ServiceView(s);
        var shell = Shell(Urls.Service(s.MunicipalitySlug, s.Slug), $"{s.Title}, {m.Name}", s.Summary ?? $"{s.Title} van {m.Name}: contact en openingsuren.", "service",
            new Crumb("Gemeenten", _urls.Href(Urls.Municipalities)),
            new Crumb(m.Name, _urls.Href(Urls.Municipality(m.Slug))),
            new Crumb(s.Title, null)) with
        {
            EditUrl = EditUrl(s.SourcePath),
            JsonLd = StructuredData.Service(s, _reference, _urls),
            SearchFilters = _search.ForService(s),
            SearchSort = SearchFacets.SortsForService(),
            SearchMeta = [("gemeenten", m.Name)],
        };
        return new ServiceModel(shell)
        {
            Service = view,
            Municipality = MunicipalityLink(m.Slug),
            Themes = [.. s.Themes.Select(ThemeLink)],
            BodyHtml = s.BodyHtml,
        };
    }

    private ProvinceModel ProvincePage(Province p)
    {
        var practices = SiteIndex.PracticesOf(_index.ByProvince, p.Slug);
        return new ProvinceModel(Shell(Urls.Province(p.Slug), $"Provincie {p.Name}", $"Gemeenten, diensten en goede praktijken rond samenleven in diversiteit in de provincie {p.Name}.", "province",
            new Crumb("Gemeenten", _urls.Href(Urls.Municipalities)),
            new Crumb(p.Name, null)))
        {
            Name = p.Name,
            Municipalities = [.. _reference.Municipalities.Where(m => m.ProvinceSlug == p.Slug).OrderBy(m => m.Name, StringComparer.Ordinal).Select(Entry)],
            Newest = Cards(practices.Take(Urls.PageSize)),
            PracticeCount = practices.Length,
        };
    }

    private PlainModel PlainPageModel(PlainPage page) =>
        new(Shell(Urls.Page(page.Slug), page.Title, page.Summary ?? page.Title, "page", new Crumb(page.Title, null)) with { EditUrl = EditUrl(page.SourcePath) })
        {
            Title = page.Title,
            BodyHtml = page.BodyHtml,
        };

    private SearchModel SearchPage() =>
        new(Shell(Urls.Search, "Zoeken", "Zoek in alle praktijken en diensten, en verfijn op thema, gemeente, provincie, doelgroep, jaar en status.", "search", new Crumb("Zoeken", null)))
        {
            Alternatives = [new("Praktijken per thema", _urls.Href(Urls.Themes)), new("Gemeenten van A tot Z", _urls.Href(Urls.Municipalities)), new("Praktijken per doelgroep", _urls.Href(Urls.TargetGroups)), new("Alle praktijken", _urls.Href(Urls.Practices))],
            Facets = _search.For(_content),
            IndexHref = _urls.Href($"/{Pagefind.BundleFolder}/"),
            ScriptHref = _assets.Has("search.js") ? _urls.Href(_assets.PathOf("search.js")) : null,
            EngineHref = _assets.Has("search-pagefind.js") ? _urls.Href(_assets.PathOf("search-pagefind.js")) : null,
            StylesheetHref = _assets.Has("search.css") ? _urls.Href(_assets.PathOf("search.css")) : null,
        };

    private NotFoundModel NotFound() =>
        new(Shell(Urls.NotFound, "Pagina niet gevonden", "Deze pagina bestaat niet (meer).", "notfound", new Crumb("Pagina niet gevonden", null)) with { NoIndex = true })
        {
            Suggestions = [new("Naar de startpagina", _urls.Href(Urls.Home)), new("Alle praktijken", _urls.Href(Urls.Practices)), new("Thema's", _urls.Href(Urls.Themes)), new("Gemeenten", _urls.Href(Urls.Municipalities)), new("Zoeken", _urls.Href(Urls.Search))],
        };
}
