package org.sifara.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dates and date bounds written for people, in the page's language: {@code 3 February 2026},
 * {@code 17–19 December 2025}, "under way on 3 February 2026", "on or before 3 February 2026"
 * ("3 فبراير 2026", "خلال الفترة من 17 إلى 19 ديسمبر 2025"...). Digits stay Western, as the
 * articles write them.
 */
public final class DateText {

    /**
     * What the data says about when something happened: a day, a beginning and end, or the SEM
     * bounds (earliest and latest begin, earliest and latest end). Any may be null.
     */
    public record When(LocalDate date, LocalDate begin, LocalDate end, LocalDate earliestBegin, LocalDate latestBegin,
                       LocalDate earliestEnd, LocalDate latestEnd) {

        public boolean isEmpty() {
            return date == null && begin == null && end == null && earliestBegin == null && latestBegin == null
                    && earliestEnd == null && latestEnd == null;
        }

        /** The earliest day it may have been on, for ordering and drawing; null when nothing bounds it from below. */
        public LocalDate from() {
            return first(date, begin, earliestBegin, latestBegin, earliestEnd, latestEnd);
        }

        /** The latest day it may have been on; null when nothing bounds it from above. */
        public LocalDate to() {
            return first(date, end, latestEnd, earliestEnd, latestBegin, begin, earliestBegin);
        }

        /** Whether it is known to the day. */
        public boolean exact() {
            return date != null || begin != null && begin.equals(end);
        }

        private static LocalDate first(LocalDate... dates) {
            for (LocalDate d : dates) {
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
    }

    private final Messages messages;
    private final Lang lang;

    public DateText(Messages messages, Lang lang) {
        this.messages = messages;
        this.lang = lang;
    }

    /** An {@code xsd:date} lexical form as a day, or empty if it is not one. */
    public static Optional<LocalDate> parse(String lexical) {
        try {
            return Optional.of(LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String day(LocalDate d) {
        return messages.format(lang, "date_day", d.getDayOfMonth(), month(d), d.getYear());
    }

    private String month(LocalDate d) {
        return messages.get(lang, "month_" + d.getMonthValue());
    }

    /** {@code 17–19 December 2025}, {@code 30 November – 2 December 2025}, or two full dates. */
    public String range(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return day(a);
        }
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return messages.format(lang, "date_range_month", a.getDayOfMonth(), b.getDayOfMonth(), month(b), b.getYear());
        }
        if (a.getYear() == b.getYear()) {
            return messages.format(lang, "date_range_year", a.getDayOfMonth(), month(a), b.getDayOfMonth(), month(b), b.getYear());
        }
        return messages.format(lang, "date_range", day(a), day(b));
    }

    /** The whole of what is known, as one phrase; "" when nothing is. */
    public String of(When w) {
        if (w.date() != null) {
            return day(w.date());
        }
        if (w.begin() != null && w.end() != null) {
            return range(w.begin(), w.end());
        }
        if (w.earliestBegin() != null && w.latestEnd() != null && w.latestBegin() == null && w.earliestEnd() == null) {
            return messages.format(lang, "when_within", range(w.earliestBegin(), w.latestEnd()));
        }
        if (w.latestBegin() != null && w.earliestEnd() != null && w.latestBegin().equals(w.earliestEnd())
                && w.earliestBegin() == null && w.latestEnd() == null) {
            return messages.format(lang, "when_under_way", day(w.latestBegin()));
        }
        List<String> parts = new ArrayList<>();
        add(parts, "when_begin", w.begin());
        add(parts, "when_end", w.end());
        if (w.earliestBegin() == null && w.latestBegin() == null && w.earliestEnd() == null && w.latestEnd() != null) {
            return messages.format(lang, "when_by", day(w.latestEnd()));
        }
        add(parts, "when_earliest_begin", w.earliestBegin());
        add(parts, "when_latest_begin", w.latestBegin());
        add(parts, "when_earliest_end", w.earliestEnd());
        add(parts, "when_latest_end", w.latestEnd());
        return String.join(messages.get(lang, "list_separator_strong"), parts);
    }

    private void add(List<String> parts, String key, LocalDate d) {
        if (d != null) {
            parts.add(messages.format(lang, key, day(d)));
        }
    }
}
