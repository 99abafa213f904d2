package org.sifara.pages;

import java.util.List;
import java.util.Map;

/**
 * An error as a page for browsers (400, 404, 406, 503...): what went wrong in the interface's
 * language, the server's own sentence (in English, as other clients get it as plain text), and
 * the site's navigation to go on from.
 */
public final class ErrorPage {

    private final Site site;
    private final View view;

    public ErrorPage(Site site, View view) {
        this.site = site;
        this.view = view;
    }

    public String render(int status, String message) {
        Map<String, Object> m = site.model(view);
        String key = "error_" + status;
        String title = site.messages().has(view.lang(), key) ? site.word(view, key) : site.word(view, "error_other");
        m.put("status", status);
        m.put("title", title);
        m.put("message", message);
        m.put("hint", site.messages().has(view.lang(), key + "_hint") ? site.word(view, key + "_hint") : null);
        m.put("home", view.local("/"));
        return site.page(view, "error", m, status + " " + title, null, List.of(), List.of());
    }
}
