using Samenleven.Cms;
using Samenleven.Content;
using Samenleven.Site;

namespace Samenleven.SiteFiles;

/// <summary>The editor at <c>/admin/</c>: its page, its configuration generated from the content model, and Decap's bundle.</summary>
public static class AdminFiles
{
    /// <param name="bundle">The files of Decap's browser bundle on disk (see <see cref="DecapBundle"/>).</param>
    /// <param name="stylesheetPath">The site path of the theme's stylesheet, which the editor's preview uses.</param>
    public static IEnumerable<SiteFile> For(ReferenceData reference, SiteUrls urls, IReadOnlyList<string> bundle, string? stylesheetPath = null)
    {
        yield return SiteFile.Text(Urls.Admin + "index.html",
            AdminPage.Html(reference.Site.Title, reference.Site.Language, stylesheetPath is null ? null : AdminPreview.RelativeToAdmin(stylesheetPath)));
        yield return SiteFile.Text(Urls.Admin + AdminPreview.ScriptFile, AdminPreview.Script());
        yield return SiteFile.Text(Urls.Admin + "config.yml", CmsConfig.Generate(reference, urls.Absolute(Urls.Home)));
        foreach (var file in bundle)
        {
            yield return SiteFile.Streamed(Urls.Admin + Path.GetFileName(file), output =>
            {
                using var input = File.OpenRead(file);
                input.CopyTo(output);
            });
        }
    }
}
