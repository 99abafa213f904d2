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
        List<MediaRange> ranges = parse(acceptHeader);
        List<MediaType> wanted = offers.stream().filter(offer -> !refused(offer, ranges)).toList();
        List<MediaRange> positive = ranges.stream().filter(r -> r.get_q() > 0).toList();
        if (wanted.isEmpty() || positive.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(AcceptList.match(new AcceptList(positive),
                AcceptList.create(wanted.toArray(MediaType[]::new))));
    }

    /**
     * Whether the most specific range that matches the offer has q=0 (RFC 9110, 12.5.1):
     * {@code text/turtle;q=0, *}{@code /*} refuses Turtle and accepts the rest.
     */
    private static boolean refused(MediaType offer, List<MediaRange> ranges) {
        MediaRange closest = null;
        for (MediaRange range : ranges) {
            if (range.accepts(offer) && (closest == null || specificity(range) > specificity(closest))) {
                closest = range;
            }
        }
        return closest != null && closest.get_q() <= 0;
    }

    private static int specificity(MediaRange range) {
        return "*".equals(range.getType()) ? 0 : "*".equals(range.getSubType()) ? 1 : 2;
    }

    /**
     * Parses an Accept header, q=0 entries included; a missing or blank header accepts anything,
     * and entries that do not parse are ignored (Jena's own constructor would print a stack trace).
     */
    static List<MediaRange> parse(String header) {
        List<MediaRange> ranges = new ArrayList<>();
        if (header == null || header.isBlank()) {
            ranges.add(new MediaRange("*/*"));
            return ranges;
        }
        for (String entry : header.split(",")) {
            if (entry.isBlank() || entry.length() > 200) {
                continue;
            }
            try {
                MediaRange range = new MediaRange(entry.strip());
                if (range.getType() != null && range.getSubType() != null) {
                    ranges.add(range);
                }
            } catch (RuntimeException e) {
                // an entry that is not a media range is ignored
            }
        }
        return ranges;
    }
}
