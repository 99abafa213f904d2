package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;

/** A label that holds markup appears as text, on every page that shows it, in both languages. */
class HtmlSafetyTest {

    @RegisterExtension
    static final TestServer server = TestServer.data(TestData.CASES.resolve("hostile-label/data"));

    static final String[] PAGES = {"/doc/person/ahmed-ali.html", "/doc/event/ali-hassan-meeting.html", "/",
        "/doc/person/sami-hassan.html", "/queries", "/ontology.html", "/list/person", "/list/event", "/timeline",
        "/doc/article/2026-03-05-cairo-meeting.html", "/queries/actors", "/queries/event-participants?event="
            + URLEncoder.encode("https://w3id.org/sifara/id/event/ali-hassan-meeting", StandardCharsets.UTF_8),
        "/sparql", "/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 500", StandardCharsets.UTF_8),
        "/nothing-here", "/.well-known/void"};

    @Test
    void aHostileLabelIsEscapedEverywhere() throws Exception {
        for (String lang : new String[] {"en", "ar"}) {
            for (String path : PAGES) {
                HttpResponse<String> r = server.getText(path, "Accept", "text/html", "Accept-Language", lang);
                assertEquals(path.equals("/nothing-here") ? 404 : 200, r.statusCode(), path);
                String html = r.body();
                assertEquals(html.split("<script", -1).length, html.split("<script src=\"/assets/", -1).length,
                        path + ": the only scripts are our own files");
                assertFalse(html.contains("<img"), path);
                assertFalse(html.contains("<b>"), path);
                assertTrue(html.contains("<html lang=\"" + lang + "\" dir=\"" + (lang.equals("ar") ? "rtl" : "ltr") + "\">"), path);
                String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
                assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
            }
        }
        String person = server.getText("/doc/person/ahmed-ali.html").body();
        assertTrue(person.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Ahmed&quot; &amp; co"), person);
        assertTrue(person.contains("أحمد &lt;b&gt;علي&lt;/b&gt;"));
        assertTrue(server.getText("/doc/person/sami-hassan.html").body().contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(server.getText("/queries/actors?lang=en", "Accept", "text/html").body()
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        String query = "SELECT (\"</textarea><script>alert(1)</script>\" AS ?x) WHERE {}";
        String editor = server.getText("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/html")
                .body();
        assertFalse(editor.contains("<script>alert"), "a query's text is escaped in the editor and its answer");
        assertTrue(editor.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), editor);
    }
}
