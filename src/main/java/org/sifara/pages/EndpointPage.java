package org.sifara.pages;

import org.sifara.config.BaseIri;

/** {@code /sparql} for people: what the endpoint offers, and a form to send a query. */
public final class EndpointPage {

    private final BaseIri base;

    public EndpointPage(BaseIri base) {
        this.base = base;
    }

    public String render() {
        String example = "PREFIX sifara: <" + base.ontologyNamespace() + ">\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n"
                + "SELECT ?event ?label WHERE {\n  ?event a sifara:DiplomaticEvent ; rdfs:label ?label .\n"
                + "  FILTER(lang(?label) = \"en\")\n}\n";
        return Html.page("SPARQL endpoint", "", "<h1>SPARQL endpoint</h1>\n"
                + "<p>SPARQL 1.1 Query over GET and POST. The default graph is the union of all graphs; "
                + "<code>GRAPH</code> reaches each article's graph. Read-only; every query has a time limit.</p>\n"
                + "<form method=\"get\" action=\"/sparql\">\n<textarea name=\"query\" rows=\"12\" cols=\"90\">"
                + Html.escape(example) + "</textarea>\n<p><label>Results as <select name=\"format\">"
                + "<option value=\"json\">JSON</option><option value=\"xml\">XML</option><option value=\"csv\">CSV</option>"
                + "<option value=\"tsv\">TSV</option><option value=\"text\">text</option></select></label> "
                + "<button type=\"submit\">Run</button></p>\n</form>\n"
                + "<p class=\"muted\">Or ask for answers without SPARQL: " + Html.link("/queries", "saved queries") + ".</p>\n");
    }
}
