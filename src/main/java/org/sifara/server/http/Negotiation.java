package org.sifara.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation with Jena's {@link AcceptList}: the best offer by the client's q-values and
 * specificity, the leftmost offer on a tie. Offers list RDF formats before HTML, so {@code *}{@code /*}
 * (curl) gets Turtle and an RDF/XML-first header (rdflib) gets RDF/XML; browsers, which name
 * {@code text/html} explicitly, get HTML.
 */
public final class Negotiation {

    private Negotiation() {}

    /** The chosen offer, or empty when the client accepts none of them (406). */
    public static Optional<MediaType> choose(String acceptHeader, List<MediaType> offers) {
        AcceptList accepted = parse(acceptHeader);
        AcceptList offered = AcceptList.create(offers.toArray(MediaType[]::new));
        return Optional.ofNullable(AcceptList.match(accepted, offered));
    }

    /**
     * Parses an Accept header; a missing or blank header accepts anything, and entries that do not
     * parse are ignored (Jena's own constructor would print a stack trace for them).
     */
    static AcceptList parse(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        if (header == null || header.isBlank()) {
            ranges.add(new MediaRange("*/*"));
            return new AcceptList(ranges);
        }
        for (String entry : header.split(",")) {
            if (entry.isBlank() || entry.length() > 200) {
                continue;
            }
            try {
                MediaRange range = new MediaRange(entry.strip());
                if (range.getType() != null && range.getSubType() != null && range.get_q() > 0) {
                    ranges.add(range);
                }
            } catch (RuntimeException e) {
                // an entry that is not a media range is ignored
            }
        }
        return new AcceptList(ranges);
    }
}
