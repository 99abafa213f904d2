package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.testing.TestServer;

/** What the pages say, over HTTP: languages, the resource pages' words, HTML answers, error pages. */
class PagesTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();

    static final String AGREEMENT = "/doc/agreement/military-cooperation-defence-procurement-agreement-2025.html";

    static String page(String path, String... headers) throws Exception {
        HttpResponse<String> r = server.getText(path, headers);
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void theLanguageComesFromTheUrlElseAcceptLanguage() throws Exception {
        HttpResponse<String> ar = server.getText("/", "Accept-Language", "ar,en;q=0.5");
        assertTrue(ar.body().contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(ar.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        assertTrue(ar.body().contains("href=\"/?lang=en\""), "a switch to English");
        String pinned = page("/?lang=ar", "Accept-Language", "en");
        assertTrue(pinned.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(pinned.contains("href=\"/list/person?lang=ar\""), "links keep the language the URL chose");
        HttpResponse<String> see = server.getText("/id/person/khalifa-haftar?lang=ar", "Accept", "text/html");
        assertEquals("/doc/person/khalifa-haftar.html?lang=ar", see.headers().firstValue("Location").orElseThrow());
        assertTrue(page("/ontology.html?lang=ar").contains("<h3 id=\"OfficialVisit\">زيارة رسمية <span lang=\"en\" dir=\"ltr\">"));
    }

    @Test
    void anAgreementSaysItsValueItsSigningAndThatNoPartyIsNamed() throws Exception {
        String en = page(AGREEMENT);
        assertTrue(en.contains("more than US$4,000,000,000"), en);
        assertTrue(en.contains("The text names no party."));
        assertTrue(en.contains("at some time within 17–19 December 2025"), "the signing's dates");
        assertFalse(en.contains("4000000000"), "no number without its grouping");
        String ar = page(AGREEMENT + "?lang=ar");
        assertTrue(ar.contains("أكثر من 4٬000٬000٬000 دولار"), ar);
        assertTrue(ar.contains("لا يسمّي النص أي طرف."));
        assertTrue(ar.contains("<th scope=\"row\">قيمته المالية</th>"), "predicates by the ontology's Arabic labels: " + ar);
    }

    @Test
    void anEventNamesItsParticipantsWithRolesAndAPersonEachEventOnce() throws Exception {
        String event = page("/doc/event/haftar-sharif-meeting-2026-02-03.html");
        assertTrue(event.contains("<td><a href=\"/id/person/khalifa-haftar\">Khalifa Haftar</a></td><td>principal</td>"),
                event);
        assertTrue(event.contains("3 February 2026"));
        assertFalse(event.contains("xsd:date") || event.contains("sem:hasActor") || event.contains("org:holds"), "no CURIEs");
        String person = page("/doc/person/khalifa-haftar.html");
        assertEquals(2, person.split("href=\"/id/event/haftar-sharif-meeting-2026-02-03\"", -1).length, "the meeting, once");
        assertTrue(person.contains("Commander of the Libyan National Army"));
        String signing = page("/doc/event/agreement-signing-benghazi-2025.html");
        assertTrue(signing.contains("The text names no participant."));
    }

    @Test
    void listsNeverShowAReportedOrPlannedEventAsAPlainFact() throws Exception {
        String talks = "/id/event/pakistan-consulate-benghazi-talks\">Pakistan&#39;s talks on opening a consulate in Benghazi</a>"
                + " <span class=\"hedge\">(reported by a source · under negotiation)</span>";
        assertTrue(page("/doc/country/pakistan.html").contains(talks), "what a country took part in, hedged too");
        for (String path : List.of("/list/event", "/timeline", "/")) {
            String en = page(path);
            assertTrue(en.contains(talks), path + ": " + en);
            assertTrue(en.contains("Meeting of Khalifa Haftar and Shehbaz Sharif</a>"), path);
            assertFalse(en.contains("Meeting of Khalifa Haftar and Shehbaz Sharif</a> <span class=\"hedge\""),
                    path + ": the meeting the article states is not hedged");
        }
        assertTrue(page("/timeline").contains("Pakistan&#39;s talks on opening a consulate in Benghazi (reported by a source · under negotiation)</text>"),
                "the drawing says so too");
        assertTrue(page("/list/event?lang=ar").contains("<span class=\"hedge\">(منقول عن مصدر · قيد التفاوض)</span>"));
    }

    @Test
    void aNoteWrittenInBothLanguagesIsShownInThePagesOwn() throws Exception {
        String en = page(AGREEMENT);
        String ar = page(AGREEMENT + "?lang=ar");
        assertTrue(en.contains("is an exclusive lower bound of 4,000,000,000"), "the English note");
        assertFalse(en.contains("حدٌّ أدنى حصري"), "not the Arabic one too");
        assertTrue(ar.contains("حدٌّ أدنى حصري"), "the Arabic note");
        assertFalse(ar.contains("is an exclusive lower bound of 4,000,000,000"), "not the English one too");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/doc/person/khalifa-haftar.html", "/doc/country/pakistan.html",
            "/doc/claim/closing-affirmation-of-meeting.html", "/doc/event/munir-haftar-reception-benghazi-2025.html",
            "/doc/participation/haftar-sharif-meeting-2026-02-03--khalifa-haftar.html", "/doc/place/pakistan-territory.html",
            "/doc/membership/2026-02-03-haftar-meets-sharif--ishaq-dar--foreign-minister-of-pakistan.html"})
    void everyPropertyIsNamedInWordsInBothLanguages(String path) throws Exception {
        for (String lang : List.of("en", "ar")) {
            String html = page(path + "?lang=" + lang);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<th scope=\"row\">([^<]*)</th>").matcher(html);
            int rows = 0;
            while (m.find()) {
                rows++;
                assertFalse(m.group(1).matches("[a-z]+:\\S+"), path + " (" + lang + ") names a property by its prefixed name: " + m.group(1));
            }
            assertTrue(rows > 0, path + " has properties");
        }
    }

    @Test
    void theArticleHighlightsItsEvidenceAndEvidenceLinksToIt() throws Exception {
        String article = page("/doc/article/2026-02-03-haftar-meets-sharif.html");
        assertTrue(article.contains("<div class=\"article-text\" lang=\"ar\" dir=\"rtl\">"));
        assertTrue(article.contains("<mark data-facts="));
        assertTrue(article.contains("<li class=\"fact\" id=\"fact-"));
        String person = page("/doc/person/khalifa-haftar.html");
        assertTrue(person.contains("href=\"/id/article/2026-02-03-haftar-meets-sharif#ev-person-mention-khalifa-haftar-"), person);
        assertFalse(person.contains("…زيز"), "context cut at a word");
    }

    @Test
    void browsersGetTablesFromTheEndpointAndTheSavedQueries() throws Exception {
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s WHERE { ?s a <https://w3id.org/sifara/ontology#Agreement> }";
        String url = "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> html = server.getText(url, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.body().contains("href=\"/id/agreement/military-cooperation-defence-procurement-agreement-2025\""), html.body());
        assertTrue(page(url + "&format=html").contains("<table class=\"answer sortable\">"));
        HttpResponse<String> json = server.getText(url, "Accept", "*/*");
        assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"),
                "curl still gets JSON");
        HttpResponse<String> bad = server.getText("/sparql?query=SELECT+%3Fx+WHERE+%7B", "Accept", "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("role=\"alert\""), "the editor says what is wrong");
        String saved = page("/queries/event-participants?format=html&lang=ar");
        assertTrue(saved.contains("<html lang=\"ar\" dir=\"rtl\">") && saved.contains("<select id=\"param-event\""), saved);
        assertTrue(saved.contains("اجتماع خليفة حفتر ومحمد شهباز شريف"), "the select list names events in Arabic");
        String paged = page("/queries/actors?format=html&limit=2&offset=2");
        assertTrue(paged.contains("rel=\"next\" href=\"/queries/actors?lang=en&amp;offset=4&amp;limit=2\""), paged);
        assertTrue(paged.contains("rel=\"prev\""));
        assertEquals(400, server.getText("/queries/actors?format=html&limit=0").statusCode());
        assertTrue(page("/queries/actors?format=html").contains("<a href=\"/id/person/khalifa-haftar\""),
                "a saved query's table links its IRIs to our pages");
        String home = page("/");
        assertTrue(home.contains("href=\"/sparql?query="), "the home page's questions open in the editor: " + home);
    }

    @Test
    void errorsArePagesForBrowsersAndOneLineForOthers() throws Exception {
        HttpResponse<String> browser = server.getText("/nothing/here", "Accept", "text/html,*/*;q=0.8", "Accept-Language", "ar");
        assertEquals(404, browser.statusCode());
        assertTrue(browser.body().contains("<html lang=\"ar\" dir=\"rtl\">") && browser.body().contains("<nav"), browser.body());
        assertTrue(browser.body().contains("Nothing here: /nothing/here"));
        HttpResponse<String> curl = server.getText("/nothing/here");
        assertEquals(404, curl.statusCode());
        assertEquals("Nothing here: /nothing/here\n", curl.body());
        HttpResponse<String> notAcceptable = server.getText("/graph/entities", "Accept", "text/html");
        assertEquals(406, notAcceptable.statusCode());
        assertTrue(notAcceptable.body().contains("<nav"), "406 as a page");
        HttpResponse<String> badPage = server.getText("/list/person?page=0", "Accept", "text/html");
        assertEquals(400, badPage.statusCode());
        assertTrue(badPage.body().contains("page must be a whole number"));
    }
}
