package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.sifara.testing.Sparql;
import org.sifara.testing.TestData;

/**
 * The seed article's events and statements coded for the event-data world: CAMEO codes on
 * statements too, explicit source and target actors, ISO 3166-1 alpha-3 and CAMEO actor codes,
 * PLOVER matches, and the mapping to Wikidata properties.
 */
class EventDataCodingTest {

    private static List<QuerySolution> select(String query) {
        return Sparql.select(TestData.seed().dataset(), query);
    }

    private static boolean ask(String query) {
        return Sparql.ask(TestData.seed().dataset(), query);
    }

    private static Set<String> strings(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var).toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void statementsCarryTheirCameoCodeAsStatementsOrExpressionsOfIntent() {
        assertEquals(List.of(), select("SELECT ?c { ?c a sifara:Claim FILTER NOT EXISTS { ?c sifara:cameoCode ?code } }"),
                "a statement without a CAMEO code");
        assertTrue(ask("""
                ASK { claim:paf-commitment-to-professional-cooperation sifara:cameoCode/skos:notation "0312"^^sifara:CameoCode .
                      claim:hor-government-commitment-to-cooperation sifara:cameoCode/skos:notation "030"^^sifara:CameoCode .
                      claim:media-office-account-of-meeting sifara:cameoCode/skos:notation "010"^^sifara:CameoCode }"""));
        // Only commitments are expressions of intent; reports and stances are statements.
        assertEquals(Set.of("https://w3id.org/sifara/id/claim/closing-affirmation-of-meeting",
                        "https://w3id.org/sifara/id/claim/hor-government-commitment-to-cooperation",
                        "https://w3id.org/sifara/id/claim/paf-commitment-to-professional-cooperation"),
                strings(select("SELECT ?c { ?c a sifara:Claim ; sifara:cameoCode/skos:broader* sifara:Cameo03 }"), "c"));
    }

    @Test
    void sourceAndTargetAreExplicitAndFollowTheText() {
        assertTrue(ask("""
                ASK { event:munir-haftar-reception-benghazi-2025 sifara:sourceActor person:asim-munir ; sifara:targetActor person:khalifa-haftar .
                      event:haftar-visit-to-pakistan-2026 sifara:sourceActor person:khalifa-haftar ; sifara:targetActor country:pakistan .
                      event:sidhu-receives-saddam-haftar sifara:sourceActor person:zaheer-ahmed-babar-sidhu ; sifara:targetActor person:saddam-haftar .
                      claim:paf-commitment-to-professional-cooperation
                        sifara:targetActor organization:haftar-visit-2026-libyan-counterpart-air-force }"""));
        assertFalse(ask("ASK { event:agreement-signing-benghazi-2025 sifara:sourceActor|sifara:targetActor ?who }"),
                "'تم توقيع' is passive: the signing has no source and no target");
        assertFalse(ask("ASK { event:hor-government-pakistan-talks sifara:targetActor ?who }"), "the other party is not named");
    }

    @Test
    void statesAndOrganisationsCarryIsoAndCameoActorCodes() {
        assertTrue(ask("""
                ASK { country:libya sifara:iso3166Alpha3 "LBY" ; sifara:cameoActorCode "LBY" .
                      country:pakistan sifara:iso3166Alpha3 "PAK" ; sifara:cameoActorCode "PAK" .
                      organization:pakistan-army sifara:cameoActorCode "PAKMIL" .
                      organization:libyan-government-hor sifara:cameoActorCode "LBYGOV" .
                      organization:house-of-representatives-libya sifara:cameoActorCode "LBYLEG" .
                      post:prime-minister-of-pakistan sifara:cameoActorCode "PAKGOV" }"""));
        assertEquals(List.of(), select("""
                SELECT ?o { ?o a org:Organization FILTER NOT EXISTS { ?o sifara:cameoActorCode ?c }
                  FILTER NOT EXISTS { ?o a sifara:Delegation } }"""), "an organisation without a CAMEO actor code");
        assertFalse(ask("ASK { ?x sifara:iso3166Alpha3 ?c FILTER NOT EXISTS { ?x a sifara:State } }"), "ISO codes are for states");
    }

    @Test
    void cameoCodesMatchPloverEventTypes() {
        assertEquals(Set.of("CONSULT"), strings(select("SELECT ?n { sifara:Cameo043 skos:closeMatch/skos:notation ?n }"), "n"));
        assertEquals(Set.of("SUPPORT"), strings(select("SELECT ?n { sifara:Cameo057 skos:closeMatch/skos:notation ?n }"), "n"));
        assertEquals(Set.of("AGREE"), strings(select("SELECT ?n { sifara:Cameo0312 skos:closeMatch/skos:notation ?n }"), "n"));
        assertEquals(List.of(), select("""
                SELECT ?c { ?c skos:inScheme sifara:CameoEventCodes FILTER NOT EXISTS { ?c skos:closeMatch ?p }
                  FILTER NOT EXISTS { ?c skos:broader*/skos:scopeNote ?why FILTER(CONTAINS(?why, "PLOVER")) } }"""),
                "a CAMEO code with neither a PLOVER match nor a note on why there is none");
    }

    /** The Wikidata properties the issue names, each published as the match of one of ours (P17 is derived in the query). */
    @Test
    void theOntologyMapsOurPropertiesToWikidatas() {
        Set<String> mapped = strings(select("""
                SELECT ?wp { GRAPH <https://w3id.org/sifara/graph/ontology> { ?ours skos:closeMatch|skos:exactMatch ?wp }
                  FILTER(STRSTARTS(STR(?wp), "http://www.wikidata.org/entity/P")) }"""), "wp");
        for (String p : List.of("P710", "P2868", "P585", "P580", "P582", "P1319", "P1326", "P276", "P1891", "P248", "P854")) {
            assertTrue(mapped.contains("http://www.wikidata.org/entity/" + p), p + " is not mapped: " + mapped);
        }
    }
}
