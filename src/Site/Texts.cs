using System.Collections.Immutable;
using System.Globalization;
using Samenleven.Content;

namespace Samenleven.Site;

/// <summary>
/// Everything a reader sees in Dutch (nl-BE), in one place: labels of the templates, page titles and introductions,
/// plurals, dates and hours written the Flemish way. Templates and planners take their words from here; nothing depends
/// on the machine's culture. Plain language, "je".
/// </summary>
public static class Texts
{
    // ---- Frame of every page ----
    public const string SkipToContent = "Naar de inhoud";
    public const string SearchLabel = "Zoek een praktijk";
    public const string SearchButton = "Zoeken";
    public const string MainMenu = "Hoofdmenu";
    public const string Menu = "Menu";
    public const string Breadcrumbs = "Kruimelpad";
    public const string FooterMenu = "Voettekst";
    public const string SuggestChange = "Stel een wijziging voor";
    public const string SuggestChangeHint = "(via GitHub)";
    public const string PrintedFrom = "Afgedrukt van";
    public const string Home = "Home";

    /// <summary>The sentence under the footer links.</summary>
    public static string FooterNote(string siteTitle) =>
        $"{siteTitle} is een open databank: iedereen kan een praktijk voorstellen. De inhoud is vrij te hergebruiken onder {ContentLicence.Name}.";

    // ---- Navigation and footer links ----
    public const string NavPractices = "Praktijken";
    public const string NavThemes = "Thema's";
    public const string NavMunicipalities = "Gemeenten";
    public const string NavContribute = "Bijdragen";
    public const string NavAbout = "Over";
    public const string FooterAbout = "Over deze databank";
    public const string FooterContribute = "Een praktijk toevoegen";
    public const string FooterAccessibility = "Toegankelijkheid";
    public const string FooterTargetGroups = "Doelgroepen";
    public const string FooterDomains = "Domeinen";
    public const string FooterPlan = "Plan Samenleven";
    public const string FooterOpenData = "Open data";
    public const string FooterFeed = "Atom-feed";
    public const string FooterSource = "Broncode";

    // ---- Home ----
    public const string HomeSearchLabel = "Wat zoek je? Bijvoorbeeld: taal, nieuwkomers, onthaal";
    public const string HomeAddYours = "Voeg jouw praktijk toe";
    public const string HomeThemes = "Thema's";
    public const string HomeNewest = "Nieuwste praktijken";
    public const string HomeAllPractices = "Alle praktijken bekijken";
    public const string HomeByMunicipality = "Per gemeente";
    public const string HomeByMunicipalityIntro = "Zoek wat jouw stad of gemeente al doet, en wie je er kunt contacteren.";
    public const string HomeAllMunicipalities = "Alle gemeenten van A tot Z";

    // ---- Practice cards and lists ----
    /// <summary>The spoken label before a card's municipalities: "Gemeente: " or "Gemeenten: ".</summary>
    public static string CardMunicipalities(int count) => count == 1 ? "Gemeente: " : "Gemeenten: ";
    public const string CardThemes = "Thema's";
    public const string ListSearch = "Zoeken en filteren";
    public const string ListFeed = "Volg via Atom-feed";
    public const string ListEmpty = "Er zijn nog geen praktijken. Ken je er een?";
    public const string ListEmptyAdd = "Voeg ze toe";
    public const string AllPractices = "Alle praktijken";
    public const string AllPracticesIntro = "Alle goede praktijken van Vlaamse steden en gemeenten over samenleven in diversiteit, de nieuwste eerst.";
    public const string AllPracticesLead = "De nieuwste praktijken eerst.";
    public const string NewPractices = "Nieuwe praktijken";

    // ---- Pager ----
    public const string Pagination = "Paginering";
    public const string Previous = "Vorige";
    public const string Next = "Volgende";
    /// <summary>Read after "Vorige" and "Volgende" (with its space: a screen reader says "Volgende pagina").</summary>
    public const string PageSuffix = " pagina";
    public const string PageWordCapital = "Pagina ";

    /// <summary>"Pagina 2": a page of a paged list, in breadcrumbs.</summary>
    public static string PageLabel(int page) => string.Create(CultureInfo.InvariantCulture, $"Pagina {page}");

    /// <summary>"Taal (pagina 2 van 5)": the heading of a page of a list that has several.</summary>
    public static string PagedHeading(string heading, int page, int pageCount) =>
        string.Create(CultureInfo.InvariantCulture, $"{heading} (pagina {page} van {pageCount})");

    /// <summary>"Taal, pagina 2": the title of a later page of a list.</summary>
    public static string PagedTitle(string title, int page) => $"{title}, {PageLabel(page).ToLowerInvariant()}";

    /// <summary>"Nieuwe praktijken: Taal": the title of a term's feed.</summary>
    public static string NewPracticesIn(string term) => $"{NewPractices}: {term}";

    // ---- Practice page ----
    public const string PracticeEyebrow = "Praktijk";
    public const string Facts = "Kenmerken";
    public const string Municipality = "Gemeente";
    public const string Municipalities = "Gemeenten";
    public const string Themes = "Thema's";
    public const string TargetGroups = "Doelgroepen";
    public const string StartedIn = "Gestart in";
    public const string StatusLabel = "Status";
    public const string Organisation = "Organisatie";
    public const string Added = "Toegevoegd";
    public const string Updated = "Bijgewerkt";
    public const string Contact = "Contact";
    public const string MoreInfo = "Meer weten";
    public const string Related = "Gerelateerde praktijken";

    public const string KeyFacts = "Kerngegevens";
    public const string SourceLabel = "Bron:";
    public const string PeriodLabel = "Periode";
    public const string Domain = "Domein";
    public const string Domains = "Domeinen";
    public const string PlanSamenleven = "Plan Samenleven";
    public const string Partners = "Partners";
    public const string Funding = "Financiering";
    public const string Reach = "Bereik";
    public const string Support = "Onderbouwing";
    public const string SupportMore = "Wat betekent dit?";
    public const string BasedOn = "Gebaseerd op";
    public const string CopiedBy = "Overgenomen door";
    public const string Attachments = "Bijlagen";
    public const string Video = "Video bekijken";
    public const string Sources = "Bronnen";
    /// <summary>"Dienst Diversiteit (Kortrijk)": a service named with its municipality.</summary>
    public static string ServiceInMunicipality(string service, string municipality) => $"{service} ({municipality})";

    public const string AskService = "Er staat geen contactpersoon bij deze praktijk. Met vragen kun je terecht bij deze dienst van de gemeente.";
    public const string AskMunicipality = "Er staat geen contactpersoon bij deze praktijk. Op de pagina van de gemeente vind je wat ze doet rond samenleven in diversiteit.";

    public const string LastChangedLabel = "Laatst bijgewerkt op";
    public const string VerifiedLabel = "Laatst nagekeken op";
    public const string MoreInfoHeading = "Meer weten";

    /// <summary>The calm note under a record checked too long ago.</summary>
    public static string VerificationOld(int months) =>
        string.Create(CultureInfo.InvariantCulture, $"Deze gegevens werden langer dan {months} maanden geleden met de gemeente nagekeken. Ze kunnen verouderd zijn: vraag het na bij de gemeente voor je ze overneemt.");

    public static string Consulted(DateOnly date) => $"geraadpleegd op {Date(date)}";

    /// <summary>"Actie 5: Oefenkansen Nederlands organiseren".</summary>
    public static string PlanAction(int number, string title) => string.Create(CultureInfo.InvariantCulture, $"Actie {number}: {title}");

    public static string SupportLevelName(SupportLevel level) => level switch
    {
        SupportLevel.Described => "Beschreven",
        SupportLevel.Founded => "Onderbouwd",
        SupportLevel.Evaluated => "Geëvalueerd",
        SupportLevel.Effective => "Effectief",
        _ => "",
    };

    /// <summary>What a level of the scale means, in one sentence (the scale is explained on /onderbouwing/).</summary>
    public static string SupportLevelExplanation(SupportLevel level) => level switch
    {
        SupportLevel.Described => "De praktijk is beschreven: wat ze doet, voor wie en hoe.",
        SupportLevel.Founded => "De aanpak is onderbouwd: er staat uitgelegd waarom ze zou moeten werken.",
        SupportLevel.Evaluated => "De praktijk is geëvalueerd: de evaluatie staat bij de bronnen.",
        SupportLevel.Effective => "De effecten zijn gemeten: onderzoek toont aan dat de praktijk werkt.",
        _ => "",
    };

    /// <summary>"Sinds september 2019", "2013 – 2018", "Gepland vanaf 2027": a period as a reader wants to read it.</summary>
    public static string Period(Period period, PracticeStatus status)
    {
        if (period.End is { } end)
        {
            return $"{Month(period.Start)} \u2013 {Month(end)}";
        }

        return status switch
        {
            PracticeStatus.Ongoing => $"Sinds {Month(period.Start)}",
            PracticeStatus.Planned => $"Vanaf {Month(period.Start)}",
            _ => $"Gestart in {Month(period.Start)}",
        };
    }

    /// <summary>"september 2019" or "2019".</summary>
    public static string Month(YearMonth value) =>
        value.Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Months[m - 1]} {value.Year}") : Number(value.Year);

    /// <summary>"€ 25.000" or "€ 1.250,50": amounts as Belgians write them.</summary>
    public static string Euro(decimal amount)
    {
        var whole = decimal.Truncate(amount);
        var cents = (int)((amount - whole) * 100);
        var digits = whole.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
        return cents == 0 ? $"\u20AC {digits}" : string.Create(CultureInfo.InvariantCulture, $"\u20AC {digits},{cents:00}");
    }

    /// <summary>"PDF, 240 kB": an attachment's kind and size.</summary>
    public static string FileDescription(string path, long bytes)
    {
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        var kind = extension switch
        {
            ".pdf" => "PDF",
            ".docx" => "Word-document",
            ".odt" => "OpenDocument-tekst",
            ".xlsx" => "Excel-rekenblad",
            ".ods" => "OpenDocument-rekenblad",
            ".pptx" => "PowerPoint-presentatie",
            ".odp" => "OpenDocument-presentatie",
            _ => extension.TrimStart('.').ToUpperInvariant(),
        };
        var size = bytes < 1_000_000
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 500) / 1000)} kB")
            : (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " MB";
        return $"{kind}, {size}";
    }

    /// <summary>The date on a card, with its label: "Toegevoegd op 3 maart 2026".</summary>
    public static string AddedOn(DateOnly date) => $"Toegevoegd op {Date(date)}";

    /// <summary>"+2", after the themes a card shows.</summary>
    public static string MoreThemes(int count) => string.Create(CultureInfo.InvariantCulture, $"+{count}");

    /// <summary>What "+2" says to a screen reader.</summary>
    public static string MoreThemesSpoken(int count) => count == 1 ? "en 1 ander thema" : string.Create(CultureInfo.InvariantCulture, $"en {count} andere thema's");

    // ---- Themes and target groups ----
    public const string ThemesIntro = "Praktijken geordend per thema. Kies een thema om alle praktijken ervan te zien.";
    public const string TargetGroupsIntro = "Praktijken geordend volgens de mensen voor wie ze bedoeld zijn.";
    public const string DomainsIntro = "Een inclusief lokaal bestuur zet in op de hele organisatie: beleid, dienstverlening en interne organisatie. Zoals tandwielen grijpen die drie in elkaar.";

    /// <summary>The introduction of the Plan Samenleven's index, with the page its goals come from.</summary>
    public const string PlanGoalsIntro = "Met het Plan Samenleven ondersteunt de Vlaamse overheid lokale besturen om samenleven in diversiteit te bevorderen. Het plan heeft zeven doelstellingen. Praktijken die aan een doelstelling bijdragen, vind je bij die doelstelling.";
    public const string PlanGoalsTitle = "Plan Samenleven";

    // ---- Municipalities and provinces ----
    public const string MunicipalitiesDescription = "Alle Vlaamse steden en gemeenten, per provincie, met hun praktijken en diensten diversiteit en integratie.";
    public const string ToMunicipalityList = "Naar de lijst van alle gemeenten per provincie";
    public const string ProvincesNav = "Provincies";
    public const string Legend = "Legende";
    public const string Services = "Diensten";
    public const string ProvinceNewest = "Nieuwste praktijken";
    public const string ProvinceNoPractices = "Er zijn nog geen praktijken uit deze provincie.";
    public const string Province = "Provincie";
    public const string MunicipalityWord = "Gemeente";

    public const string MunicipalitiesTitle = "Gemeenten";

    /// <summary>The lead of the municipality index.</summary>
    public static string MunicipalitiesLead(int all, int withContent) =>
        string.Create(CultureInfo.InvariantCulture, $"Alle {all} Vlaamse steden en gemeenten sinds de fusies van 1 januari 2025. {withContent} {(withContent == 1 ? "gemeente heeft" : "gemeenten hebben")} al praktijken of diensten in deze databank.");

    public static string AboutProvince(string province) => $"Over de provincie {province}";

    public static string MunicipalityDescription(string name, bool hasServices) => hasServices
        ? $"Diensten en goede praktijken rond samenleven in diversiteit in {name}."
        : $"Goede praktijken rond samenleven in diversiteit in {name}.";

    public const string MunicipalityInProvince = "Gemeente in de provincie";

    public static string PracticesIn(string name) => $"Praktijken in {name}";

    public static string NoPracticesFrom(string name) => $"Er zijn nog geen praktijken uit {name}.";

    public static string NewPracticesInPlace(string name) => $"Nieuwe praktijken in {name}";

    public static string FollowPracticesFrom(string name) => $"Volg nieuwe praktijken uit {name} via Atom-feed";

    public static string ProvinceTitle(string name) => $"Provincie {name}";

    public static string ProvinceDescription(string name) => $"Gemeenten, diensten en goede praktijken rond samenleven in diversiteit in de provincie {name}.";

    // ---- Every municipality's page, the map and the finder ----

    /// <summary>"Ontstaan op 1 januari 2025 uit de fusie van Beveren, Kruibeke en Zwijndrecht."</summary>
    public static string MergedFrom(IReadOnlyList<string> names) => $"Ontstaan op 1 januari 2025 uit de fusie van {List(names)}.";

    /// <summary>"Kruibeke (nu Beveren-Kruibeke-Zwijndrecht)": a former municipality and the one it is part of now.</summary>
    public static string FormerNowPartOf(string former, string current) => $"{former} (nu {current})";

    /// <summary>"12 praktijken, 1 dienst" or "geen praktijken": beside every municipality in a list.</summary>
    public static string PracticeAndServiceCounts(int practices, int services) =>
        services == 0 ? PracticesOrNone(practices) : $"{PracticesOrNone(practices)}, {Count(services, "dienst", "diensten")}";

    /// <summary>"geen praktijken", "1 praktijk", "3 praktijken".</summary>
    public static string PracticesOrNone(int count) => count == 0 ? "geen praktijken" : Practices(count);

    public const string MunicipalityWebsite = "Website van de gemeente: ";
    public const string MunicipalityContactHeading = "Contact voor diversiteit en integratie";

    /// <summary>The description of the page of a municipality without practices or services.</summary>
    public static string EmptyMunicipalityDescription(string name) =>
        $"{name} heeft nog geen praktijken in deze databank: wat buurgemeenten doen, en hoe je de eerste praktijk uit {name} toevoegt.";

    /// <summary>The friendly notice on the page of a municipality without practices or services.</summary>
    public static string EmptyMunicipality(string name) =>
        $"Er staan nog geen praktijken of diensten uit {name} in deze databank. Hieronder vind je wat buurgemeenten en de rest van de provincie doen.";

    /// <summary>The call on the page of a municipality without practices or services.</summary>
    public static string AddFirstFrom(string name) =>
        $"Werkt {name} aan samenleven in diversiteit, of ken je een goed initiatief uit {name}? Voeg de eerste praktijk toe, of de pagina van de dienst diversiteit of integratie.";

    /// <summary>"Voeg een praktijk of dienst uit Alken toe": the link to the contribution page with the municipality filled in.</summary>
    public static string AddFrom(string name) => $"Voeg een praktijk of dienst uit {name} toe";

    public const string AddFirstHeading = "Help deze pagina op weg";
    public const string NearbyHeading = "Praktijken in de buurt";

    /// <summary>The sentence under "Praktijken in de buurt".</summary>
    public static string NearbyIntro(string name) => $"Uit de gemeenten die het dichtst bij {name} liggen, de dichtstbijzijnde eerst.";

    /// <summary>"op 12 km, 4 praktijken": a nearby municipality's distance (between the centres of the areas) and practices.</summary>
    public static string NearbyMeta(double kilometres, int practices) =>
        string.Create(CultureInfo.InvariantCulture, $"op {Math.Max(1, (int)Math.Round(kilometres, MidpointRounding.AwayFromZero))} km, {Practices(practices)}");

    /// <summary>"In de provincie Limburg".</summary>
    public static string InProvince(string province) => $"In de provincie {province}";

    /// <summary>When every practice of the province is already listed under "Praktijken in de buurt".</summary>
    public static string ProvincePracticesAbove(string province) => $"De praktijken uit de provincie {province} staan hierboven.";

    public static string NoPracticesInProvince(string province) => $"Er zijn nog geen praktijken uit de provincie {province}.";

    /// <summary>"Alle gemeenten en praktijken van de provincie Limburg".</summary>
    public static string AllOfProvince(string province) => $"Alle gemeenten en praktijken van de provincie {province}";

    // The map
    public const string NoPracticesClass = "Geen praktijken";
    public const string MapCredit = "Kaartgegevens: Statbel (statistische sectoren 01/01/2025), bewerking provincies.incijfers.be";

    /// <summary>The map's <c>aria-label</c>.</summary>
    public static string MapLabel(int municipalities) =>
        $"Kaart van Vlaanderen met {MunicipalityCount(municipalities)}, gekleurd volgens hun aantal praktijken. Elke gemeente is een link naar haar pagina.";

    /// <summary>"Kortrijk: 12 praktijken", "Gent: geen praktijken, 1 dienst": the name of a municipality on the map.</summary>
    public static string MapAreaTitle(string name, int practices, int services) => $"{name}: {PracticeAndServiceCounts(practices, services)}";

    /// <summary>A shade class of the map: "1 praktijk", "2 of 3 praktijken", "4 tot 12 praktijken".</summary>
    public static string PracticeRange(int from, int to) =>
        from == to ? Practices(from)
        : to == from + 1 ? string.Create(CultureInfo.InvariantCulture, $"{from} of {to} praktijken")
        : string.Create(CultureInfo.InvariantCulture, $"{from} tot {to} praktijken");

    // The finder on /gemeenten/
    public const string FinderLabel = "Zoek je gemeente";
    public const string FinderHint = "Typ een deel van de naam, ook van een gemeente van vóór de fusies van 2025. Kies dan met de pijltjes en Enter.";
    public const string FinderSuggestions = "Gemeenten";
    public const string FinderNone = "Geen gemeente gevonden. Kijk in de lijst van A tot Z hieronder.";
    public const string FinderOne = "1 gemeente gevonden.";

    /// <summary>The finder's status for several suggestions, with <c>{n}</c> where the script puts the number.</summary>
    public const string FinderMany = "{n} gemeenten gevonden.";

    // ---- Service pages ----
    public const string Phone = "Telefoon: ";
    public const string Email = "E-mail: ";
    public const string Website = "Website: ";
    public const string OpeningHours = "Openingsuren";
    public const string Day = "Dag";
    public const string Counter = "Loket";
    public const string ByPhone = "Telefonisch";
    public const string Closed = "gesloten";
    public const string NotReachable = "niet bereikbaar";
    public const string HoursAnd = " en ";
    public const string HoursUnit = " uur";
    public const string ServiceOf = "Dienst van";
    public const string ServiceWithoutContact = "Voor deze dienst staan nog geen contactgegevens in de databank. Ken je ze? Vul ze aan met ‘Stel een wijziging voor’ onderaan deze pagina.";

    public static string ServiceDescription(string title, string municipality) => $"{title} van {municipality}: contact en openingsuren.";

    // ---- Search ----
    public const string SearchTitle = "Zoeken";
    public const string SearchDescription = "Zoek in alle praktijken en diensten, en verfijn op thema, gemeente, provincie, doelgroep, jaar en status.";
    public const string SearchFieldLabel = "Zoek in praktijken en diensten";
    public const string SearchNoScript = "Zoeken werkt alleen met JavaScript, en dat staat uit in je browser. Je vindt praktijken ook via de pagina’s hieronder.";
    public const string Sort = "Sorteren";
    public const string SortRelevance = "Meest relevant eerst";
    public const string SortNewest = "Nieuwste eerst";
    public const string FacetNone = "Niets bij deze zoekopdracht.";
    public const string ClearFilters = "Wis alle filters";
    public const string Filters = "Filters";
    public const string ActiveFilters = "Actieve filters";
    public const string FilterKeyboardHint = "Met Enter op een filter ga je meteen naar de resultaten.";
    public const string ZeroResultsHeading = "Zo vind je misschien wel iets";
    public const string ZeroResultsWithoutFilter = "Zonder een van je filters:";
    public const string ZeroResultsTerms = "Of kies een onderwerp:";
    public const string Results = "Resultaten";
    public const string MoreResults = "Toon meer resultaten";
    public const string BrowseInstead = "Liever bladeren?";
    public const string BrowseThemes = "Praktijken per thema";
    public const string BrowseMunicipalities = "Gemeenten van A tot Z";
    public const string BrowseTargetGroups = "Praktijken per doelgroep";
    public const string BrowseDomains = "Praktijken per domein: beleid, dienstverlening, interne organisatie";
    public const string BrowsePlan = "Praktijken per doelstelling van het Plan Samenleven";

    public const string FacetTheme = "Thema";
    public const string FacetMunicipality = "Gemeente";
    public const string FacetProvince = "Provincie";
    public const string FacetTargetGroup = "Doelgroep";
    public const string FacetYear = "Gestart in";
    public const string FacetDomain = "Domein";
    public const string FacetPlanGoal = "Plan Samenleven";
    public const string FacetStatus = "Status";
    public const string FacetKind = "Soort";
    public const string KindPractice = "Praktijk";
    public const string KindService = "Dienst";

    /// <summary>The button under a long facet: "Toon alle 24".</summary>
    public static string ShowAll(int count) => string.Create(CultureInfo.InvariantCulture, $"Toon alle {count}");

    // ---- Not found and moved pages ----
    public const string NotFoundTitle = "Pagina niet gevonden";
    public const string NotFoundDescription = "Deze pagina bestaat niet (meer).";
    public const string NotFoundLead = "Deze pagina bestaat niet, of niet meer. Misschien helpt een van deze pagina's je verder:";
    public const string NotFoundHome = "Naar de startpagina";
    public const string MovedTitle = "Deze pagina is verhuisd";
    public const string MovedLink = "Ga naar de nieuwe pagina";

    // ---- The editor at /admin/ ----
    public const string AdminTitle = "Redactie";
    public const string AdminNoScript = "De redactieomgeving werkt alleen met JavaScript. Je kunt een praktijk ook voorstellen via een formulier of een pull request: zie de pagina Bijdragen.";

    // ---- Counts, dates and hours ----
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>"23 november 2026".</summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "maandag",
        DayOfWeek.Tuesday => "dinsdag",
        DayOfWeek.Wednesday => "woensdag",
        DayOfWeek.Thursday => "donderdag",
        DayOfWeek.Friday => "vrijdag",
        DayOfWeek.Saturday => "zaterdag",
        _ => "zondag",
    };

    /// <summary>Monday first, as Belgian calendars are.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>"09.00–12.00": a range without its unit, for tables that add "uur" themselves.</summary>
    public static string Span(TimeRange range) => $"{Time(range.From)}\u2013{Time(range.To)}";

    public static string Time(TimeOnly time) => time.ToString("HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>"Lopend" for a practice that still runs.</summary>
    public static string Status(PracticeStatus status) => status switch
    {
        PracticeStatus.Planned => "Gepland",
        PracticeStatus.Ongoing => "Lopend",
        PracticeStatus.Completed => "Afgerond",
        _ => "",
    };

    /// <summary>"1 praktijk", "3 praktijken".</summary>
    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    public static string Practices(int count) => Count(count, "praktijk", "praktijken");

    public static string MunicipalityCount(int count) => Count(count, "gemeente", "gemeenten");

    /// <summary>"praktijk" or "praktijken": the word after a number shown on its own.</summary>
    public static string PracticesWord(int count) => count == 1 ? "praktijk" : "praktijken";

    public static string MunicipalitiesWord(int count) => count == 1 ? "gemeente" : "gemeenten";

    /// <summary>"A, B en C".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join("", items) : string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1];

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    // ---- Publisher, privacy and the contribution form (issue 15) ----
    public const string FooterPrivacy = "Privacy";
    public const string PublisherHeading = "Uitgever";
    public const string PublisherName = "de naam";
    public const string PublisherAddress = "het adres";
    public const string PublisherEmail = "het e-mailadres";
    public const string PublisherAskOnGitHub = "Stel je vraag op GitHub";

    public static string EnterpriseNumber(string number) => $"Ondernemingsnummer {number}";

    /// <summary>"De uitgever heeft de naam en het adres nog niet ingevuld." Honest about what site.yml does not state yet.</summary>
    public static string PublisherMissing(IReadOnlyList<string> missing) =>
        $"Deze site vermeldt {List(missing)} van de uitgever nog niet.";

    /// <summary>Before the date of the accessibility statement's last evaluation.</summary>
    public const string EvaluatedOn = "Laatst geëvalueerd op";

    // "Meld een wijziging": the contribution form in change mode, for everyone.
    public const string ReportChange = "Meld een wijziging";
    public const string ReportChangeHint = "(zonder account)";

    // The form "Praktijk voorstellen" on /bijdragen/: plain language, GOV.UK's patterns.
    public const string FormHeading = "Praktijk voorstellen";
    public const string FormIntro =
        "Ken je een goede praktijk van een stad of gemeente, of klopt er iets niet op een pagina? Vul dit formulier in. Je hebt geen account nodig. Een redacteur leest alles na voor het online komt.";
    public const string FormOptional = "(optioneel)";
    public const string FormErrorSummaryTitle = "Er is een probleem";
    public const string FormSubmit = "Voorstel versturen";
    public const string FormPrivacyLink = "Wat we met je gegevens doen";
    public const string FormHoneypotLabel = "Laat dit veld leeg";
    public const string MailtoSubject = "Praktijk voorstellen";
    public const string MailtoNote = "Als je op de knop drukt, opent je e-mailprogramma een bericht met je antwoorden. Verstuur dat bericht om je voorstel in te dienen.";

    public const string FormModeLegend = "Wat wil je doen?";
    public const string FormModeNewPractice = "Een nieuwe praktijk voorstellen";
    public const string FormModeChangePage = "Een wijziging melden aan een bestaande pagina";

    public const string FormChangeLegend = "Over de wijziging";
    public const string FormChangeIntro = "Vul dit alleen in als je een wijziging meldt.";
    public const string FormPageLabel = "Over welke pagina gaat het?";
    public const string FormPageHint = "Het adres of de titel van de pagina.";
    public const string FormChangeLabel = "Wat moet er anders?";
    public const string FormChangeHint = "Wat klopt er niet, en wat is juist? Zeg ook waar je het juiste gegeven vond.";
    public const string FormChangeError = "Beschrijf wat er anders moet";

    public const string FormPracticeLegend = "Over de praktijk";
    public const string FormTitleLabel = "Naam van de praktijk";
    public const string FormTitleHint = "Zoals de gemeente ze noemt, bijvoorbeeld 'Taalcafé in de bib'.";
    public const string FormTitleError = "Vul de naam van de praktijk in";
    public const string FormMunicipalityLabel = "Gemeente";
    public const string FormMunicipalityHint = "Typ de naam. Een gemeente van voor de fusies van 2025 mag ook. Meer dan één gemeente? Scheid ze met een komma.";
    public const string FormMunicipalityError = "Vul de gemeente in";
    public const string FormSummaryLabel = "Korte samenvatting";
    public const string FormSummaryHint = "Eén of twee zinnen: wat doet het lokaal bestuur, en voor wie? Hoogstens 300 tekens.";
    public const string FormSummaryError = "Vat de praktijk samen in één of twee zinnen";
    public const string FormThemesLabel = "Thema's";
    public const string FormThemesHint = "Kies er één tot drie.";
    public const string FormThemesError = "Kies minstens één thema";
    public const string FormThemesTooMany = "Kies hoogstens drie thema's";
    public const string FormTargetGroupsLabel = "Voor wie is de praktijk?";
    public const string FormTargetGroupsHint = "Kies zoveel als nodig, of geen.";

    public const string FormDescriptionLegend = "Beschrijving";
    public const string FormDescriptionIntro = "Schrijf alleen wat je weet. Laat een vraag open als je het niet zeker weet: dat is beter dan een gok.";
    public const string FormWhatLabel = "Wat doet het lokaal bestuur, en waarom?";
    public const string FormWhatHint = "Beschrijf de praktijk zo concreet mogelijk.";
    public const string FormForWhomLabel = "Voor wie?";
    public const string FormForWhomHint = "Welke inwoners, diensten of organisaties bereikt de praktijk?";
    public const string FormApproachLabel = "Hoe pakt het bestuur het aan?";
    public const string FormApproachHint = "Wie doet wat, met welke middelen en met wie?";
    public const string FormResultsLabel = "Wat levert het op?";
    public const string FormResultsHint = "Cijfers als je ze hebt, en wat deelnemers en partners zeggen.";
    public const string FormStartLabel = "Sinds wanneer?";
    public const string FormPeriodHint = "Een jaar, zoals 2021, of een jaar en een maand, zoals 2021-09.";
    public const string FormEndLabel = "Tot wanneer?";
    public const string FormEndHint = "Alleen als de praktijk gestopt is. Een jaar, zoals 2023, of een jaar en een maand, zoals 2023-06.";
    public const string FormPeriodError = "Vul een jaar in, zoals 2021, of een jaar en een maand, zoals 2021-09";
    public const string FormOrganisationLabel = "Wie trekt de praktijk?";
    public const string FormOrganisationHint = "Bijvoorbeeld 'Dienst Samenleven'.";
    public const string FormPartnersLabel = "Partners";
    public const string FormPartnersHint = "Eén partner per regel.";
    public const string FormSourcesLabel = "Waar staat meer informatie?";
    public const string FormSourcesHint = "Een webadres of de naam van een document, één per regel.";

    public const string FormContactLegend = "Contactpersoon";
    public const string FormContactIntro = "Wie kunnen lezers contacteren over de praktijk? Alles hier is optioneel.";
    public const string FormContactNameLabel = "Naam of dienst";
    public const string FormContactEmailLabel = "E-mailadres";
    public const string FormContactEmailHint = "Bijvoorbeeld samenleven@gemeente.be.";
    public const string FormContactEmailError = "Vul een e-mailadres in zoals samenleven@gemeente.be";
    public const string FormContactPhoneLabel = "Telefoonnummer";
    public const string FormConsentLabel = "De contactpersoon gaat akkoord dat deze gegevens op de site komen";
    public const string FormConsentHint = "Zonder dit vinkje komen de contactgegevens niet op de site. Een redacteur gebruikt ze dan alleen om een vraag te stellen over je voorstel.";

    // The page after sending.
    public const string ThanksTitle = "Bedankt voor je voorstel";
    public static readonly ImmutableArray<string> ThanksParagraphs =
    [
        "We hebben je voorstel goed ontvangen.",
        "Een redacteur leest het na en maakt er een pagina van, of past de pagina aan. Klopt er iets niet of missen we iets, en gaf je een e-mailadres, dan nemen we contact met je op.",
        "Er is geen vaste termijn: de redactie bekijkt de voorstellen in de volgorde waarin ze binnenkomen. Zodra je voorstel online staat, vind je het bij de praktijken.",
    ];
    public const string ThanksBack = "Naar alle praktijken";

    /// <summary>The note beside a former municipality in the suggestions: "nu Beveren-Kruibeke-Zwijndrecht".</summary>
    public static string FormerNowPart(string current) => $"nu {current}";
}
