package org.sifara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code sifara query}: list, run, formats, and one-line usage errors with exit 2. */
class QueryCommandTest {

    @Test
    void listsEveryQueryWithItsParameters() {
        MainTest.Run r = MainTest.run("query", "--list");
        assertEquals(0, r.code(), r.err());
        assertEquals(14, r.out().lines().filter(l -> !l.startsWith(" ")).count(), r.out());
        assertTrue(r.out().contains("event (iri, default https://w3id.org/sifara/id/event/haftar-sharif-meeting-2026-02-03)"), r.out());
    }

    @Test
    void runsAQueryAsATableOrCsv() {
        MainTest.Run table = MainTest.run("query", "external-links", "--format", "table");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("| entity") && table.out().contains("Shehbaz Sharif"), table.out());
        MainTest.Run csv = MainTest.run("query", "external-links", "--format", "csv", "--param", "lang=ar");
        assertTrue(csv.out().startsWith("entity,name,wikidata,geonames"), csv.out());
        assertTrue(csv.out().contains("محمد شهباز شريف,http://www.wikidata.org/entity/Q2096387,"), csv.out());
    }

    @Test
    void badParametersAndNamesAreOneLineAndExitTwo() {
        for (String[] args : new String[][] {{"query", "event-participants", "--param", "event=not an iri"},
                {"query", "event-participants", "--param", "lang=fr"}, {"query", "event-participants", "--param", "colour=red"},
                {"query", "event-participants", "--param", "novalue"}, {"query", "nope"}, {"query"},
                {"query", "actors", "--format", "ttl"}, {"query", "actors", "--format", "pdf"}}) {
            MainTest.Run r = MainTest.run(args);
            assertEquals(Main.EXIT_USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("sifara: "), r.err());
        }
    }
}
