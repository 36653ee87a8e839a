using System.Collections.Frozen;
using System.Collections.Immutable;
using Samenleven.Content;

namespace Samenleven.Site.Pages;

/// <summary>A municipality's page: its services and practices, or, while it has none, what is done nearby and a way to add the first.</summary>
public sealed record MunicipalityModel(PageShell Shell) : PageModel(Shell)
{
    public required string Name { get; init; }
    public required LinkItem Province { get; init; }

    /// <summary>"Ontstaan op 1 januari 2025 uit de fusie van …", or null when it did not merge.</summary>
    public string? MergerText { get; init; }

    /// <summary>The municipality's website, from <c>data/gemeenten.yml</c>; null when unknown.</summary>
    public string? Website { get; init; }

    /// <summary>The municipality's own contact for diversity or integration, from <c>data/gemeenten.yml</c>; null when unknown.</summary>
    public MunicipalityContactView? Contact { get; init; }
    public required ImmutableArray<ServiceView> Services { get; init; }
    public required string PracticesHeading { get; init; }
    public required string NoPracticesText { get; init; }
    public required ImmutableArray<PracticeCard> Practices { get; init; }
    public string? FeedHref { get; init; }
    public string? FeedText { get; init; }

    /// <summary>What a page without practices or services shows instead; null when the municipality has some.</summary>
    public EmptyMunicipalityView? Empty { get; init; }

    /// <summary>The contribution page with this municipality filled in.</summary>
    public required LinkItem Contribute { get; init; }
}

/// <summary>A municipality's contact, ready to show: links for e-mail and phone.</summary>
public sealed record MunicipalityContactView(string? Name, string? Email, string? EmailHref, string? Phone, string? PhoneHref, string? Website);

/// <summary>
/// The page of a municipality without practices or services: a friendly notice with the call to add the first, the
/// practices of the nearest municipalities (nearest first) and the province's other practices.
/// </summary>
public sealed record EmptyMunicipalityView(
    string Notice,
    string Call,
    string NearbyIntro,
    ImmutableArray<NearbyPractices> Nearby,
    string ProvinceHeading,
    ImmutableArray<PracticeCard> ProvincePractices,
    string? ProvinceNote,
    LinkItem ProvinceLink);

/// <summary>A nearby municipality with its distance and its newest practices.</summary>
/// <param name="Meta">"op 12 km, 4 praktijken".</param>
public sealed record NearbyPractices(LinkItem Municipality, string Meta, ImmutableArray<LinkItem> Practices);

/// <summary>A page for every municipality, also while it has no content yet (then kept out of search engines).</summary>
public sealed class MunicipalityPlanner : IPagePlanner
{
    /// <summary>Nearby municipalities with practices on an empty page, and how many of each one's practices it shows.</summary>
    public const int NearbyMunicipalities = 3;

    public const int PracticesPerNearby = 3;

    /// <summary>How many of the province's other practices an empty page shows.</summary>
    public const int ProvincePractices = 4;

    public IEnumerable<IPlannedPage> Plan(SiteContext site)
    {
        var reference = site.Reference;
        var parties = MergerParties(reference);
        var geography = site.Project.Map is { } map ? new MunicipalityGeography(map, reference) : null;
        var withPractices = reference.Municipalities.Where(m => site.Index.ByMunicipality.ContainsKey(m.Slug)).ToArray();
        foreach (var m in reference.Municipalities)
        {
            var province = reference.ProvinceBySlug[m.ProvinceSlug];
            var practices = ContentIndex.PracticesOf(site.Index.ByMunicipality, m.Slug);
            var services = site.Index.ServicesOf(m.Slug);
            var hasContent = practices.Length > 0 || services.Length > 0;
            var feed = Urls.MunicipalityFeed(m.Slug);
            var description = hasContent ? Texts.MunicipalityDescription(m.Name, services.Length > 0) : Texts.EmptyMunicipalityDescription(m.Name);
            var shell = site.Shell(Urls.Municipality(m.Slug), m.Name, description, PageKind.Municipality,
                new Crumb(Texts.MunicipalitiesTitle, site.Href(Urls.Municipalities)),
                new Crumb(province.Name, site.Href(Urls.Province(province.Slug))),
                new Crumb(m.Name, null)) with
            {
                // Only municipalities with practices have a feed (a service page is not news).
                Alternates = practices.Length > 0 ? [site.Feed(Texts.NewPracticesInPlace(m.Name), feed)] : [],

                // A page without own content would be a thin page to a search engine; readers still reach it from every list.
                NoIndex = !hasContent,
            };
            yield return new PlannedPage(new MunicipalityModel(shell)
            {
                Name = m.Name,
                Province = new LinkItem(province.Name, site.Href(Urls.Province(province.Slug))),
                MergerText = parties.TryGetValue(m.Slug, out var names) ? Texts.MergedFrom(names) : null,
                Website = m.Website,
                Contact = m.Contact is { } c ? new MunicipalityContactView(
                    c.Name,
                    c.Email,
                    c.Email is { } email ? "mailto:" + email : null,
                    c.Phone,
                    c.Phone is { } phone ? PhoneNumbers.TelHref(phone) : null,
                    c.Website) : null,
                Services = [.. services.Select(s => ServicePlanner.View(site, s))],
                PracticesHeading = Texts.PracticesIn(m.Name),
                NoPracticesText = Texts.NoPracticesFrom(m.Name),
                Practices = site.Cards(practices),
                FeedHref = practices.Length > 0 ? site.Href(feed) : null,
                FeedText = Texts.FollowPracticesFrom(m.Name),
                Empty = hasContent ? null : Empty(site, m, province, geography, withPractices),
                Contribute = new LinkItem(Texts.AddFrom(m.Name), site.Href(Urls.ContributeFor(m.Slug))),
            });
        }
    }

    /// <summary>
    /// The names of the municipalities that merged into each merged one, A to Z. A merger has at least two parties; a
    /// municipality that kept its NIS code (Antwerpen, which Borsbeek joined) is not a former one in the data, so when
    /// only one former municipality is listed, the merged municipality itself is the other party.
    /// </summary>
    public static FrozenDictionary<string, ImmutableArray<string>> MergerParties(ReferenceData reference) =>
        reference.FormerMunicipalities
            .GroupBy(f => f.MergedIntoSlug, StringComparer.Ordinal)
            .Where(g => reference.MunicipalityBySlug.ContainsKey(g.Key))
            .ToFrozenDictionary(
                g => g.Key,
                g =>
                {
                    var names = g.Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
                    if (names.Count == 1)
                    {
                        names.Add(reference.MunicipalityBySlug[g.Key].Name);
                    }

                    return names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
                },
                StringComparer.Ordinal);

    private static EmptyMunicipalityView Empty(SiteContext site, Municipality m, Province province, MunicipalityGeography? geography, Municipality[] withPractices)
    {
        var shown = new HashSet<Practice>(ReferenceEqualityComparer.Instance);
        var nearby = ImmutableArray.CreateBuilder<NearbyPractices>();
        foreach (var near in geography?.Nearest(m.Slug, withPractices) ?? [])
        {
            var all = ContentIndex.PracticesOf(site.Index.ByMunicipality, near.Municipality.Slug);

            // A practice of several municipalities is shown once, with the nearest of them.
            var fresh = all.Where(p => !shown.Contains(p)).Take(PracticesPerNearby).ToArray();
            shown.UnionWith(fresh);
            if (fresh.Length == 0)
            {
                continue;
            }

            nearby.Add(new NearbyPractices(
                site.MunicipalityLink(near.Municipality.Slug),
                Texts.NearbyMeta(near.Kilometres, all.Length),
                [.. fresh.Select(p => new LinkItem(p.Title, site.Href(Urls.Practice(p.Slug))))]));
            if (nearby.Count == NearbyMunicipalities)
            {
                break;
            }
        }

        var inProvince = ContentIndex.PracticesOf(site.Index.ByProvince, province.Slug);
        var others = inProvince.Where(p => !shown.Contains(p)).Take(ProvincePractices).ToArray();
        return new EmptyMunicipalityView(
            Texts.EmptyMunicipality(m.Name),
            Texts.AddFirstFrom(m.Name),
            Texts.NearbyIntro(m.Name),
            nearby.ToImmutable(),
            Texts.InProvince(province.Name),
            site.Cards(others),
            inProvince.Length == 0 ? Texts.NoPracticesInProvince(province.Name) : others.Length == 0 ? Texts.ProvincePracticesAbove(province.Name) : null,
            new LinkItem(Texts.AllOfProvince(province.Name), site.Href(Urls.Province(province.Slug))));
    }
}
