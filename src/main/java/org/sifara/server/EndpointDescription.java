package org.sifara.server;

import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.sifara.pages.EditorPage;
import org.sifara.pages.Site;
import org.sifara.pages.View;
import org.sifara.publish.Download;
import org.sifara.publish.Publication;
import org.sifara.query.QueryCatalogue;
import org.sifara.server.http.DocumentForm;
import org.sifara.server.http.Responses;
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
 * form the Accept header asks for (406 when none fits), and a page with a query form for people,
 * instead of Fuseki's 404. Any path below {@code /sparql/} is 404: there is one endpoint.
 */
final class EndpointDescription implements Filter {

    private final QueryCatalogue catalogue;
    private final Graph serviceDescription;

    EndpointDescription(Publication first, QueryCatalogue catalogue) {
        this.catalogue = catalogue;
        this.serviceDescription = RDFParser.fromString(serviceDescription(first), Lang.TURTLE).toGraph();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String uri = req.getRequestURI();
        if (!uri.equals("/sparql") && !uri.equals("/sparql/")) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing here: " + req.getRequestURI()
                    + " (the SPARQL endpoint is /sparql).");
            return;
        }
        String method = req.getMethod();
        String queryString = req.getQueryString();
        boolean describe = (method.equals("GET") || method.equals("HEAD"))
                && (queryString == null || PageView.without(queryString, "lang").isEmpty());
        if (!describe) {
            chain.doFilter(request, response);
            return;
        }
        Optional<DocumentForm> form = DocumentForm.negotiate(req.getHeader("Accept"));
        if (form.isEmpty()) {
            Responses.notAcceptable(resp, DocumentForm.available());
            return;
        }
        Site site = LiveSite.site(req);
        Publication pub = site.pub();
        if (form.get().isHtml()) {
            View view = PageView.of(req);
            Download page = pub.html("sparql@" + view.cacheSuffix(),
                    () -> new EditorPage(site, view).render(null, null, null, false, catalogue));
            Serve.page(req, resp, page, pub.lastModified(), true, !view.pinned());
            return;
        }
        Download body = pub.rdf("sparql", () -> serviceDescription, form.get().rdf(), "sparql." + form.get().extension());
        Serve.download(req, resp, body, pub.lastModified(), false, true);
    }

    private static String serviceDescription(Publication pub) {
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
}
