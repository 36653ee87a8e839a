using Samenleven.Site.Pages;
using Samenleven.Tests.Support;

namespace Samenleven.Tests.Site.Pages;

public sealed class ServicePlannerTests
{
    [Fact]
    public void A_service_page_shows_its_week_monday_first_with_hours_in_order()
    {
        using var site = TestSite.Create(PlannerTestSites.TwoPracticesAndAService);

        var page = Assert.Single(new ServicePlanner().Plan(site.Context()));
        var model = (ServiceModel)page.Model();

        Assert.Equal("/gemeenten/kortrijk/dienst-diversiteit/", page.Path);
        Assert.Equal("input/gemeenten/kortrijk/dienst-diversiteit.md", page.Source);
        Assert.Equal("Dienst Diversiteit, Kortrijk | Testsite", model.Shell.Title);
        Assert.Equal(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"], model.Service.Hours.Select(h => h.Day));
        Assert.Equal<string>(["09.00\u201312.00", "13.30\u201316.00"], model.Service.Hours[0].Counter);
        Assert.Empty(model.Service.Hours[1].Counter);
        Assert.True(model.Service.HasCounterHours);
        Assert.False(model.Service.HasPhoneHours);
        Assert.Equal("tel:+3256270000", model.Service.PhoneHref);
        Assert.Equal("uren-dienst-diversiteit", model.Service.HoursId);
        Assert.True(model.Service.HasContact);
    }

    [Fact]
    public void A_service_without_address_phone_email_or_website_has_no_contact_block()
    {
        using var site = TestSite.Create("""
            -- input/gemeenten/gent/dienst.md --
            ---
            title: Dienst
            ---
            Tekst.
            """);

        var model = (ServiceModel)Assert.Single(new ServicePlanner().Plan(site.Context())).Model();

        Assert.False(model.Service.HasContact);
        Assert.Empty(model.Service.Hours);
        Assert.Equal("Dienst van Gent: contact en openingsuren.", model.Shell.Description);
    }
}
