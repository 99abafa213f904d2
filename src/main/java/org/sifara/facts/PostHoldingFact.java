package org.sifara.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A person holding a post, as one article tells it: true as of a day (the article's own date
 * unless the text gives another), and from or until a day where the text says so.
 *
 * @param asOf a day on which the text has the person in the post; never null once read
 * @param since the day the text says the holding began, or null
 * @param until the day the text says it ended, or null
 * @param note an editorial note on the reading, or null
 */
public record PostHoldingFact(
        String person,
        String post,
        LocalDate asOf,
        LocalDate since,
        LocalDate until,
        List<Quote> evidence,
        Labels note,
        SourcePosition at) {

    public PostHoldingFact {
        evidence = List.copyOf(evidence);
    }
}
