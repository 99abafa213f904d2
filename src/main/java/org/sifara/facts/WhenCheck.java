package org.sifara.facts;

import java.time.LocalDate;

/** Checks that the dates of an event are consistent: an exact day excludes bounds, bounds are ordered. */
final class WhenCheck {

    private WhenCheck() {}

    static void check(When w, YamlMap m) {
        if (w.date() != null && (w.begin() != null || w.end() != null || hasBounds(w))) {
            m.problems().error(m.at("date"), "'date' is an exact day: give it alone, without begin, end or bounds");
        }
        if ((w.begin() != null || w.end() != null) && hasBounds(w)) {
            m.problems().error(m.at(), "give exact 'begin'/'end' or bounds, not both");
        }
        order(m, w.begin(), "begin", w.end(), "end");
        order(m, w.earliestBegin(), "earliest-begin", w.latestBegin(), "latest-begin");
        order(m, w.earliestEnd(), "earliest-end", w.latestEnd(), "latest-end");
        order(m, w.earliestBegin(), "earliest-begin", w.latestEnd(), "latest-end");
        order(m, w.earliestBegin(), "earliest-begin", w.earliestEnd(), "earliest-end");
        order(m, w.latestBegin(), "latest-begin", w.latestEnd(), "latest-end");
    }

    private static boolean hasBounds(When w) {
        return w.earliestBegin() != null || w.latestBegin() != null || w.earliestEnd() != null || w.latestEnd() != null;
    }

    private static void order(YamlMap m, LocalDate first, String firstKey, LocalDate second, String secondKey) {
        if (first != null && second != null && first.isAfter(second)) {
            m.problems().error(m.at(secondKey), "'" + secondKey + "' " + second + " is before '" + firstKey + "' " + first);
        }
    }
}
