package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.bench.SyntheticCorpus;
import org.sifara.config.BaseIri;
import org.sifara.convert.Converter;
import org.sifara.publish.Publication;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;

/**
 * No page grows with the archive: on a corpus of {@link #ARTICLES} copies of the seed article
 * (every copy's people are the same registry people, so their pages would list thousands of
 * things), every page kind stays under {@link #MAX_BYTES}, lists and answers are paged, and the
 * next page is a link.
 */
class PageSizeTest {

    static final int ARTICLES = 40;
    static final int MAX_BYTES = 300 * 1024;
    static Path corpus;

    @RegisterExtension
    static final TestServer server = TestServer.serving(PageSizeTest::publication, TestServer.defaults());

    private static Publication publication() {
        try {
            corpus = Files.createTempDirectory("sifara-pages-");
            SyntheticCorpus.generate(TestData.DATA, ARTICLES, corpus);
            return Publication.of(new Converter(BaseIri.defaultBase()).convert(corpus), TestServer.PUBLISHED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void deleteCorpus() throws IOException {
        if (corpus != null) {
            try (var files = Files.walk(corpus)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyPageKindStaysSmallWhateverTheArchive() throws Exception {
        List<String> pages = List.of("/", "/?lang=ar", "/doc/person/khalifa-haftar.html", "/doc/country/pakistan.html",
                "/doc/country/pakistan.html?lang=ar", "/doc/event/haftar-sharif-meeting-2026-02-03-c00001.html",
                "/doc/article/2026-02-03-haftar-meets-sharif-c00001.html", "/list/event", "/list/claim?page=2", "/timeline",
                "/queries", "/queries/actors", "/queries/evidence", "/queries/timeline?lang=ar", "/sparql", "/ontology.html",
                "/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8),
                "/.well-known/void");
        StringBuilder sizes = new StringBuilder();
        for (String page : pages) {
            HttpResponse<byte[]> r = server.get(page, "Accept", "text/html");
            assertEquals(200, r.statusCode(), page);
            sizes.append(String.format("%7d  %s%n", r.body().length, page));
            assertTrue(r.body().length < MAX_BYTES, page + " is " + r.body().length + " bytes");
        }
        System.out.println("Page sizes with " + ARTICLES + " articles:\n" + sizes);
        String events = server.getText("/list/event", "Accept", "text/html").body();
        assertTrue(events.contains("rel=\"next\" href=\"/list/event?page=2\""), "the list goes on on the next page");
        String answer = server.getText("/queries/timeline", "Accept", "text/html").body();
        assertTrue(answer.contains("rel=\"next\""), "the answer goes on on the next page");
        String timeline = server.getText("/timeline", "Accept", "text/html").body();
        assertTrue(timeline.contains("href=\"/timeline?page=2\""), "the timeline goes back on the next page");
    }
}
