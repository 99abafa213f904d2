package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sifara.bench.SyntheticCorpus;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;
import org.sifara.vocab.Hydra;

/**
 * Everything that grows with the archive comes a page at a time: saved-query answers (limit and
 * offset, Link rel=next/prev), documents' incoming links and evidence (?page=N, Link headers,
 * Hydra in the RDF, links in the HTML), listings (/list/<kind>), and a home page that shows the
 * newest and the first and links to the rest, of a bounded size.
 */
class PagingTest {

    static final String ARTICLE = "/doc/article/2026-02-03-haftar-meets-sharif";
    static final Node ARTICLE_IRI = NodeFactory.createURI("https://w3id.org/sifara/id/article/2026-02-03-haftar-meets-sharif");
    @RegisterExtension
    static final TestServer server = TestServer.seed();
    static Path corpus;
    static TestServer archive;

    @BeforeAll
    static void archiveOfTwelve() throws Exception {
        corpus = Files.createTempDirectory("sifara-paging-");
        SyntheticCorpus.generate(TestData.DATA, 12, corpus);
        archive = TestServer.data(corpus).started();
    }

    @AfterAll
    static void stop() {
        archive.close();
        TestData.deleteTree(corpus);
    }

    @Test
    void savedQueriesComeAPageAtATimeWithLinksToTheNext() throws Exception {
        List<String> all = rows("/queries/who-met-whom?limit=1000");
        assertTrue(all.size() > 20, "enough rows to page: " + all.size());
        List<String> paged = new ArrayList<>();
        String next = "/queries/who-met-whom?limit=10";
        int pages = 0;
        while (next != null) {
            HttpResponse<byte[]> r = server.get(next, "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode(), next);
            paged.addAll(parse(r.body()));
            String link = r.headers().firstValue("Link").orElse("");
            assertEquals(pages > 0, link.contains("rel=\"prev\""), next + ": " + link);
            next = link.contains("rel=\"next\"") ? link.replaceAll(".*<([^>]*)>; rel=\"next\".*", "$1") : null;
            pages++;
        }
        assertEquals(all, paged, "the pages, one after another, are the whole answer");
        assertEquals((all.size() + 9) / 10, pages);
        assertEquals(all, rows("/queries/who-met-whom"), "without limit, the first 100 rows: all of them here");
        String html = server.getText("/queries/who-met-whom?limit=10", "Accept", "text/html").body();
        assertTrue(html.contains("rel=\"next\" href=\"/queries/who-met-whom?"), "the HTML page links the next one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=1001", "limit=ten", "offset=-1", "limit=5&limit=6"})
    void aBadPageIsRefused(String query) throws Exception {
        HttpResponse<String> r = server.getText("/queries/who-met-whom?" + query, "Accept", "application/sparql-results+json");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("limit") || r.body().startsWith("offset"), r.body());
    }

    @Test
    void aDocumentPagesWhatRefersToIt() throws Exception {
        HttpResponse<byte[]> first = server.get(ARTICLE + ".ttl");
        assertEquals("<" + ARTICLE + ".ttl?page=2>; rel=\"next\"", first.headers().firstValue("Link").orElse(""));
        Graph one = turtle(first.body());
        Node page1 = NodeFactory.createURI("https://w3id.org/sifara" + ARTICLE);
        Node page2 = NodeFactory.createURI("https://w3id.org/sifara" + ARTICLE + "?page=2");
        assertTrue(one.contains(page1, Hydra.next, page2), "hydra:next in the RDF");
        Set<Triple> pointing = pointingTo(one);
        assertTrue(pointing.size() >= 100, "a hundred of what refers to it (and its own evidence): " + pointing.size());

        int pages = 1;
        String next = ARTICLE + ".ttl?page=2";
        while (next != null) {
            pages++;
            HttpResponse<byte[]> r = server.get(next);
            assertEquals(200, r.statusCode(), next);
            String link = r.headers().firstValue("Link").orElse("");
            String previous = ARTICLE + ".ttl" + (pages > 2 ? "?page=" + (pages - 1) : "");
            assertTrue(link.contains("<" + previous + ">; rel=\"prev\"") && link.contains("<" + ARTICLE + ".ttl>; rel=\"first\""), link);
            Graph g = turtle(r.body());
            Node self = NodeFactory.createURI("https://w3id.org/sifara" + ARTICLE + "?page=" + pages);
            assertTrue(g.contains(self, Hydra.previous, NodeFactory.createURI("https://w3id.org/sifara" + previous.replace(".ttl", ""))),
                    "hydra:previous in the RDF of page " + pages);
            pointing.addAll(pointingTo(g));
            next = link.contains("rel=\"next\"") ? link.replaceAll(".*<([^>]*)>; rel=\"next\".*", "$1") : null;
        }
        Set<Triple> expected = new HashSet<>(TestData.convertedOutput().getUnionGraph().find(Node.ANY, Node.ANY, ARTICLE_IRI).toList());
        assertEquals(expected, pointing, "the pages hold all that refers to the article, and nothing else");
        assertEquals(404, server.get(ARTICLE + ".ttl?page=" + (pages + 1)).statusCode(), "past the last page");
        assertEquals(400, server.get(ARTICLE + ".ttl?page=0").statusCode());
        HttpResponse<byte[]> see = server.get(ARTICLE + "?page=2", "Accept", "text/turtle");
        assertEquals(303, see.statusCode());
        assertEquals(ARTICLE + ".ttl?page=2", see.headers().firstValue("Location").orElse(""));
        String html = server.getText(ARTICLE + ".html?page=2").body();
        assertTrue(html.contains("rel=\"prev\" href=\"" + ARTICLE + ".html\""), "the HTML page links the one before");
    }

    @Test
    void listingsComeAHundredAPage() throws Exception {
        HttpResponse<String> people = server.getText("/list/person");
        assertEquals(200, people.statusCode());
        assertTrue(people.body().contains("/id/person/khalifa-haftar"), "people are listed");
        assertEquals(404, server.getText("/list/unicorns").statusCode());
        assertEquals(404, server.getText("/list/person?page=2").statusCode(), "fewer than 100 people: one page");
        assertEquals(404, server.getText("/timeline?page=1000000").statusCode(), "a timeline page past the last, too");
        assertEquals(400, server.getText("/list/person?page=x").statusCode());
    }

    @Test
    void theHomePageShowsTheNewestAndLinksToTheRest() throws Exception {
        HttpResponse<String> home = archive.getText("/");
        assertEquals(200, home.statusCode());
        String html = home.body();
        assertTrue(html.contains("<a href=\"/list/article\"><strong>12</strong>"), "a link to every article, with their count");
        assertTrue(html.contains("href=\"/list/event\""), "a link to every event");
        long articleLinks = html.lines().filter(l -> l.contains("href=\"/article/") || l.contains("href=\"/id/article/")).count();
        assertTrue(articleLinks <= 10, "ten newest articles at most: " + articleLinks);
        assertTrue(html.length() < 300_000, "bounded: " + html.length());
        HttpResponse<String> events = archive.getText("/list/event");
        assertEquals(200, events.statusCode());
        assertEquals(events.body().contains("rel=\"next\" href=\"/list/event?page=2\""),
                archive.getText("/list/event?page=2").statusCode() == 200, "a next page is linked exactly when it exists");
    }

    /** What a page says points to the article, without what the document says of itself. */
    private static Set<Triple> pointingTo(Graph page) {
        return new HashSet<>(page.find(Node.ANY, Node.ANY, ARTICLE_IRI)
                .filterDrop(t -> t.getSubject().getURI().startsWith("https://w3id.org/sifara/doc/")).toList());
    }

    private static List<String> rows(String path) throws Exception {
        return parse(server.get(path, "Accept", "application/sparql-results+json").body());
    }

    private static List<String> parse(byte[] json) {
        List<String> rows = new ArrayList<>();
        ResultSetFactory.fromJSON(new ByteArrayInputStream(json)).forEachRemaining(row -> rows.add(row.toString()));
        return rows;
    }

    private static Graph turtle(byte[] body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
