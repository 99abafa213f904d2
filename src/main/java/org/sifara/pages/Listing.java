package org.sifara.pages;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of things the site lists, page by page, at {@code /list/<kind>?page=N}: what each
 * is in SPARQL, and whether its list runs by date (events, articles) or by name.
 */
public enum Listing {
    PERSON("person", "?x a schema:Person .", false),
    ORGANIZATION("organization", "?x a org:Organization . FILTER NOT EXISTS { ?x a sifara:State }", false),
    COUNTRY("country", "?x a sifara:State .", false),
    PLACE("place", "?x a sem:Place . FILTER NOT EXISTS { ?x a sifara:State }", false),
    EVENT("event", "?x a sifara:DiplomaticEvent .", true),
    AGREEMENT("agreement", "?x a sifara:Agreement .", false),
    CLAIM("claim", "?x a sifara:Claim .", false),
    ARTICLE("article", "?x a schema:NewsArticle .", true);

    /** Whether things of this kind carry an evidential status and a factuality that a list must show. */
    public boolean hedged() {
        return this == EVENT || this == AGREEMENT || this == CLAIM;
    }

    /** Things on one page of a list. */
    public static final int PAGE_SIZE = 100;

    private final String segment;
    private final String pattern;
    private final boolean byDate;

    Listing(String segment, String pattern, boolean byDate) {
        this.segment = segment;
        this.pattern = pattern;
        this.byDate = byDate;
    }

    public String segment() {
        return segment;
    }

    /** The graph pattern that binds {@code ?x} to each thing of this kind. */
    public String pattern() {
        return pattern;
    }

    public boolean byDate() {
        return byDate;
    }

    public String path() {
        return "/list/" + segment;
    }

    public static Optional<Listing> bySegment(String segment) {
        return List.of(values()).stream().filter(l -> l.segment.equals(segment)).findFirst();
    }
}
