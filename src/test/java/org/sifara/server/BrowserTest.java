package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sifara.testing.Axe;
import org.sifara.testing.Browser;
import org.sifara.testing.TestServer;

/**
 * The pages in a real browser (headless Chromium): the query editor runs a query and shows its
 * table, a saved query's form runs with a chosen actor, Arabic pages run right to left, the article
 * highlights every evidence span, no page asks another origin for anything or logs a console
 * error, and axe-core finds no serious or critical accessibility violation. Screenshots of each
 * page are saved in {@code target/screenshots/}. One browser serves the whole class.
 */
class BrowserTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();

    static Browser browser;

    static final String ARTICLE = "/doc/article/2026-02-03-haftar-meets-sharif.html";
    static final String PERSON = "/doc/person/khalifa-haftar.html";
    static final String EVENT = "/doc/event/haftar-sharif-meeting-2026-02-03.html";
    static final String AGREEMENT = "/doc/agreement/military-cooperation-defence-procurement-agreement-2025.html";
    static final String QUERY = "/queries/event-participants";

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void open(String path) {
        browser.open(server.url(path));
        browser.await(d -> "complete".equals(browser.script("return document.readyState")));
    }

    private static void assertNoConsoleErrors(String where) {
        assertEquals(List.of(), browser.consoleErrors(), "console errors on " + where);
    }

    @Test
    void theEditorLoadsRunsAQueryWithCtrlEnterAndShowsTheTable() {
        open("/sparql");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        browser.await(d -> Boolean.TRUE.equals(browser.script("return !!window.sifaraEditor")));
        assertNoConsoleErrors("/sparql");
        String query = """
                PREFIX sifara: <https://w3id.org/sifara/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?event ?label WHERE { ?event a sifara:DiplomaticEvent ; rdfs:label ?label FILTER(lang(?label) = "en") }
                ORDER BY ?label""";
        browser.script("window.sifaraEditor.setValue(arguments[0]); window.sifaraEditor.focus();", query);
        browser.driver().findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.await(d -> d.findElements(By.cssSelector("#answer table tbody tr")).size() == 7);
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#answer table tbody tr td:first-child a"));
        assertEquals(7, links.size());
        assertTrue(links.stream().allMatch(a -> a.getAttribute("href").startsWith(server.url("/id/event/"))),
                "every event IRI links to its page here");
        assertEquals("Khalifa Haftar's official visit to Pakistan", links.get(0).getText());
        browser.await(d -> d.getCurrentUrl().contains("/sparql?query="));
        assertTrue(browser.driver().findElement(By.id("share")).getAttribute("value").startsWith(server.url("/sparql?query=")));
        assertEquals(4, browser.driver().findElements(By.cssSelector("#downloads a[download]")).size(), "JSON, XML, CSV, TSV");
        browser.driver().findElement(By.cssSelector("#answer th:nth-child(2) button")).click();
        browser.driver().findElement(By.cssSelector("#answer th:nth-child(2) button")).click();
        assertEquals("descending", browser.driver().findElement(By.cssSelector("#answer th:nth-child(2)")).getAttribute("aria-sort"));
        assertTrue(browser.driver().findElement(By.cssSelector("#answer tbody tr:first-child td:nth-child(2)")).getText()
                .startsWith("Zaheer"), "sorted by label, descending");
        assertEquals(1L, browser.script("return JSON.parse(localStorage.getItem('sifara.history')).length"), "kept in the history");
        browser.screenshot("editor");
        assertNoConsoleErrors("/sparql after running a query");
    }

    @Test
    void theEditorCompletesTheVocabulary() {
        open("/sparql");
        browser.await(d -> Boolean.TRUE.equals(browser.script("return !!window.sifaraEditor")));
        browser.script("""
                const cm = window.sifaraEditor;
                cm.setValue('SELECT * WHERE { ?e sifara:partO');
                cm.focus(); cm.setCursor(cm.lineCount(), 0);""");
        browser.await(d -> d.getCurrentUrl().endsWith("/sparql"));
        browser.driver().findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
        WebElement hint = browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror-hints li")));
        assertTrue(hint.getText().startsWith("sifara:partOf"), hint.getText());
        browser.driver().findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(Keys.ENTER);
        String text = (String) browser.script("return window.sifaraEditor.getValue()");
        assertTrue(text.contains("?e sifara:partOf"), text);
        assertTrue(text.startsWith("PREFIX sifara: <https://w3id.org/sifara/ontology#>"), "the prefix the term needs is added: " + text);
    }

    @Test
    void aSavedQueryFormRunsWithAChosenActor() {
        open("/queries/actor-profile");
        new Select(browser.driver().findElement(By.id("param-actor"))).selectByVisibleText("Asim Munir");
        browser.driver().findElement(By.cssSelector("form.params button[type=submit]")).click();
        browser.await(d -> d.getCurrentUrl().contains("actor=" + URLEncoder.encode("https://w3id.org/sifara/id/person/asim-munir",
                StandardCharsets.UTF_8)));
        String table = browser.driver().findElement(By.cssSelector("#answer table")).getText();
        assertTrue(table.contains("Meeting of Khalifa Haftar and Shehbaz Sharif") && table.contains("attendee"), table);
        assertTrue(table.contains("Reception of Khalifa Haftar by Asim Munir in Benghazi") && table.contains("receiver"), table);
        assertEquals("Asim Munir", new Select(browser.driver().findElement(By.id("param-actor"))).getFirstSelectedOption().getText(),
                "the form keeps the choice");
        browser.fullPage("saved-query");
        assertNoConsoleErrors("/queries/actor-profile");
    }

    @Test
    void theArabicHomePageRunsRightToLeft() {
        open("/?lang=ar");
        assertEquals("rtl", browser.script("return document.documentElement.dir"));
        assertEquals("ar", browser.script("return document.documentElement.lang"));
        assertEquals("rtl", browser.script("return getComputedStyle(document.body).direction"));
        assertEquals("وقائع الأخبار الدبلوماسية", browser.driver().findElement(By.tagName("h1")).getText());
        double h1 = ((Number) browser.script("return document.querySelector('h1').getBoundingClientRect().right")).doubleValue();
        double main = ((Number) browser.script("return document.querySelector('main').getBoundingClientRect().right")).doubleValue();
        assertTrue(Math.abs(main - h1) < 2, "the heading starts at the right edge");
        browser.fullPage("home-ar");
        open("/");
        browser.fullPage("home-en");
        open(EVENT + "?lang=ar");
        browser.fullPage("event-ar");
        assertNoConsoleErrors("the home pages");
    }

    @Test
    void theArticlePageHighlightsEveryEvidenceSpan() {
        open(ARTICLE);
        List<String> expected = new ArrayList<>();
        for (QuerySolution r : server.publication().select("""
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?exact WHERE { ?ann oa:hasTarget ?t . ?t oa:hasSource <https://w3id.org/sifara/id/article/2026-02-03-haftar-meets-sharif> ;
                  oa:hasSelector ?s . ?s oa:exact ?exact }""")) {
            expected.add(r.getLiteral("exact").getString());
        }
        @SuppressWarnings("unchecked")
        List<String> marked = (List<String>) browser.script("""
                const out = [];
                document.querySelectorAll('li.fact').forEach((li, i) => {
                  const n = String(i + 1);
                  const parts = [...document.querySelectorAll('.article-text mark')]
                      .filter(m => m.dataset.facts.split(' ').includes(n)).map(m => m.textContent);
                  out.push(parts.join(''));
                });
                return out;""");
        assertEquals(expected.stream().sorted().toList(), marked.stream().sorted().toList(),
                "each fact's highlighted words are exactly its quote");
        assertEquals("rtl", browser.script("return getComputedStyle(document.querySelector('.article-text')).direction"));
        assertTrue(List.of("start", "right").contains(browser.script(
                "return getComputedStyle(document.querySelector('.article-text')).textAlign")));
        WebElement first = browser.driver().findElement(By.cssSelector("li.fact a"));
        String span = first.getAttribute("href");
        first.click();
        browser.await(d -> d.getCurrentUrl().equals(span));
        String back = (String) browser.script("return document.querySelector(location.hash).getAttribute('href')");
        assertTrue(back.startsWith("#fact-"), "the span links back to its fact: " + back);
        browser.fullPage("article");
        assertNoConsoleErrors(ARTICLE);
    }

    @Test
    void noPageAsksAnotherOriginForAnything() {
        browser.requests();
        List<String> pages = List.of("/", "/?lang=ar", PERSON, EVENT, AGREEMENT, ARTICLE, QUERY, "/queries", "/sparql",
                "/timeline", "/ontology", "/list/person", "/.well-known/void");
        String origin = server.url("/");
        for (String page : pages) {
            open(page);
            for (String url : browser.requests()) {
                assertTrue(url.startsWith(origin) || url.startsWith("data:"), page + " asked for " + url);
            }
            assertNoConsoleErrors(page);
        }
        open(PERSON);
        browser.fullPage("person");
        open(AGREEMENT);
        browser.fullPage("agreement");
        open("/timeline");
        browser.fullPage("timeline");
        open("/timeline?lang=ar");
        browser.fullPage("timeline-ar");
    }

    @Test
    void errorsReachBrowsersAsPagesWithTheSiteNavigation() {
        open("/no/such/page");
        assertTrue(browser.driver().findElement(By.tagName("h1")).getText().contains("Nothing here"));
        assertTrue(browser.driver().findElements(By.cssSelector("header.site nav a")).size() > 5, "the site's navigation");
        browser.screenshot("error-404");
        browser.consoleErrors();
    }

    @Test
    void noSeriousAccessibilityViolations() {
        Axe axe = Axe.orSkip();
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        for (String page : List.of("/", "/?lang=ar", PERSON, EVENT, ARTICLE, QUERY, "/queries/actor-profile?lang=ar", "/sparql",
                "/sparql?lang=ar", "/timeline")) {
            open(page);
            if (page.startsWith("/sparql")) {
                browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
            }
            List<String> violations = axe.seriousViolations(browser);
            if (!violations.isEmpty()) {
                found.put(page, violations);
            }
        }
        assertEquals(Map.of(), found, "serious or critical accessibility violations");
    }
}
