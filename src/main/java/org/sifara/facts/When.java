package org.sifara.facts;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * When an event happened, as far as the text says: an exact day, exact begin and end days, or
 * bounds (the earliest and latest possible begin and end). Unknown parts are null; nothing is
 * filled in that the text does not give.
 */
public record When(
        LocalDate date,
        LocalDate begin,
        LocalDate end,
        LocalDate earliestBegin,
        LocalDate latestBegin,
        LocalDate earliestEnd,
        LocalDate latestEnd) {

    public static final When UNKNOWN = new When(null, null, null, null, null, null, null);

    public boolean isUnknown() {
        return Stream.of(date, begin, end, earliestBegin, latestBegin, earliestEnd, latestEnd)
                .allMatch(d -> d == null);
    }
}
