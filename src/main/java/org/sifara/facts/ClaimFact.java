package org.sifara.facts;

import java.util.List;

/**
 * A statement the article attributes to a source, with who vouches for it and what kind of content it is.
 *
 * @param through the office the claimant spoke through, or null
 * @param coding the statement coded as an event: its CAMEO code (a statement, an expression of intent) and actors
 * @param about the events, agreements or actors the statement is about
 * @param statedDuring the event during which it was said, or null
 */
public record ClaimFact(
        String id,
        Labels label,
        List<String> claimants,
        String through,
        Presentation presentation,
        EventCoding coding,
        List<String> about,
        List<String> topics,
        String statedDuring,
        List<Quote> evidence,
        Labels note,
        SourcePosition at) {

    public ClaimFact {
        claimants = List.copyOf(claimants);
        about = List.copyOf(about);
        topics = List.copyOf(topics);
        evidence = List.copyOf(evidence);
    }
}
