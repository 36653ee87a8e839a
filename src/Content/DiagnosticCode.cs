namespace Samenleven.Content;

/// <summary>
/// What kind of problem a <see cref="Diagnostic"/> is. Printed as <c>SID0001</c>-style codes a contributor can look up in
/// <c>docs/diagnostics.md</c>, which explains each one and how to fix it. Numbers are stable: never reuse or renumber one.
/// </summary>
public enum DiagnosticCode
{
    /// <summary>The YAML of the front matter or of a data file cannot be parsed.</summary>
    YamlSyntax = 1,

    /// <summary>A content file has no front matter, or it is not closed, or empty.</summary>
    FrontMatter = 2,

    /// <summary>A key that the content model does not know.</summary>
    UnknownKey = 3,

    /// <summary>A required key is missing or empty.</summary>
    MissingKey = 4,

    /// <summary>A value of the wrong shape: a list where text is expected, a malformed date or number.</summary>
    WrongType = 5,

    /// <summary>A text value longer than its limit.</summary>
    TooLong = 6,

    /// <summary>HTML in a front-matter value.</summary>
    HtmlInText = 7,

    /// <summary>A slug that is not in <c>data/</c>: an unknown municipality, theme, target group, province or day.</summary>
    UnknownReference = 8,

    /// <summary>The same value listed twice.</summary>
    Duplicate = 9,

    /// <summary>A value that breaks a rule of its kind: an e-mail address, web address, postal code, time range, status or date order.</summary>
    InvalidValue = 10,

    /// <summary>A file or folder name that is not a valid slug, or a folder that is not a municipality.</summary>
    InvalidName = 11,

    /// <summary>A file in the wrong place under <c>input/</c>.</summary>
    MisplacedFile = 12,

    /// <summary>Raw HTML in a Markdown body.</summary>
    RawHtml = 13,

    /// <summary>A link or image with a scheme that is not allowed (<c>javascript:</c>, <c>data:</c>…).</summary>
    UnsafeLink = 14,

    /// <summary>An image without alternative text.</summary>
    MissingAltText = 15,

    /// <summary>A level-1 heading in a body: the page title is already the only one.</summary>
    HeadingLevel = 16,

    /// <summary>A file beside the Markdown that is not an allowed image, or an image that does not exist.</summary>
    StaticFile = 17,

    /// <summary>Two pages or files would be written to the same address.</summary>
    AddressTaken = 18,

    /// <summary>A problem in the reference data of <c>data/</c>: a missing file, a duplicate slug, a broken map.</summary>
    ReferenceData = 19,

    /// <summary>The Node.js tools (Pagefind, Decap CMS) are missing or failed.</summary>
    Tooling = 20,

    /// <summary>The build stopped on a fault that is not in the content (preview reports it and keeps the last good site).</summary>
    BuildFault = 21,

    /// <summary>A symbolic link in <c>input/</c>, <c>data/</c> or <c>themes/</c>: the build never follows one.</summary>
    SymbolicLink = 22,

    /// <summary>A control character (or another character a page or feed cannot hold) in the text.</summary>
    ControlCharacter = 23,

    /// <summary>A file that is not UTF-8.</summary>
    NotUtf8 = 24,

    /// <summary>Lists, quotes or groups of keys nested deeper than a page can show.</summary>
    NestedTooDeeply = 25,

    /// <summary>An address the site keeps for itself, or one that is not a page: an alias or page under /admin/, /assets/, /data/ or /pagefind/, or a file name.</summary>
    ReservedAddress = 26,

    /// <summary>A link or image to a page or file of this site that does not exist.</summary>
    MissingTarget = 27,

    /// <summary>A content file too large to be a practice or page.</summary>
    FileTooLarge = 28,

    /// <summary>A key that still works but is replaced by another (<c>jaar</c> by <c>periode</c>).</summary>
    Deprecated = 40,

    /// <summary>A record not checked with its municipality for longer than the site allows.</summary>
    Stale = 41,

    /// <summary>The summary repeated as the first paragraph of the text.</summary>
    SummaryRepeated = 42,

    /// <summary>A link to an anchor (<c>#section</c>) that the page does not have.</summary>
    MissingAnchor = 43,

    /// <summary>An external link that did not answer or answered with an error (<c>check --external</c>).</summary>
    BrokenExternalLink = 44,

    /// <summary>The accessibility statement's evaluation is more than a year old (or its date is missing).</summary>
    AccessibilityEvaluationOld = 70,

    /// <summary>The publisher in <c>data/site.yml</c> has a value that cannot be right (an e-mail address, an enterprise number).</summary>
    InvalidPublisher = 71,

    /// <summary>The contribution form's endpoint in <c>data/site.yml</c> is not <c>netlify</c>, <c>mailto</c> or a web address, or <c>mailto</c> has no address.</summary>
    InvalidFormEndpoint = 72,

    /// <summary>A thesaurus entry (<c>data/synoniemen.yml</c>) names a theme or target group that does not exist.</summary>
    ThesaurusUnknownSlug = 80,

    /// <summary>A word listed twice in a thesaurus entry, or a term that two entries claim.</summary>
    ThesaurusDuplicate = 81,

    /// <summary>Thesaurus entries whose search terms are each other's terms in a loop.</summary>
    ThesaurusLoop = 82,

    /// <summary>A thesaurus word marked dated (<c>verouderd</c>) that is not one of the entry's search terms.</summary>
    ThesaurusDatedNotSearched = 83,

    /// <summary>A thesaurus entry without terms or search terms, or a word without letters.</summary>
    ThesaurusEntryEmpty = 84,
}

/// <summary>The printed form of a <see cref="DiagnosticCode"/>.</summary>
public static class DiagnosticCodes
{
    /// <summary><c>SID0001</c> for <see cref="DiagnosticCode.YamlSyntax"/>.</summary>
    public static string Id(this DiagnosticCode code) =>
        "SID" + ((int)code).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
