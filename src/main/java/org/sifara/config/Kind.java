package org.sifara.config;

import java.util.Optional;

/**
 * The kinds of things Sifara mints IRIs for, {@code <base>id/<kind>/<slug>}. The path segment is
 * part of every published IRI: never rename one.
 */
public enum Kind {
    PERSON("person"),
    ORGANIZATION("organization"),
    COUNTRY("country"),
    PLACE("place"),
    SOURCE("source"),
    RANK("rank"),
    POST("post"),
    MEMBERSHIP("membership"),
    ARTICLE("article"),
    EVENT("event"),
    PARTICIPATION("participation"),
    AGREEMENT("agreement"),
    VALUE("value"),
    CLAIM("claim"),
    EVIDENCE("evidence");

    private final String segment;

    Kind(String segment) {
        this.segment = segment;
    }

    public String segment() {
        return segment;
    }

    public static Optional<Kind> fromSegment(String segment) {
        for (Kind kind : values()) {
            if (kind.segment.equals(segment)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
