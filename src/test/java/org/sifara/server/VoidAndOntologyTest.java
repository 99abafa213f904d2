package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.rdf.RdfForm;
import org.sifara.config.BaseIri;
import org.sifara.testing.Sparql;
import org.sifara.testing.TestServer;

/** /.well-known/void describes the dataset with computed figures; /ontology resolves the namespace. */
class VoidAndOntologyTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();
    static Graph voidGraph;

    @BeforeAll
    static void readVoid() throws Exception {
        HttpResponse<byte[]> r = server.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        voidGraph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(voidGraph);
    }

    private static QuerySolution one(String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(voidGraph)))
                .query(Sparql.PREFIXES + "PREFIX void: <http://rdfs.org/ns/void#>\nPREFIX dcat: <http://www.w3.org/ns/dcat#>\n"
                        + "PREFIX dcterms: <http://purl.org/dc/terms/>\n" + query).build()) {
            var rs = qe.execSelect();
            assertTrue(rs.hasNext(), "no answer to " + query);
            return rs.next();
        }
    }

    @Test
    void theFiguresAreComputedFromTheData() {
        long triples = Sparql.select(server.publication().unionView(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").get(0)
                .getLiteral("n").getLong();
        QuerySolution d = one("""
                SELECT ?triples ?endpoint ?space ?licence WHERE { <https://w3id.org/sifara/dataset> a void:Dataset , dcat:Dataset ;
                  void:triples ?triples ; void:sparqlEndpoint ?endpoint ; void:uriSpace ?space ; dcterms:license ?licence ;
                  dcterms:title ?t ; dcterms:description ?desc ; dcterms:publisher ?pub }""");
        assertEquals(triples, d.getLiteral("triples").getLong());
        assertEquals("https://w3id.org/sifara/sparql", d.getResource("endpoint").getURI());
        assertEquals("https://w3id.org/sifara/id/", d.getLiteral("space").getString());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", d.getResource("licence").getURI());
    }

    @Test
    void oneLinksetPerExternalDatasetWithItsCount() {
        assertEquals(6, one("""
                SELECT ?n WHERE { ?ls a void:Linkset ; void:subjectsTarget <https://w3id.org/sifara/dataset> ;
                  void:objectsTarget/void:uriSpace "http://www.wikidata.org/entity/" ; void:linkPredicate owl:sameAs ;
                  void:triples ?n }""").getLiteral("n").getInt());
        assertEquals(4, one("""
                SELECT ?n WHERE { ?ls a void:Linkset ; void:objectsTarget/void:uriSpace "http://sws.geonames.org/" ;
                  void:triples ?n }""").getLiteral("n").getInt());
    }

    @Test
    void everyDumpIsADistributionWithItsRealSize() throws Exception {
        for (RdfForm f : RdfForm.values()) {
            QuerySolution s = one("SELECT ?size WHERE { <https://w3id.org/sifara/dataset> void:dataDump <https://w3id.org/sifara/download/"
                    + f.datasetFile() + "> ; dcat:distribution ?d . ?d dcat:downloadURL <https://w3id.org/sifara/download/"
                    + f.datasetFile() + "> ; dcat:byteSize ?size ; dcat:mediaType ?t }");
            assertEquals(server.get("/download/" + f.datasetFile()).body().length, s.getLiteral("size").getLong(), f.datasetFile());
        }
    }

    @Test
    void examplesAndVocabulariesAreListed() {
        assertTrue(one("SELECT (COUNT(?e) AS ?n) WHERE { <https://w3id.org/sifara/dataset> void:exampleResource ?e }")
                .getLiteral("n").getInt() >= 3);
        one("SELECT * WHERE { <https://w3id.org/sifara/dataset> void:vocabulary <https://w3id.org/sifara/ontology#> , "
                + "<http://semanticweb.cs.vu.nl/2009/11/sem/> , <http://www.w3.org/ns/oa#> , <http://www.w3.org/ns/org#> }");
    }

    @Test
    void theDatasetIriAndTheHomePageLeadToTheDescription() throws Exception {
        HttpResponse<String> r = server.getText("/dataset");
        assertEquals(303, r.statusCode());
        assertEquals("/.well-known/void", r.headers().firstValue("Location").orElseThrow());
        String home = server.getText("/").body();
        assertTrue(home.contains("href=\"/.well-known/void\""), "the home page links the description");
        String page = server.getText("/.well-known/void", "Accept", "text/html").body();
        assertTrue(page.contains("<h1>Sifara: facts of diplomatic news</h1>"));
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/ld+json\" href=\"/.well-known/void.jsonld\">"), page);
        HttpResponse<String> jsonld = server.getText("/.well-known/void.jsonld", "Accept", "text/html");
        assertEquals(200, jsonld.statusCode());
        assertEquals("application/ld+json", jsonld.headers().firstValue("Content-Type").orElseThrow(), "the extension decides, not Accept");
        assertTrue(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().size() > 20);
    }

    @Test
    void theOntologyNamespaceResolvesByAccept() throws Exception {
        assertEquals("/ontology.html", server.getText("/ontology", "Accept", "text/html").headers().firstValue("Location").orElseThrow());
        assertEquals("/ontology.ttl", server.getText("/ontology", "Accept", "text/turtle").headers().firstValue("Location").orElseThrow());
        assertEquals("/ontology.rdf", server.getText("/ontology", "Accept", "application/rdf+xml").headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> ttl = server.get("/ontology.ttl");
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl.body())).lang(Lang.TURTLE).parse(parsed);
        assertTrue(IsoMatcher.isomorphic(server.publication().ontology(), parsed), "the served ontology is the ontology");
        String html = server.getText("/ontology.html").body();
        assertTrue(html.contains("id=\"OfficialVisit\""), "each term has its anchor");
        assertTrue(html.contains("<span lang=\"ar\" dir=\"rtl\">زيارة رسمية</span>"));
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/ontology.ttl\">"));
        assertEquals(200, server.get("/ontology/shapes.ttl").statusCode());
    }

    /** A version IRI answers that version as it was released, not the live ontology. */
    @Test
    void aReleasedVersionIsServedFrozen() throws Exception {
        HttpResponse<String> negotiated = server.getText("/ontology/0.1.0", "Accept", "application/ld+json");
        assertEquals(303, negotiated.statusCode());
        assertEquals("/ontology/0.1.0.jsonld", negotiated.headers().firstValue("Location").orElseThrow());
        assertEquals("/ontology/0.1.0.ttl", server.getText("/ontology/0.1.0", "Accept", "text/html").headers()
                .firstValue("Location").orElseThrow(), "a browser gets Turtle: frozen versions have no page");

        Graph released = RDFParser.source(Path.of("ontology/versions/0.1.0.ttl")).lang(Lang.TURTLE).toGraph();
        for (String ext : List.of("ttl", "jsonld", "rdf", "nt")) {
            HttpResponse<byte[]> r = server.get("/ontology/0.1.0." + ext);
            assertEquals(200, r.statusCode(), ext);
            Graph served = RDFParser.source(new ByteArrayInputStream(r.body()))
                    .lang(RDFLanguages.fileExtToLang(ext)).base(BaseIri.DEFAULT).toGraph();
            assertTrue(IsoMatcher.isomorphic(released, served), "/ontology/0.1.0." + ext + " is not the released file");
            assertFalse(IsoMatcher.isomorphic(server.publication().ontology(), served), "the live ontology was served for 0.1.0");
        }
        assertEquals("/ontology/0.2.0.ttl", server.getText("/ontology/0.2.0", "Accept", "text/turtle").headers()
                .firstValue("Location").orElseThrow(), "the live version's IRI answers too");
        assertEquals(200, server.get("/ontology/0.2.0.ttl").statusCode());
        assertEquals(404, server.get("/ontology/9.9.9").statusCode());
        assertEquals(404, server.get("/ontology/9.9.9.ttl").statusCode());
        assertEquals(404, server.get("/ontology/0.1.0.html").statusCode());
        assertEquals(404, server.get("/ontology/0.1.0.xyz").statusCode());
    }
}
