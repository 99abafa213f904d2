package org.sifara.publish;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of things the site lists a page at a time, at {@code /list/<segment>?page=N}: the lists
 * that grow with the archive. Each lists the resources of one class, by English label (articles by
 * date, newest first), {@link Listings#PER_PAGE} to a page.
 */
public enum Listing {
    ARTICLES("articles", "Articles", "schema:NewsArticle"),
    PEOPLE("people", "People", "schema:Person"),
    ORGANISATIONS("organisations", "Organisations and states", "org:Organization"),
    EVENTS("events", "Events", "sifara:DiplomaticEvent"),
    AGREEMENTS("agreements", "Agreements", "sifara:Agreement"),
    STATEMENTS("statements", "Attributed statements", "sifara:Claim");

    private final String segment;
    private final String title;
    private final String type;

    Listing(String segment, String title, String type) {
        this.segment = segment;
        this.title = title;
        this.type = type;
    }

    /** The path segment, {@code /list/<segment>}. */
    public String segment() {
        return segment;
    }

    public String title() {
        return title;
    }

    /** The class listed, as a prefixed name of {@link Listings}' prefixes. */
    String type() {
        return type;
    }

    /** {@code /list/<segment>}, or {@code ?page=N} after the first. */
    public String path(int page) {
        return "/list/" + segment + (page > 1 ? "?page=" + page : "");
    }

    public static Optional<Listing> bySegment(String segment) {
        return Arrays.stream(values()).filter(l -> l.segment.equals(segment)).findFirst();
    }
}
