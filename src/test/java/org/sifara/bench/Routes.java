package org.sifara.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.sifara.config.BaseIri;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.SavedQuery;
import org.sifara.testing.LoadDriver.Probe;

/**
 * The routes compared: every saved query, dereferencing one resource, and the whole-dataset
 * downloads, each with the request a plain Fuseki user would send instead.
 */
final class Routes {

    static final String RESOURCE = "id/person/khalifa-haftar";
    static final String JSON = "application/sparql-results+json";

    private Routes() {}

    static List<Comparison> all(BaseIri base, SifaraUnderTest sifara, PlainFuseki plain) {
        List<Comparison> routes = new ArrayList<>();
        for (SavedQuery q : QueryCatalogue.load(base).all()) {
            routes.add(new Comparison("saved queries", q.name(),
                    get(sifara.url("/queries/" + q.name()), JSON, 200, false),
                    sparql(plain, PlainQueries.withDefaults(q), JSON)));
        }
        Probe describe = sparql(plain, PlainQueries.describe(base.value() + RESOURCE), "text/turtle");
        routes.add(new Comparison("dereferencing", "document /doc/person/khalifa-haftar.ttl",
                get(sifara.url("/doc/person/khalifa-haftar.ttl"), "text/turtle", 200, false), describe));
        routes.add(new Comparison("dereferencing", "303 /id/person/khalifa-haftar + follow",
                get(sifara.url("/" + RESOURCE), "text/turtle", 200, true), describe));
        routes.add(new Comparison("downloads", "/download/sifara.trig",
                get(sifara.url("/download/sifara.trig"), "*/*", 200, false),
                get(plain.url(""), "application/trig", 200, false)));
        routes.add(new Comparison("downloads", "/download/sifara.ttl",
                get(sifara.url("/download/sifara.ttl"), "*/*", 200, false),
                get(plain.url("/get?graph=" + encode(Quad.unionGraph.getURI())), "text/turtle", 200, false)));
        return routes;
    }

    static Probe sparql(PlainFuseki plain, String query, String accept) {
        return get(plain.url("/sparql?query=" + encode(query)), accept, 200, false);
    }

    static Probe get(String url, String accept, int expected, boolean follow) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).GET().build();
        return new Probe(url, request, expected, follow);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
