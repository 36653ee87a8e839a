using Samenleven.Content;
using Samenleven.Loading;
using Samenleven.Site;

namespace Samenleven.SiteFiles;

/// <summary>
/// Every file the site publishes besides its pages: the sitemap and robots.txt, the feeds, the open data, the theme's
/// assets, the images of <c>input/</c>, the editor, and last the host's rules, which cover all of them.
/// </summary>
public static class SiteFilePlanner
{
    /// <param name="source">Where the images of <c>input/</c> are copied from when they are written.</param>
    /// <param name="editorBundle">Decap's browser files, or empty when the site is built without the editor.</param>
    public static IReadOnlyList<SiteFile> Plan(SiteContext site, SitePlan plan, IProjectSource source, IReadOnlyList<string> editorBundle)
    {
        var files = new List<SiteFile>
        {
            SiteFile.Text(Urls.Sitemap, Sitemap.Xml(plan.Pages.Where(p => p.Indexable).Select(p => p.Path), site.Urls)),
            SiteFile.Text(Urls.Robots, Sitemap.Robots(site.Urls)),
        };
        files.AddRange(Feeds.Files(site));
        files.AddRange(OpenData.Files(site.Content.Practices, site.Reference, site.Urls));
        files.AddRange(site.Assets.Assets.Select(a => SiteFile.Bytes(a.Path, a.Bytes)));
        files.AddRange(site.Project.StaticFiles.Select(path => SiteFile.Copied(path[ProjectPaths.Input.Length..], path, output => source.CopyTo(path, output))));
        if (editorBundle.Count > 0)
        {
            files.AddRange(AdminFiles.For(site.Reference, site.Urls, editorBundle, site.Assets.Has("site.css") ? site.Assets.PathOf("site.css") : null));
        }

        // The host's rules name every top-level folder and file the site publishes, so they are decided last.
        files.AddRange(HostFiles.For(plan, files.Select(f => f.Path), FormTarget(site.Reference.Site.Form)));
        return files;
    }

    /// <summary>The origin the contribution form posts to when it is not the site (a form service, or <c>mailto:</c>).</summary>
    private static string? FormTarget(FormEndpoint form) => form.Kind switch
    {
        FormEndpointKind.Url when Uri.TryCreate(form.Url, UriKind.Absolute, out var uri) => uri.GetLeftPart(UriPartial.Authority),
        FormEndpointKind.Mailto => "mailto:",
        _ => null,
    };
}
