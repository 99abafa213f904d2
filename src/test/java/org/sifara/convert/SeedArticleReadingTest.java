package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.sifara.testing.Sparql;
import org.sifara.testing.TestData;

/**
 * Readings of the seed article that a review found missing or over-read, each checked against the
 * article's own words: the published evidence of each fact is read back from the text at its
 * offsets, so a fact cannot claim words the text does not have there.
 */
class SeedArticleReadingTest {

    private static final Path TEXT = Path.of("data/articles/2026-02-03-haftar-meets-sharif/article.ar.txt");

    private final String text = read();
    private final ArticleText article = new ArticleText(text);

    private static String read() {
        try {
            return Files.readString(TEXT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<QuerySolution> select(String query) {
        return Sparql.select(TestData.seed().dataset(), query);
    }

    private static boolean ask(String query) {
        return Sparql.ask(TestData.seed().dataset(), query);
    }

    /** The words of the text at each evidence annotation of {@code fact} (a prefixed name), sorted. */
    private Set<String> evidence(String fact) {
        return select("SELECT ?start ?end { " + fact + " sifara:evidence/oa:hasTarget/oa:hasSelector ?p ."
                + " ?p oa:start ?start ; oa:end ?end }").stream()
                .map(r -> article.slice(r.getLiteral("start").getInt(), r.getLiteral("end").getInt()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The words of the text at each mention of {@code entity}. */
    private Set<String> mentions(String entity) {
        return select("SELECT ?start ?end { ?a oa:hasBody " + entity + " ; oa:motivatedBy oa:identifying ;"
                + " oa:hasTarget/oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }").stream()
                .map(r -> article.slice(r.getLiteral("start").getInt(), r.getLiteral("end").getInt()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Line 11's hedge ("قد"): Islamabad's support for the eastern authorities, only possible, on the sources' word. */
    @Test
    void theHedgedSupportForTheEasternAuthoritiesIsThereAndOnlyPossible() {
        assertEquals(Set.of("وهو ما قد يعزز التعاون الثنائي ويعكس دعم إسلام آباد للسلطات الليبية في الشرق"),
                evidence("claim:informed-sources-on-islamabad-support-for-eastern-authorities"));
        assertTrue(text.contains("مصادر مطلعة أن باكستان تجري محادثات حالية لافتتاح قنصلية لها في مدينة بنغازي بشرق ليبيا، "
                + "لتعزيز التمثيل الدبلوماسي ودعم التواصل مع السلطات المحلية في شرق ليبيا، وهو ما قد يعزز"),
                "the hedge ends the informed sources' sentence, with no verb of saying of its own");
        assertTrue(ask("""
                ASK { claim:informed-sources-on-islamabad-support-for-eastern-authorities
                        sifara:claimant source:haftar-visit-2026-informed-sources ;
                        sifara:evidentialStatus sifara:Reported ; sifara:factuality sifara:Possible ;
                        schema:about country:pakistan , organization:haftar-visit-2026-libyan-authorities-in-the-east ,
                          event:pakistan-consulate-benghazi-talks ;
                        skos:editorialNote ?ar , ?en FILTER(lang(?ar) = "ar" && lang(?en) = "en") }"""));
        assertEquals(Set.of("للسلطات الليبية في الشرق"), mentions("organization:haftar-visit-2026-libyan-authorities-in-the-east"));
        assertEquals(Set.of("السلطات المحلية في شرق ليبيا"), mentions("organization:haftar-visit-2026-local-authorities-eastern-libya"));
        assertTrue(mentions("country:pakistan").contains("إسلام آباد"), "Islamabad in 'دعم إسلام آباد' names the state");
        assertFalse(ask("ASK { ?x sifara:factuality sifara:Occurred ; sifara:evidence/oa:hasTarget/oa:hasSelector/oa:exact ?q"
                + " FILTER(CONTAINS(?q, 'قد يعزز')) }"), "nothing hedged with قد is published as occurred");
    }

    /** "وفي السياق ذاته" links Sidhu's reception to the visit as its context, not as a part of it. */
    @Test
    void inTheSameContextIsAContextNotAPart() {
        assertTrue(evidence("event:sidhu-receives-saddam-haftar").contains("وفي السياق ذاته"));
        assertTrue(ask("ASK { event:sidhu-receives-saddam-haftar sifara:inContextOf event:haftar-visit-to-pakistan-2026 }"));
        assertFalse(ask("ASK { event:sidhu-receives-saddam-haftar sifara:partOf ?any }"));
    }

    /** "مع نظيرتها الليبية": the Pakistan Air Force's Libyan counterpart, unnamed, is an actor of the commitment. */
    @Test
    void theLibyanCounterpartAirForceIsThere() {
        assertEquals(Set.of("نظيرتها الليبية"), mentions("organization:haftar-visit-2026-libyan-counterpart-air-force"));
        assertTrue(ask("""
                ASK { claim:paf-commitment-to-professional-cooperation
                        schema:about organization:pakistan-air-force , organization:haftar-visit-2026-libyan-counterpart-air-force .
                      organization:haftar-visit-2026-libyan-counterpart-air-force schema:location place:libya-territory .
                      FILTER NOT EXISTS { organization:haftar-visit-2026-libyan-counterpart-air-force owl:sameAs ?any } }"""));
    }

    /** Two statements used to stop before their last words. */
    @Test
    void theTwoStatementsRunToTheEndOfTheirSentences() {
        String media = single(evidence("claim:media-office-account-of-meeting"));
        assertTrue(media.endsWith("بما يخدم مصالح البلدين ويدعم استقرار المنطقة"), media);
        assertTrue(text.contains(media + ".\n"), "the media office's account ends its sentence");
        String closing = single(evidence("claim:closing-affirmation-of-meeting"));
        assertTrue(closing.endsWith("وتعزيز العلاقات الودية بين البلدين"), closing);
        assertTrue(text.contains(closing + ". حضر"), "the closing affirmation ends its sentence");
        assertTrue(ask("ASK { claim:media-office-account-of-meeting sifara:topic sifara:PeaceAndStability ."
                + " claim:closing-affirmation-of-meeting sifara:topic sifara:BilateralRelations }"));
    }

    /** "التزامها بتعزيز التعاون مع باكستان" names Pakistan as what is committed to, not as a party to the session. */
    @Test
    void pakistanIsNotMadeAPartyToTheGovernmentsTalksSession() {
        assertEquals(Set.of("https://w3id.org/sifara/id/organization/libyan-government-hor"),
                select("SELECT ?who { ?p sifara:inEvent event:hor-government-pakistan-talks ; sifara:participant ?who }").stream()
                        .map(r -> r.get("who").toString()).collect(Collectors.toSet()));
        assertTrue(ask("ASK { claim:hor-government-commitment-to-cooperation schema:about country:pakistan }"),
                "Pakistan stays what the commitment is about");
    }

    /** A mention quotes the words naming the entity, not the titles or ranks around them. */
    @Test
    void mentionsQuoteJustTheName() {
        assertEquals(Set.of("الجيش الباكستاني"), mentions("organization:pakistan-army"));
        assertEquals(Set.of("القوات الجوية الباكستانية"), mentions("organization:pakistan-air-force"));
        assertEquals(Set.of("خليفة حفتر"), mentions("person:khalifa-haftar"));
        assertEquals(Set.of("عاصم منير"), mentions("person:asim-munir"));
        assertEquals(Set.of("بنغازي"), mentions("place:benghazi"));
        assertEquals(Set.of("المشير أركان حرب"), mentions("rank:field-marshal-general-staff"));
        // Every mention of a person is one of the person's names.
        List<QuerySolution> rows = select("""
                SELECT ?person ?start ?end { ?person a schema:Person .
                  ?a oa:hasBody ?person ; oa:motivatedBy oa:identifying ; oa:hasTarget/oa:hasSelector ?p .
                  ?p oa:start ?start ; oa:end ?end }""");
        for (QuerySolution r : rows) {
            String person = r.getResource("person").getURI();
            String quoted = article.slice(r.getLiteral("start").getInt(), r.getLiteral("end").getInt());
            Set<String> names = select("SELECT ?n { <" + person + "> rdfs:label|skos:altLabel ?n }").stream()
                    .map(n -> n.getLiteral("n").getString()).collect(Collectors.toSet());
            assertTrue(names.contains(quoted), "the mention '" + quoted + "' of " + person + " is not one of its names " + names);
        }
        assertEquals(12, rows.size(), "the seven people are named twelve times");
    }

    /** The modelling choices a reader needs are notes on the facts, in both languages. */
    @Test
    void modellingChoicesAreEditorialNotesInArabicAndEnglish() {
        for (String fact : List.of("claim:closing-affirmation-of-meeting", "event:munir-haftar-reception-benghazi-2025",
                "event:hor-government-pakistan-talks", "event:sidhu-receives-saddam-haftar", "event:haftar-sharif-meeting-2026-02-03",
                "agreement:military-cooperation-defence-procurement-agreement-2025", "claim:media-office-account-of-meeting")) {
            assertTrue(ask("ASK { " + fact + " skos:editorialNote ?ar , ?en FILTER(lang(?ar) = 'ar' && lang(?en) = 'en') }"), fact);
        }
        assertTrue(ask("ASK { claim:closing-affirmation-of-meeting skos:editorialNote ?n FILTER(CONTAINS(?n, 'الجانبين')) }"),
                "the note says how 'الجانبين' is read");
        assertTrue(ask("ASK { event:munir-haftar-reception-benghazi-2025 skos:editorialNote ?n"
                + " FILTER(lang(?n) = 'en' && CONTAINS(?n, '043') && CONTAINS(?n, 'host')) }"), "the note says what CAMEO 043 implies");
        assertEquals(List.of(), select("SELECT ?x { ?x skos:editorialNote ?n FILTER NOT EXISTS {"
                + " ?x skos:editorialNote ?ar , ?en FILTER(lang(?ar) = 'ar' && lang(?en) = 'en') } }"), "a note in one language only");
    }

    private static String single(Set<String> quotes) {
        assertEquals(1, quotes.size(), "expected one quote, got " + quotes);
        return quotes.iterator().next();
    }
}
