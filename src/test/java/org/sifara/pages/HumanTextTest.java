package org.sifara.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates, bounds, amounts and snippets as people read them, in English and Arabic. */
class HumanTextTest {

    static final Messages MESSAGES = new Messages();
    static final DateText EN = new DateText(MESSAGES, Lang.EN);
    static final DateText AR = new DateText(MESSAGES, Lang.AR);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void daysAndRanges() {
        assertEquals("3 February 2026", EN.day(d("2026-02-03")));
        assertEquals("3 فبراير 2026", AR.day(d("2026-02-03")));
        assertEquals("17–19 December 2025", EN.range(d("2025-12-17"), d("2025-12-19")));
        assertEquals("من 17 إلى 19 ديسمبر 2025", AR.range(d("2025-12-17"), d("2025-12-19")));
        assertEquals("30 November – 2 December 2025", EN.range(d("2025-11-30"), d("2025-12-02")));
        assertEquals("30 December 2025 – 2 January 2026", EN.range(d("2025-12-30"), d("2026-01-02")));
    }

    @Test
    void boundsSayWhatTheyMean() {
        assertEquals("at some time within 17–19 December 2025",
                EN.of(new DateText.When(null, null, null, d("2025-12-17"), null, null, d("2025-12-19"))));
        assertEquals("في وقت ما خلال الفترة من 17 إلى 19 ديسمبر 2025",
                AR.of(new DateText.When(null, null, null, d("2025-12-17"), null, null, d("2025-12-19"))));
        assertEquals("under way on 3 February 2026",
                EN.of(new DateText.When(null, null, null, null, d("2026-02-03"), d("2026-02-03"), null)));
        assertEquals("on or before 3 February 2026", EN.of(new DateText.When(null, null, null, null, null, null, d("2026-02-03"))));
        assertEquals("في 3 فبراير 2026 أو قبله", AR.of(new DateText.When(null, null, null, null, null, null, d("2026-02-03"))));
        assertEquals("began on or after 1 March 2026; ended on or after 5 March 2026",
                EN.of(new DateText.When(null, null, null, d("2026-03-01"), null, d("2026-03-05"), null)));
    }

    @Test
    void amountsWithTheirBoundAndDigitGrouping() {
        FactQueries.Amount moreThan = new FactQueries.Amount("ExclusiveLowerBound", new BigDecimal("4000000000"), "USD");
        assertEquals("more than US$4,000,000,000", AmountText.of(moreThan, MESSAGES, Lang.EN));
        assertEquals("أكثر من 4٬000٬000٬000 دولار", AmountText.of(moreThan, MESSAGES, Lang.AR));
        assertEquals("about 1,500.5 XAF", AmountText.of(new FactQueries.Amount("Approximate", new BigDecimal("1500.50"), "XAF"),
                MESSAGES, Lang.EN));
        assertEquals("999", Numbers.grouped(new BigDecimal("999"), Lang.EN));
        assertEquals("-1,000", Numbers.grouped(new BigDecimal("-1000"), Lang.EN));
    }

    @Test
    void snippetsAreCutAtWordBoundaries() {
        assertEquals("التعاون العسكري ", Snippets.before("زيز التعاون العسكري "));
        assertEquals("، اليوم الثلاثاء 3", Snippets.after("، اليوم الثلاثاء 3 فبرا"));
        assertEquals("the start", Snippets.before(" the start"), "context that begins at a word keeps it");
        assertEquals("", Snippets.after("word"), "a suffix of one partial word says nothing");
    }

    @Test
    void languageFromTheRequest() {
        assertEquals(Lang.AR, Lang.fromAcceptLanguage("ar-LY,ar;q=0.9,en;q=0.8"));
        assertEquals(Lang.EN, Lang.fromAcceptLanguage("fr-FR,fr;q=0.9"));
        assertEquals(Lang.AR, Lang.fromAcceptLanguage("en;q=0.5, ar"));
        assertEquals(Lang.EN, Lang.fromAcceptLanguage(null));
        assertEquals("/doc/x.html?page=2&lang=ar", new View(Lang.EN, false, "/doc/x.html", "page=2").switchHref());
        assertEquals("/id/person/x?lang=ar#ev-1", View.of(Lang.AR, "/").local("/id/person/x#ev-1"));
    }
}
