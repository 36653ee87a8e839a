namespace Samenleven.Serve;

/// <summary>
/// The script the preview server adds to every HTML page it serves (never to built pages): it listens to
/// <see cref="ReloadHub"/>, reloads the tab when its page changed and shows content errors in a panel over the page.
/// The panel is built with textContent only: diagnostics quote the contributor's text and must never become markup.
/// </summary>
public static class ReloadScript
{
    public const string Path = "/__preview/reload.js";

    /// <summary>The tag inserted before <c>&lt;/body&gt;</c>.</summary>
    public const string Tag = "<script src=\"" + Path + "\" defer></script>";

    /// <summary>The tag for the 404 page: that tab reloads on any change, since the page it asked for may now exist.</summary>
    public const string NotFoundTag = "<script src=\"" + Path + "\" data-not-found defer></script>";

    public const string Source = """
        (() => {
          "use strict";
          const notFound = document.currentScript !== null && document.currentScript.hasAttribute("data-not-found");
          const here = () => decodeURI(location.pathname).replace(/index\.html$/, "");
          let panel = null;
          const hide = () => { if (panel) { panel.remove(); panel = null; } };
          const show = (lines) => {
            hide();
            panel = document.createElement("section");
            panel.setAttribute("role", "alert");
            panel.setAttribute("aria-labelledby", "preview-fout-kop");
            panel.id = "preview-fout";
            panel.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "background:#fff4f4;color:#1a1a1a;border-top:4px solid #b00020;padding:1rem 1.5rem;font:16px/1.5 system-ui,sans-serif;box-shadow:0 -2px 12px rgba(0,0,0,.25)";
            const title = document.createElement("h2");
            title.id = "preview-fout-kop";
            title.style.cssText = "margin:0 0 .5rem;font-size:1.25rem;color:#b00020";
            title.textContent = "De preview kon niet worden bijgewerkt";
            const intro = document.createElement("p");
            intro.style.margin = "0 0 .5rem";
            intro.textContent = "Er staat een fout in de inhoud. Je ziet nog de vorige versie van de site. Verbeter het bestand en bewaar het opnieuw: deze melding verdwijnt dan vanzelf.";
            const list = document.createElement("pre");
            list.style.cssText = "white-space:pre-wrap;margin:0;font:14px/1.4 ui-monospace,monospace";
            list.textContent = lines.join("\n");
            const close = document.createElement("button");
            close.type = "button";
            close.textContent = "Verbergen";
            close.style.cssText = "margin-top:.75rem;font:inherit";
            close.addEventListener("click", hide);
            panel.append(title, intro, list, close);
            document.body.append(panel);
          };
          const events = new EventSource("/__preview/events");
          events.addEventListener("problem", (e) => show(JSON.parse(e.data)));
          events.addEventListener("fixed", hide);
          events.addEventListener("reload", (e) => {
            const changed = JSON.parse(e.data);
            if (changed.includes(here()) || notFound) {
              location.reload();
            }
          });
        })();
        """;
}
