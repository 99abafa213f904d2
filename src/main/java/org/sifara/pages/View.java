package org.sifara.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Whom a page is rendered for: the interface language, whether the URL chose it ({@code ?lang=};
 * the page's links then keep it, so a reader who switched stays in that language), and the page's
 * own path and query (without {@code lang}), for the language switch.
 *
 * @param query the URL's query string without {@code lang}, already encoded, or "" when none
 */
public record View(Lang lang, boolean pinned, String path, String query) {

    public View {
        query = query == null ? "" : query;
    }

    /** A view in {@code lang} chosen by the URL, for tests and pages without a request. */
    public static View of(Lang lang, String path) {
        return new View(lang, true, path, "");
    }

    /** What a kept rendering of this page is filed under, beside its own key. */
    public String cacheSuffix() {
        return lang.code() + (pinned ? "!" : "");
    }

    /** This page in the other language. */
    public String switchHref() {
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + lang.other().code();
    }

    /** A local path with this view's language added when the URL chose it. */
    public String local(String localPath) {
        if (!pinned) {
            return localPath;
        }
        int hash = localPath.indexOf('#');
        String fragment = hash < 0 ? "" : localPath.substring(hash);
        String base = hash < 0 ? localPath : localPath.substring(0, hash);
        return base + (base.contains("?") ? "&" : "?") + "lang=" + lang.code() + fragment;
    }

    /** {@code path?name=value&...} with each value encoded. */
    public static String withParams(String path, String... namesAndValues) {
        StringBuilder b = new StringBuilder(path);
        char sep = path.contains("?") ? '&' : '?';
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                continue;
            }
            b.append(sep).append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }
}
