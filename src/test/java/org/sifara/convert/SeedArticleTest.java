package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The seed article converts, validates, and says what the text says: no more, no less. */
class SeedArticleTest {

    private static final Path TEXT = Path.of("data/articles/2026-02-03-haftar-meets-sharif/article.ar.txt");

    private static Set<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var).toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<QuerySolution> select(String query) {
        return Sparql.select(TestData.seed().dataset(), query);
    }

    @Test
    void theTextIsTheSeedExactly() throws Exception {
        Path seed = Path.of("../shared/seeds/000_9ec3d6118b2bcaaa.txt");
        if (Files.exists(seed)) {
            assertEquals(Files.readString(seed, StandardCharsets.UTF_8), Files.readString(TEXT, StandardCharsets.UTF_8));
        }
        assertTrue(Sparql.ask(TestData.seed().dataset(), "ASK { ?a schema:text ?t FILTER(STRSTARTS(?t, 'ليبيا وباكستان تؤكدان')) }"));
    }

    @Test
    void theMeetingIsOnTheThirdOfFebruaryAsAnXsdDate() {
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { event:haftar-sharif-meeting-2026-02-03 a sifara:BilateralMeeting ;
                        sem:hasTimeStamp "2026-02-03"^^xsd:date ; sifara:partOf event:haftar-visit-to-pakistan-2026 ;
                        sifara:cameoCode/skos:notation "040"^^sifara:CameoCode }"""));
    }

    @Test
    void theMeetingHasNoInventedPlace() {
        assertFalse(Sparql.ask(TestData.seed().dataset(), "ASK { event:haftar-sharif-meeting-2026-02-03 sem:hasPlace ?p }"));
    }

    @Test
    void moreThanFourBillionIsAnExclusiveLowerBoundNotAnAmount() {
        List<QuerySolution> rows = select("""
                SELECT ?p ?o WHERE { agreement:military-cooperation-defence-procurement-agreement-2025 sifara:monetaryValue ?v .
                  ?v ?p ?o }""");
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { value:military-cooperation-defence-procurement-agreement-2025 sifara:boundKind sifara:ExclusiveLowerBound ;
                        sifara:minExclusiveValue "4000000000"^^xsd:decimal ; schema:currency "USD" ;
                        sifara:verbatim "بقيمة تزيد عن أربعة مليارات دولار"@ar }"""), rows.toString());
        assertFalse(Sparql.ask(TestData.seed().dataset(),
                "ASK { ?v a sifara:MonetaryValue . { ?v schema:value ?x } UNION { ?v schema:minValue ?x } }"),
                "the bound must not appear as an amount or an inclusive bound");
    }

    @Test
    void theConsulateTalksAreReportedAndUnderNegotiationAndNoConsulateIsAsserted() {
        assertEquals(Set.of("https://w3id.org/sifara/ontology#Reported", "https://w3id.org/sifara/ontology#UnderNegotiation"),
                column(select("SELECT ?m { event:pakistan-consulate-benghazi-talks a sifara:Negotiation ;"
                        + " sifara:evidentialStatus|sifara:factuality ?m }"), "m"));
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { claim:informed-sources-on-consulate-talks sifara:claimant source:haftar-visit-2026-informed-sources ;
                        sifara:evidentialStatus sifara:Reported ; sifara:factuality sifara:UnderNegotiation ;
                        schema:about event:pakistan-consulate-benghazi-talks }"""));
        assertFalse(Sparql.ask(TestData.seed().dataset(), "ASK { ?x rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), 'consulate') && !EXISTS { ?x a sifara:Negotiation } && !EXISTS { ?x a sifara:Claim } && !EXISTS { ?x a sifara:Participation }) }"),
                "only the talks and the statement about them mention a consulate");
        assertFalse(Sparql.ask(TestData.seed().dataset(), "ASK { event:pakistan-consulate-benghazi-talks sem:hasPlace ?p }"),
                "Benghazi is where the consulate would be, not where the talks are");
    }

    @Test
    void eachEventHasItsOwnParticipantsInTheirRoles() {
        String roles = """
                SELECT ?who ?role WHERE { ?p sifara:inEvent %s ; sifara:participant ?a ; sem:roleType ?r .
                  BIND(STRAFTER(STR(?a), '/id/') AS ?who) BIND(STRAFTER(STR(?r), '#') AS ?role) }""";
        // Haftar is the visit's guest; in the meeting the text makes him, with Sharif, one of its two
        // principals ("عقد ... اجتماعًا مع"), and gives no words for a guest's role there.
        assertEquals(Set.of("person/khalifa-haftar PrincipalRole",
                        "person/shehbaz-sharif PrincipalRole", "person/saddam-haftar AttendeeRole",
                        "person/osama-hammad AttendeeRole", "person/ishaq-dar AttendeeRole", "person/asim-munir AttendeeRole",
                        "organization/haftar-visit-2026-accompanying-delegation DelegationRole"),
                pairs(select(roles.formatted("event:haftar-sharif-meeting-2026-02-03"))));
        assertEquals(Set.of("person/zaheer-ahmed-babar-sidhu ReceiverRole", "person/saddam-haftar GuestRole"),
                pairs(select(roles.formatted("event:sidhu-receives-saddam-haftar"))));
        assertEquals(Set.of("person/asim-munir ReceiverRole", "person/khalifa-haftar GuestRole"),
                pairs(select(roles.formatted("event:munir-haftar-reception-benghazi-2025"))));
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { event:sidhu-receives-saddam-haftar sem:hasPlace place:pakistan-air-force-headquarters .
                      place:pakistan-air-force-headquarters schema:containedInPlace place:islamabad }"""));
    }

    private static Set<String> pairs(List<QuerySolution> rows) {
        return rows.stream().map(r -> r.getLiteral("who").getString() + " " + r.getLiteral("role").getString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aRangeIsKeptAsBoundsAndSequenceIsNotCause() {
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { event:munir-haftar-reception-benghazi-2025 sem:hasEarliestBeginTimeStamp "2025-12-17"^^xsd:date ;
                        sem:hasLatestEndTimeStamp "2025-12-19"^^xsd:date ; sem:hasPlace place:benghazi .
                      FILTER NOT EXISTS { event:munir-haftar-reception-benghazi-2025 sem:hasTimeStamp ?d }
                      event:haftar-visit-to-pakistan-2026 sifara:follows event:munir-haftar-reception-benghazi-2025 }"""));
    }

    @Test
    void rankIsNotPostAndOnePersonCanHoldTwoPosts() {
        assertEquals(Set.of("https://w3id.org/sifara/id/post/chief-of-army-staff-pakistan",
                        "https://w3id.org/sifara/id/post/chief-of-defence-forces-pakistan"),
                column(select("SELECT ?post { ?m org:member person:asim-munir ; sifara:post ?post . ?post org:postIn ?org }"), "post"));
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { person:asim-munir sifara:hasRank ?rank . ?rank a sifara:MilitaryRank ; skos:prefLabel "المشير"@ar .
                      FILTER NOT EXISTS { ?m sifara:post ?rank } }"""));
        assertEquals(2, select("SELECT ?post { ?m org:member person:ishaq-dar ; sifara:post ?post }").size());
    }

    /** A post is held as of the article that says so, according to it, never forever. */
    @Test
    void postHoldingsAreMembershipsAsOfTheArticlesDateWithTheArticleAsSource() {
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { ?m a org:Membership ; org:member person:asim-munir ; sifara:post post:chief-of-army-staff-pakistan ;
                        org:organization organization:pakistan-army ;
                        org:memberDuring/time:inside/time:inXSDDate "2026-02-03"^^xsd:date ;
                        prov:wasDerivedFrom article:2026-02-03-haftar-meets-sharif ;
                        sifara:evidence/oa:hasTarget/oa:hasSelector/oa:exact "رئيس أركان الجيش الباكستاني" .
                      ?pm a org:Membership ; org:member person:shehbaz-sharif ; sifara:post post:prime-minister-of-pakistan ;
                        org:organization country:pakistan }"""));
        assertFalse(Sparql.ask(TestData.seed().dataset(), "ASK { ?p org:holds ?post }"), "an undated org:holds is published");
        assertEquals(9, select("SELECT ?m { ?m a org:Membership }").size(), "nine posts are named beside seven people");
    }

    @Test
    void theMediaOfficeIsTheSourceOfWhatItReports() {
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { claim:media-office-account-of-meeting sifara:claimant organization:media-office-general-command ;
                        sifara:evidentialStatus sifara:Reported ; sifara:factuality sifara:Occurred ;
                        schema:about event:haftar-sharif-meeting-2026-02-03 .
                      organization:media-office-general-command a sifara:Office ;
                        org:subOrganizationOf organization:general-command-libyan-armed-forces }"""));
    }

    @Test
    void contestedNamesAreNotLinkedAndOnlyVerifiedIdentifiersAre() {
        assertEquals(Set.of("http://www.wikidata.org/entity/Q1016", "http://www.wikidata.org/entity/Q843",
                        "http://www.wikidata.org/entity/Q1362", "http://www.wikidata.org/entity/Q40816",
                        "http://www.wikidata.org/entity/Q17443556", "http://www.wikidata.org/entity/Q2096387",
                        "http://sws.geonames.org/2215636/", "http://sws.geonames.org/1168579/",
                        "http://sws.geonames.org/1176615/", "http://sws.geonames.org/88319/"),
                column(select("SELECT ?x { ?s owl:sameAs ?x }"), "x"));
        assertFalse(Sparql.ask(TestData.seed().dataset(), """
                ASK { VALUES ?s { organization:libyan-national-army organization:libyan-army organization:libyan-government-hor
                                  organization:general-command-libyan-armed-forces } ?s owl:sameAs ?x }"""));
    }

    @Test
    void everyEvidenceOffsetSlicesTheTextToExactlyTheQuote() throws Exception {
        String text = Files.readString(TEXT, StandardCharsets.UTF_8);
        List<QuerySolution> rows = select("""
                SELECT ?exact ?start ?end WHERE { ?ann oa:hasTarget ?t . ?t oa:hasSelector ?q , ?p .
                  ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end }""");
        assertTrue(rows.size() > 50, "expected evidence for every fact, got " + rows.size());
        ArticleText article = new ArticleText(text);
        for (QuerySolution r : rows) {
            String exact = r.getLiteral("exact").getString();
            assertEquals(exact, article.slice(r.getLiteral("start").getInt(), r.getLiteral("end").getInt()));
        }
    }

    @Test
    void everyFactHasEvidenceAndItsArticle() {
        assertEquals(List.of(), select("""
                SELECT ?fact WHERE { VALUES ?type { sifara:DiplomaticEvent sifara:Participation sifara:Agreement sifara:Claim }
                  ?fact a ?type . FILTER NOT EXISTS { ?fact sifara:evidence ?e ; prov:wasDerivedFrom ?a } }"""));
    }

    @Test
    void theSeedNeedsNoCoverageWarnings() {
        assertEquals(List.of(), TestData.seed().warnings(), "every date and number of the text is covered");
    }

    /** Who vouches for a statement and what kind of content it is are two answers, not one. */
    @Test
    void aSpeakersOwnCommitmentIsAssertedByTheSpeakerAndIntended() {
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { claim:paf-commitment-to-professional-cooperation sifara:evidentialStatus sifara:AssertedBySpeaker ;
                        sifara:factuality sifara:Intended .
                      claim:haftar-on-historical-ties sifara:evidentialStatus sifara:AssertedBySpeaker ;
                        sifara:factuality sifara:Occurred .
                      claim:sources-on-visit-purpose sifara:evidentialStatus sifara:Reported ;
                        sifara:factuality sifara:Intended .
                      event:haftar-sharif-meeting-2026-02-03 sifara:evidentialStatus sifara:StatedByArticle ;
                        sifara:factuality sifara:Occurred }"""));
        assertFalse(Sparql.ask(TestData.seed().dataset(), "ASK { ?x sifara:modality ?m }"), "the deprecated sifara:modality is used");
        assertFalse(Sparql.ask(TestData.seed().dataset(), """
                ASK { ?x sifara:evidentialStatus ?a , ?b FILTER(?a != ?b) }"""), "a fact with two evidential statuses");
    }

    /** A state acts and its territory is where: Wikidata's state and GeoNames' land are not one resource. */
    @Test
    void aStateIsAnAgentLinkedToWikidataAndItsTerritoryAPlaceLinkedToGeoNames() {
        assertTrue(Sparql.ask(TestData.seed().dataset(), """
                ASK { country:pakistan a sifara:State ; owl:sameAs <http://www.wikidata.org/entity/Q843> ;
                        sifara:hasTerritory place:pakistan-territory .
                      place:pakistan-territory a schema:Country , sem:Place ; sifara:territoryOf country:pakistan ;
                        owl:sameAs <http://sws.geonames.org/1168579/> .
                      place:benghazi schema:containedInPlace place:libya-territory .
                      event:haftar-visit-to-pakistan-2026 sem:hasPlace place:pakistan-territory .
                      ?p sifara:inEvent event:haftar-visit-to-pakistan-2026 ; sifara:participant country:pakistan }"""));
        assertFalse(Sparql.ask(TestData.seed().dataset(), "ASK { ?state a sifara:State . { ?state a sem:Place } UNION "
                + "{ ?state owl:sameAs ?g FILTER(STRSTARTS(STR(?g), 'http://sws.geonames.org/')) } }"));
        assertFalse(Sparql.ask(TestData.seed().dataset(), "ASK { ?place a sem:Place ; owl:sameAs ?w "
                + "FILTER(?w IN (<http://www.wikidata.org/entity/Q843>, <http://www.wikidata.org/entity/Q1016>)) }"));
    }
}
