package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.sifara.server.html.Html;
import org.sifara.server.http.Serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /sparql} without a query: a SPARQL 1.1 Service Description for machines, in the RDF
 * form the Accept header asks for (406 when none fits), and a page
 * with a query form for people (plain HTML, no script), instead of Fuseki's 404.
 */
final class EndpointDescription implements Filter {

    private final Publication pub;
    private final Graph serviceDescription;

    EndpointDescription(Publication pub) {
        this.pub = pub;
        this.serviceDescription = RDFParser.fromString(serviceDescription(), Lang.TURTLE).toGraph();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String method = req.getMethod();
        boolean describe = (method.equals("GET") || method.equals("HEAD")) && req.getQueryString() == null;
        if (!describe) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        Optional<Representation> form = DocumentServlets.negotiate(req);
        if (form.isEmpty()) {
            DocumentServlets.notAcceptable(resp);
            return;
        }
        Download body = form.get() == Representation.HTML
                ? pub.html("sparql", this::page)
                : pub.rdf("sparql", serviceDescription, form.get(), "sparql." + form.get().extension());
        Serve.download(req, resp, body, pub.lastModified(), false, true);
    }

    private String serviceDescription() {
        String b = pub.base().value();
        return "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\n"
                + "PREFIX void: <http://rdfs.org/ns/void#>\n\n"
                + "<" + b + "sparql> a sd:Service ;\n"
                + "    sd:endpoint <" + b + "sparql> ;\n"
                + "    sd:supportedLanguage sd:SPARQL11Query ;\n"
                + "    sd:feature sd:UnionDefaultGraph ;\n"
                + "    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> , "
                + "<http://www.w3.org/ns/formats/SPARQL_Results_XML> ,\n"
                + "        <http://www.w3.org/ns/formats/SPARQL_Results_CSV> , <http://www.w3.org/ns/formats/SPARQL_Results_TSV> ,\n"
                + "        <http://www.w3.org/ns/formats/Turtle> , <http://www.w3.org/ns/formats/N-Triples> ,\n"
                + "        <http://www.w3.org/ns/formats/JSON-LD> , <http://www.w3.org/ns/formats/RDF_XML> ;\n"
                + "    sd:defaultDataset [ a sd:Dataset ; void:inDataset <" + b + "dataset> ] .\n";
    }

    private String page() {
        String example = "PREFIX sifara: <" + pub.base().ontologyNamespace() + ">\n"
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
