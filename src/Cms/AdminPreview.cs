using System.Text.Json;
using Samenleven.Site;

namespace Samenleven.Cms;

/// <summary>
/// The editor's preview, made to look like the site: <c>/admin/preview.js</c> registers the site's stylesheet with
/// Decap (<c>CMS.registerPreviewStyle</c>) and a preview template for a practice with the site's classes
/// (<c>CMS.registerPreviewTemplate</c>). A file of its own, not an inline script: the editor's Content-Security-Policy
/// allows scripts from the site only.
/// </summary>
public static class AdminPreview
{
    /// <summary>The script's file name in <c>/admin/</c>.</summary>
    public const string ScriptFile = "preview.js";

    /// <summary>The meta element of <c>/admin/index.html</c> through which the script finds the fingerprinted stylesheet.</summary>
    public const string StylesheetMeta = "site-stylesheet";

    /// <summary>
    /// The stylesheet's address relative to <c>/admin/</c> (<c>../assets/site.1a2b3c4d5e.css</c>): it then loads on any
    /// base URL and in deploy previews, never from the production site.
    /// </summary>
    public static string RelativeToAdmin(string sitePath) => ".." + sitePath;

    public static string Script() => $$"""
        // Written by the build (src/Cms/AdminPreview.cs): the editor's preview looks like the site.
        (function () {
          "use strict";
          var CMS = window.CMS;
          if (!CMS) return;
          var meta = document.querySelector('meta[name="{{StylesheetMeta}}"]');
          if (meta) CMS.registerPreviewStyle(meta.getAttribute("content"));
          var h = window.h;
          var createClass = window.createClass;
          if (!h || !createClass) return;
          var eyebrow = {{JsonSerializer.Serialize(Texts.PracticeEyebrow)}};
          var PracticePreview = createClass({
            render: function () {
              var data = this.props.entry.get("data");
              return h("main", { className: "wrap", id: "inhoud" },
                h("article", { className: "practice" },
                  h("header", { className: "practice__header" },
                    h("p", { className: "eyebrow" }, eyebrow),
                    h("h1", {}, data.get("title") || ""),
                    h("p", { className: "lead" }, data.get("summary") || "")),
                  h("div", { className: "practice__body prose" }, this.props.widgetFor("body"))));
            }
          });
          CMS.registerPreviewTemplate({{JsonSerializer.Serialize(CmsConfig.PracticesCollection)}}, PracticePreview);
        })();

        """;
}
