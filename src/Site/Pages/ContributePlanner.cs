using System.Collections.Immutable;
using Samenleven.Content;
using F = Samenleven.Content.ContributionFields;

namespace Samenleven.Site.Pages;

/// <summary>How a field of the contribution form is asked.</summary>
public enum FormFieldKind
{
    Text,
    TextArea,
    Email,
    Phone,

    /// <summary>A group of checkboxes in a fieldset (themes, target groups).</summary>
    Checkboxes,

    /// <summary>A group of radio buttons in a fieldset (new practice or change).</summary>
    Radios,

    /// <summary>One checkbox (consent).</summary>
    Checkbox,
}

/// <summary>A choice of a checkbox or radio group.</summary>
public sealed record FormOption(string Value, string Label, string Id, bool Checked = false);

/// <summary>
/// One field of the form, as GOV.UK's patterns ask: a label, a hint, the message shown next to the field and in the
/// error summary when it is wrong (the form's script shows them; without JavaScript the browser checks the required
/// fields). Ids are stable, so the error summary links to them.
/// </summary>
public sealed record FormFieldView(string Name, FormFieldKind Kind, string Label)
{
    public string Id => "veld-" + Name.Replace('_', '-');
    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-fout";
    public string? Hint { get; init; }

    /// <summary>Required by the browser itself, without JavaScript (only what every submission needs).</summary>
    public bool Required { get; init; }

    /// <summary>Required for a new practice, checked by the form's script (and by the importer).</summary>
    public bool RequiredForNew { get; init; }

    /// <summary>Required when a change is reported, checked by the form's script.</summary>
    public bool RequiredForChange { get; init; }

    /// <summary>Shown with "(optioneel)" after the label: GOV.UK marks the optional fields, not the required ones.</summary>
    public bool Optional => !Required && !RequiredForNew && !RequiredForChange && Kind is not (FormFieldKind.Checkbox or FormFieldKind.Radios);
    public string? ErrorMessage { get; init; }
    public int? MaxLength { get; init; }
    public int? MaxChoices { get; init; }
    public string? TooManyMessage { get; init; }
    public string? Pattern { get; init; }
    public string? ListId { get; init; }
    public int Rows { get; init; } = 5;
    public string? InputMode { get; init; }
    public ImmutableArray<FormOption> Options { get; init; } = [];

    /// <summary>The group the field belongs to; the script hides the change group for a new practice and the practice's description for a change.</summary>
    public string? Group { get; init; }
}

/// <summary>A fieldset of the form with its legend.</summary>
public sealed record FormSectionView(string Id, string Legend, string? Intro, ImmutableArray<FormFieldView> Fields)
{
    /// <summary>The mode in which this section is relevant, or null for both (the script hides the other's).</summary>
    public string? Mode { get; init; }

    /// <summary>False for a section whose only field is a group with its own legend (no heading says the same twice).</summary>
    public bool ShowsHeading { get; init; } = true;
}

/// <summary>A suggestion in the municipality field: a current or former municipality's name, with its slug for <c>?gemeente=</c>.</summary>
public sealed record MunicipalitySuggestion(string Name, string Slug, string? Note);

/// <summary>The form "Praktijk voorstellen": where it posts and what it asks.</summary>
public sealed record ContributionFormView
{
    public required string Action { get; init; }

    /// <summary><c>text/plain</c> for <c>mailto:</c>, so the e-mail reads as <c>field=value</c> lines; null otherwise.</summary>
    public string? Enctype { get; init; }
    public required bool Netlify { get; init; }

    /// <summary>Said above the send button when the form opens the reader's e-mail program.</summary>
    public string? MailtoNote { get; init; }
    public required ImmutableArray<FormSectionView> Sections { get; init; }
    public required ImmutableArray<MunicipalitySuggestion> Municipalities { get; init; }
    public required string PrivacyHref { get; init; }
}

/// <summary>
/// <c>/bijdragen/</c>: the form for everyone first, then the page's own text (<c>input/bijdragen.md</c>: what makes a good
/// practice, what happens next, and lower down the ways in for who works with GitHub).
/// </summary>
public sealed record ContributeModel(PageShell Shell) : PageModel(Shell)
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required ContributionFormView Form { get; init; }
    public string? ScriptHref { get; init; }
}

/// <summary>The page after sending the form: thanks, and what happens next.</summary>
public sealed record ContributeThanksModel(PageShell Shell) : PageModel(Shell)
{
    public required string Title { get; init; }
    public required ImmutableArray<string> Paragraphs { get; init; }
    public required LinkItem Back { get; init; }
}

/// <summary>The contribution page with its form, and the thank-you page it leads to.</summary>
public sealed class ContributePlanner : IPagePlanner
{
    /// <summary>The plain page this planner shows above and below the form (<c>input/bijdragen.md</c>).</summary>
    public const string Slug = "bijdragen";

    public IEnumerable<IPlannedPage> Plan(SiteContext site)
    {
        if (site.Content.Pages.FirstOrDefault(p => p.Slug == Slug) is not { } page)
        {
            yield break;
        }

        yield return new PlannedPage(
            new ContributeModel(site.Shell(Urls.Contribute, page.Title, page.Summary ?? page.Title, PageKind.Page, new Crumb(page.Title, null)) with { EditUrl = site.EditUrl(page.SourcePath) })
            {
                BodySource = page.SourcePath,
                Body = page.Body,
                Title = page.Title,
                Intro = Texts.FormIntro,
                Form = Form(site),
                ScriptHref = site.Assets.Has("contribute.js") ? site.Href(site.Assets.PathOf("contribute.js")) : null,
            },
            page.SourcePath);

        yield return new PlannedPage(
            new ContributeThanksModel(site.Shell(Urls.ContributeThanks, Texts.ThanksTitle, Texts.ThanksTitle, PageKind.Page,
                new Crumb(page.Title, site.Href(Urls.Contribute)), new Crumb(Texts.ThanksTitle, null)) with
            { NoIndex = true })
            {
                Title = Texts.ThanksTitle,
                Paragraphs = Texts.ThanksParagraphs,
                Back = new LinkItem(Texts.ThanksBack, site.Href(Urls.Practices)),
            });
    }

    /// <summary>The form for a site: its endpoint from <c>data/site.yml</c>, its choices from <c>data/</c>.</summary>
    public static ContributionFormView Form(SiteContext site)
    {
        var endpoint = site.Reference.Site.Form;
        return new ContributionFormView
        {
            Action = endpoint.Kind switch
            {
                FormEndpointKind.Netlify => site.Href(Urls.ContributeThanks),
                FormEndpointKind.Mailto => endpoint.Url + "?subject=" + Uri.EscapeDataString(Texts.MailtoSubject),
                _ => endpoint.Url!, // A Url endpoint always has its address (see ReferenceDataReader).
            },
            Enctype = endpoint.Kind == FormEndpointKind.Mailto ? "text/plain" : null,
            Netlify = endpoint.Kind == FormEndpointKind.Netlify,
            MailtoNote = endpoint.Kind == FormEndpointKind.Mailto ? Texts.MailtoNote : null,
            Sections = Sections(site.Reference),
            Municipalities = Suggestions(site.Reference),
            PrivacyHref = site.Href(Urls.Privacy),
        };
    }

    /// <summary>Every field of the form, in the order it asks them.</summary>
    public static ImmutableArray<FormSectionView> Sections(ReferenceData reference) =>
    [
        new("soort", Texts.FormModeLegend, null,
        [
            new(F.Mode, FormFieldKind.Radios, Texts.FormModeLegend)
            {
                Options = [new(F.NewPracticeMode, Texts.FormModeNewPractice, "soort-nieuw", Checked: true), new(F.ChangeMode, Texts.FormModeChangePage, "soort-wijziging")],
            },
        ]) { ShowsHeading = false },
        new("over-de-wijziging", Texts.FormChangeLegend, Texts.FormChangeIntro,
        [
            new(F.Page, FormFieldKind.Text, Texts.FormPageLabel) { Hint = Texts.FormPageHint, MaxLength = 300 },
            new(F.Change, FormFieldKind.TextArea, Texts.FormChangeLabel) { Hint = Texts.FormChangeHint, RequiredForChange = true, MaxLength = 5000, ErrorMessage = Texts.FormChangeError },
        ]) { Mode = F.ChangeMode },
        new("over-de-praktijk", Texts.FormPracticeLegend, null,
        [
            new(F.Title, FormFieldKind.Text, Texts.FormTitleLabel) { Hint = Texts.FormTitleHint, Required = true, MaxLength = ContentLimits.TitleMaxLength, ErrorMessage = Texts.FormTitleError },
            new(F.Municipalities, FormFieldKind.Text, Texts.FormMunicipalityLabel)
            {
                Hint = Texts.FormMunicipalityHint, Required = true, MaxLength = 300, ListId = "gemeenten-lijst", ErrorMessage = Texts.FormMunicipalityError,
            },
            new(F.Summary, FormFieldKind.TextArea, Texts.FormSummaryLabel)
            {
                Hint = Texts.FormSummaryHint, RequiredForNew = true, MaxLength = ContentLimits.SummaryMaxLength, Rows = 3, ErrorMessage = Texts.FormSummaryError,
            },
            new(F.Themes, FormFieldKind.Checkboxes, Texts.FormThemesLabel)
            {
                Hint = Texts.FormThemesHint, RequiredForNew = true, MaxChoices = ContentLimits.MaxThemes, ErrorMessage = Texts.FormThemesError, TooManyMessage = Texts.FormThemesTooMany,
                Options = [.. reference.Themes.Select(t => new FormOption(t.Slug, t.Title, "thema-" + t.Slug))],
            },
            new(F.TargetGroups, FormFieldKind.Checkboxes, Texts.FormTargetGroupsLabel)
            {
                Hint = Texts.FormTargetGroupsHint,
                Options = [.. reference.TargetGroups.Select(t => new FormOption(t.Slug, t.Title, "doelgroep-" + t.Slug))],
            },
        ]) { Mode = null },
        new("beschrijving", Texts.FormDescriptionLegend, Texts.FormDescriptionIntro,
        [
            new(F.What, FormFieldKind.TextArea, Texts.FormWhatLabel) { Hint = Texts.FormWhatHint, MaxLength = 5000 },
            new(F.ForWhom, FormFieldKind.TextArea, Texts.FormForWhomLabel) { Hint = Texts.FormForWhomHint, MaxLength = 5000 },
            new(F.Approach, FormFieldKind.TextArea, Texts.FormApproachLabel) { Hint = Texts.FormApproachHint, MaxLength = 5000 },
            new(F.Results, FormFieldKind.TextArea, Texts.FormResultsLabel) { Hint = Texts.FormResultsHint, MaxLength = 5000 },
            new(F.PeriodStart, FormFieldKind.Text, Texts.FormStartLabel) { Hint = Texts.FormPeriodHint, MaxLength = 7, Pattern = PeriodPattern, InputMode = "numeric", ErrorMessage = Texts.FormPeriodError },
            new(F.PeriodEnd, FormFieldKind.Text, Texts.FormEndLabel) { Hint = Texts.FormEndHint, MaxLength = 7, Pattern = PeriodPattern, InputMode = "numeric", ErrorMessage = Texts.FormPeriodError },
            new(F.Organisation, FormFieldKind.Text, Texts.FormOrganisationLabel) { Hint = Texts.FormOrganisationHint, MaxLength = 200 },
            new(F.Partners, FormFieldKind.TextArea, Texts.FormPartnersLabel) { Hint = Texts.FormPartnersHint, MaxLength = 2000, Rows = 3 },
            new(F.Sources, FormFieldKind.TextArea, Texts.FormSourcesLabel) { Hint = Texts.FormSourcesHint, MaxLength = 2000, Rows = 3 },
        ]) { Mode = F.NewPracticeMode },
        new("contact", Texts.FormContactLegend, Texts.FormContactIntro,
        [
            new(F.ContactName, FormFieldKind.Text, Texts.FormContactNameLabel) { MaxLength = 200 },
            new(F.ContactEmail, FormFieldKind.Email, Texts.FormContactEmailLabel) { Hint = Texts.FormContactEmailHint, MaxLength = 200, ErrorMessage = Texts.FormContactEmailError },
            new(F.ContactPhone, FormFieldKind.Phone, Texts.FormContactPhoneLabel) { MaxLength = 40 },
            new(F.Consent, FormFieldKind.Checkbox, Texts.FormConsentLabel) { Hint = Texts.FormConsentHint, Options = [new(F.ConsentGiven, Texts.FormConsentLabel, "veld-toestemming")] },
        ]),
    ];

    /// <summary>A year (2021) or a year and month (2021-09), as <c>periode</c> takes them.</summary>
    public const string PeriodPattern = "[0-9]{4}(-[0-9]{2})?";

    /// <summary>Current municipalities and the former ones, by name: people still write "Kruibeke".</summary>
    private static ImmutableArray<MunicipalitySuggestion> Suggestions(ReferenceData reference)
    {
        var current = reference.Municipalities.Select(m => new MunicipalitySuggestion(m.Name, m.Slug, null));
        var former = reference.FormerMunicipalities
            .Where(f => !reference.Municipalities.Any(m => m.Name == f.Name))
            .Select(f => new MunicipalitySuggestion(f.Name, f.Slug, Texts.FormerNowPart(reference.MunicipalityBySlug[f.MergedIntoSlug].Name)));
        return [.. current.Concat(former).DistinctBy(s => s.Name, StringComparer.Ordinal).OrderBy(s => s.Name, StringComparer.Ordinal)];
    }
}
