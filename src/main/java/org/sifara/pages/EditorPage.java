package org.sifara.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sifara.publish.Publication;
import org.sifara.query.Answer;
import org.sifara.query.BadParameterException;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.SavedQuery;

/**
 * {@code /sparql} for people: the query editor (a form that works without scripts; with them,
 * CodeMirror's SPARQL mode, completion of the vocabulary, Ctrl+Enter to run, a local history),
 * and, when a query was sent, its answer as a table whose IRIs link to their pages, with links to
 * the same answer in each format and a shareable link to this page with the query in it. Our
 * saved queries, with their defaults bound, are the examples.
 */
public final class EditorPage {

    /** The prefixes a new query starts with. */
    static final List<String> PRELOADED = List.of("sifara", "rdf", "rdfs", "skos", "schema", "sem", "org", "prov",
            "dcterms", "oa", "xsd");
    /** The most rows the page shows of an answer; the downloads have them all. */
    static final int MAX_ROWS = 500;
    /** A shareable link longer than this is not offered (browsers and servers cut long URLs). */
    static final int MAX_LINK = 8000;

    private final Site site;
    private final View view;

    public EditorPage(Site site, View view) {
        this.site = site;
        this.view = view;
    }

    /** The PREFIX lines of the preloaded prefixes. */
    public static String prefixLines(Publication pub) {
        StringBuilder b = new StringBuilder();
        for (String prefix : PRELOADED) {
            b.append("PREFIX ").append(prefix).append(": <").append(pub.prefixes().get(prefix)).append(">\n");
        }
        return b.toString();
    }

    /** The query a new editor starts with. */
    String starter() {
        return prefixLines(site.pub()) + "\nSELECT ?event ?label ?date WHERE {\n  ?event a sifara:DiplomaticEvent ; rdfs:label ?label .\n"
                + "  OPTIONAL { ?event sem:hasTimeStamp ?date }\n  FILTER(lang(?label) = \"" + view.lang().code() + "\")\n}\n"
                + "ORDER BY ?date ?label\n";
    }

    /**
     * The page.
     *
     * @param query the query sent, or null for a new editor
     * @param answer its answer, or null
     * @param error why it has none (one sentence), or null
     * @param isGraph whether the query answers a graph (CONSTRUCT, DESCRIBE): the downloads then are graph forms
     */
    public String render(String query, Answer answer, String error, boolean isGraph, QueryCatalogue catalogue) {
        Map<String, Object> m = site.model(view);
        String text = query == null ? starter() : query;
        m.put("query", text);
        if (answer != null) {
            m.put("answer", new AnswerTable(site, view).model(answer, 0, MAX_ROWS, false));
        } else if (error != null) {
            m.put("answer", Map.of("error", error));
        }
        if (query != null) {
            String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
            List<Map<String, String>> downloads = new ArrayList<>();
            for (String[] f : isGraph ? GRAPH_FORMATS : ROW_FORMATS) {
                downloads.add(Map.of("label", f[0], "href", "/sparql?query=" + encoded + "&format=" + f[1],
                        "file", "answer." + f[2]));
            }
            m.put("downloads", downloads);
            String share = "/sparql?query=" + encoded;
            m.put("share", share.length() <= MAX_LINK ? share : null);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (SavedQuery q : catalogue.all()) {
            String bound;
            try {
                bound = q.boundText(Map.of());
            } catch (BadParameterException e) {
                continue; // a required parameter without a default: no runnable example
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("title", q.header().summary());
            e.put("href", view.local("/sparql?query=" + URLEncoder.encode(bound, StandardCharsets.UTF_8)));
            list.add(e);
        }
        m.put("examples", list);
        m.put("hasExamples", !list.isEmpty());
        List<Site.HeadLink> head = List.of(new Site.HeadLink("stylesheet", "text/css", "/assets/codemirror/lib/codemirror.css"),
                new Site.HeadLink("stylesheet", "text/css", "/assets/codemirror/addon/hint/show-hint.css"));
        return site.page(view, "editor", m, site.word(view, "nav_editor"), "editor", head, List.of(
                new Site.Script("/assets/codemirror/lib/codemirror.js"),
                new Site.Script("/assets/codemirror/mode/sparql/sparql.js"),
                new Site.Script("/assets/codemirror/addon/hint/show-hint.js"),
                new Site.Script("/assets/codemirror/addon/edit/matchbrackets.js"),
                new Site.Script("/assets/codemirror/addon/edit/closebrackets.js"),
                new Site.Script("/assets/table.js"),
                new Site.Script("/assets/editor.js")));
    }

    /** Label, Fuseki's format name, file extension. */
    static final String[][] ROW_FORMATS = {{"JSON", "json", "srj"}, {"XML", "xml", "srx"}, {"CSV", "csv", "csv"},
            {"TSV", "tsv", "tsv"}};
    static final String[][] GRAPH_FORMATS = {{"Turtle", "ttl", "ttl"}, {"N-Triples", "nt", "nt"},
            {"JSON-LD", "jsonld", "jsonld"}, {"RDF/XML", "rdf", "rdf"}};
}
