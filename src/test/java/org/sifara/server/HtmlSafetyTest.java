package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.config.BaseIri;
import org.sifara.config.QueryLimits;
import org.sifara.convert.Converter;
import org.sifara.testing.TestData;
import org.sifara.testing.TestServer;

/** A label that holds markup appears as text, on every page that shows it. */
class HtmlSafetyTest {

    @RegisterExtension
    static final TestServer server = TestServer.data(TestData.CASES.resolve("hostile-label/data"));

    @Test
    void aHostileLabelIsEscapedEverywhere() throws Exception {
        for (String path : new String[] {"/doc/person/ahmed-ali.html", "/doc/event/ali-hassan-meeting.html", "/",
                "/doc/person/sami-hassan.html"}) {
            HttpResponse<String> r = server.getText(path, "Accept", "text/html");
            assertEquals(200, r.statusCode(), path);
            String html = r.body();
            assertFalse(html.contains("<script"), path + " must not contain a script element");
            assertFalse(html.contains("<img"), path);
            assertFalse(html.contains("<b>"), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
        }
        String person = server.getText("/doc/person/ahmed-ali.html").body();
        assertTrue(person.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Ahmed&quot; &amp; co"), person);
        assertTrue(person.contains("أحمد &lt;b&gt;علي&lt;/b&gt;"));
        assertTrue(server.getText("/doc/person/sami-hassan.html").body().contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
