package org.sifara.server;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sifara.config.Kind;

/** A parsed {@code <kind>/<slug>[.<ext>]}, the path of a thing below {@code /id/} or {@code /doc/}. */
record DocumentPath(Kind kind, String slug, String extension) {

    private static final Pattern PATH = Pattern.compile("([a-z]+)/([a-z0-9]+(?:-{1,2}[a-z0-9]+)*)(?:\\.([a-z]+))?");

    static Optional<DocumentPath> parse(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Kind.fromSegment(m.group(1)).map(kind -> new DocumentPath(kind, m.group(2), m.group(3)));
    }

    /** {@code doc/<kind>/<slug>}, without an extension. */
    String document() {
        return "doc/" + kind.segment() + "/" + slug;
    }

    /** {@code id/<kind>/<slug>}. */
    String thing() {
        return "id/" + kind.segment() + "/" + slug;
    }
}
