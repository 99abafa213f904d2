package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.config.BaseIri;
import org.sifara.config.QueryLimits;
import org.sifara.server.http.QueryAdmission;
import org.sifara.testing.TestServer;
import org.sifara.testing.TestData;

/** Answers longer than the row limit are cut, and the X-Sifara-Truncated header says so. */
class RowLimitTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed(TestServer.defaults()
            .withLimits(QueryLimits.defaults().withMaxRows(100)).withConcurrency(4, 32));

    @Test
    void aLongAnswerIsCutAndMarked() throws Exception {
        HttpResponse<String> r = server.getText("/sparql?query=" + URLEncoder.encode("SELECT * { ?s ?p ?o }",
                StandardCharsets.UTF_8), "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("100", r.headers().firstValue(QueryAdmission.TRUNCATED).orElseThrow());
        assertEquals(101, r.body().strip().lines().count(), "a header line and 100 rows");
    }

    @Test
    void aShortAnswerIsWholeAndUnmarked() throws Exception {
        HttpResponse<String> r = server.getText("/sparql?query=" + URLEncoder.encode("SELECT * { ?s a <https://schema.org/Person> }",
                StandardCharsets.UTF_8), "Accept", "text/csv");
        assertEquals(8, r.body().strip().lines().count());
        assertTrue(r.headers().firstValue(QueryAdmission.TRUNCATED).isEmpty());
    }

    @Test
    void constructIsCutAndAShortSavedQueryIsNot() throws Exception {
        HttpResponse<String> c = server.getText("/sparql?query=" + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o }",
                StandardCharsets.UTF_8), "Accept", "application/n-triples");
        assertEquals("100", c.headers().firstValue(QueryAdmission.TRUNCATED).orElseThrow());
        assertTrue(c.body().lines().count() <= 100);
        HttpResponse<String> saved = server.getText("/queries/evidence?format=csv");
        assertTrue(saved.headers().firstValue(QueryAdmission.TRUNCATED).isEmpty(), "10 rows are under the limit");
    }

    @Test
    void aSavedQueryPageSaysItWasCut() throws Exception {
        try (TestServer tight = TestServer.seed(TestServer.defaults()
                .withLimits(QueryLimits.defaults().withMaxRows(3)).withConcurrency(4, 32)).started()) {
            HttpResponse<String> page = tight.getText("/queries/evidence", "Accept", "text/html");
            assertEquals(200, page.statusCode());
            assertEquals("3", page.headers().firstValue(QueryAdmission.TRUNCATED).orElseThrow());
            assertTrue(page.body().contains("3 rows · cut at the server&#39;s limit of 3 rows"), page.body());
            assertEquals(4, page.body().split("<tr>", -1).length - 1, "a header row and 3 rows");
            assertTrue(page.body().contains("<link rel=\"alternate\" type=\"text/csv\" href=\"/queries/evidence?format=csv\">"),
                    page.body());
            HttpResponse<String> csv = tight.getText("/queries/evidence?format=csv");
            assertEquals("3", csv.headers().firstValue(QueryAdmission.TRUNCATED).orElseThrow(), "the cached answer is marked too");
            assertEquals(4, csv.body().strip().lines().count(), "a header line and 3 rows");
            String home = tight.getText("/list/person").body();
            for (String person : new String[] {"Khalifa Haftar", "Shehbaz Sharif", "Saddam Haftar", "Osama Hammad", "Ishaq Dar",
                "Asim Munir", "Zaheer Ahmed Babar Sidhu"}) {
                assertTrue(home.contains(person), "the site's own lists are not cut: " + person);
            }
            HttpResponse<String> whole = server.getText("/queries/evidence", "Accept", "text/html");
            assertTrue(whole.headers().firstValue(QueryAdmission.TRUNCATED).isEmpty());
            assertFalse(whole.body().contains("cut at"), "10 rows are under the limit of 100");
        }
    }
}
