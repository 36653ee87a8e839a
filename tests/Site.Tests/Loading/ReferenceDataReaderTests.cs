using Samenleven.Tests.Support;

namespace Samenleven.Tests.Loading;

/// <summary>The optional data per municipality in <c>data/gemeenten.yml</c>: checked like content, with its place.</summary>
public sealed class ReferenceDataReaderTests
{
    [Fact]
    public async Task A_municipalitys_website_and_contact_must_be_a_web_address_and_an_e_mail_address()
    {
        using var site = TestSite.Create("""
            -- data/gemeenten.yml --
            gemeenten:
              - slug: leuven
                naam: Leuven
                nis: "24062"
                provincie: vlaams-brabant
                website: www.leuven.example
                contact:
                  email: samenleven at leuven.example
                  website: javascript:alert(1)
                  adres: Grote Markt 1
            """);

        var run = await site.CheckAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("data/gemeenten.yml:6:5: error SID0010: 'www.leuven.example' is not a web address: write it in full, starting with https://", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/gemeenten.yml:8:7: error SID0010: 'samenleven at leuven.example' is not a valid e-mail address", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/gemeenten.yml:9:7: error SID0010: 'javascript:alert(1)' is not a web address", run.Errors, StringComparison.Ordinal);
        Assert.Contains("data/gemeenten.yml:10:7: error SID0003: unknown key 'adres'", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_municipality_without_website_or_contact_is_fine()
    {
        using var site = TestSite.Create("""
            -- data/gemeenten.yml --
            gemeenten:
              - slug: leuven
                naam: Leuven
                nis: "24062"
                provincie: vlaams-brabant
                website:
                contact:
            """);

        var run = await site.CheckAsync();

        Assert.Equal(0, run.ExitCode);
    }
}
