package org.sifara.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sifara.pages.Lang;
import org.sifara.pages.View;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whom a page is for, from its request: the language {@code ?lang=en|ar} names (then the page's
 * links keep it), else the one {@code Accept-Language} prefers, else English.
 */
final class PageView {

    private PageView() {}

    static View of(HttpServletRequest req) {
        Optional<Lang> chosen = Lang.byCode(param(req.getQueryString(), "lang"));
        Lang lang = chosen.orElseGet(() -> Lang.fromAcceptLanguage(req.getHeader("Accept-Language")));
        return new View(lang, chosen.isPresent(), req.getRequestURI(), without(req.getQueryString(), "lang"));
    }

    /** The first value of a parameter in a raw query string, decoded; null if absent. */
    static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                try {
                    return URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A raw query string without one parameter (as sent, still encoded). */
    static String without(String query, String name) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            String key = pair.indexOf('=') < 0 ? pair : pair.substring(0, pair.indexOf('='));
            if (!key.equals(name) && !pair.isEmpty()) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    /** {@code ?lang=xx} to carry onto a redirect's target, or "". */
    static String langSuffix(HttpServletRequest req) {
        return Lang.byCode(param(req.getQueryString(), "lang")).map(l -> "?lang=" + l.code()).orElse("");
    }
}
