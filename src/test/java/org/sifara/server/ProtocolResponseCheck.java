package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.sifara.server.ProtocolClient.Exchange;
import org.sifara.server.ProtocolManifest.Expected;

/**
 * Checks a response as the manifest's {@code ht:resp} says: the status class, then for
 * {@code mf:expectedFormat} a media type of that kind which Jena parses as such, then
 * {@code mf:expectedBoolean} against the parsed ASK answer.
 */
final class ProtocolResponseCheck {

    /** The media types each expected format may come in (the manifest's test names list them). */
    static final Map<String, List<Lang>> FORMATS = Map.of(
            "boolean", List.of(ResultSetLang.RS_XML, ResultSetLang.RS_JSON),
            "tabular", List.of(ResultSetLang.RS_XML, ResultSetLang.RS_JSON, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV),
            "RDF", List.of(Lang.RDFXML, Lang.TURTLE, Lang.NTRIPLES));

    private ProtocolResponseCheck() {}

    static void check(Expected expected, Exchange exchange, String request) {
        HttpResponse<byte[]> first = exchange.first();
        if (!expected.allows(first.statusCode())) {
            fail(request + "\n  expected status " + expected.statuses() + ", got " + first.statusCode() + describe(first));
        }
        if (expected.format().isEmpty()) {
            return;
        }
        HttpResponse<byte[]> last = exchange.last();
        if (last.statusCode() / 100 != 2) {
            fail(request + "\n  expected results after redirects, got " + last.statusCode() + describe(last));
        }
        String format = expected.format().get();
        List<Lang> allowed = FORMATS.get(format);
        if (allowed == null) {
            fail("Unknown mf:expectedFormat \"" + format + "\" in the manifest");
        }
        Lang lang = lang(last).orElse(null);
        if (lang == null || !allowed.contains(lang)) {
            fail(request + "\n  expected a " + format + " media type " + allowed.stream()
                    .map(l -> l.getContentType().getContentTypeStr()).toList() + ", got" + describe(last));
        }
        if (format.equals("RDF")) {
            parseRdf(last, lang, exchange, request);
            return;
        }
        SPARQLResult result = parseResults(last, lang, request);
        if (format.equals("boolean")) {
            if (!result.isBoolean()) {
                fail(request + "\n  expected an ASK result, got another kind of result" + describe(last));
            }
            expected.booleanResult().ifPresent(b -> assertEquals(b, result.getBooleanResult(),
                    () -> request + "\n  wrong ASK answer" + describe(last)));
        } else {
            if (!result.isResultSet()) {
                fail(request + "\n  expected a table of results" + describe(last));
            }
            ResultSet rows = result.getResultSet();
            rows.forEachRemaining(row -> { }); // readers may be lazy: a broken row must fail here, not go unread
        }
    }

    private static Optional<Lang> lang(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type")
                .map(ct -> RDFLanguages.contentTypeToLang(MediaType.create(ct).getContentTypeStr()));
    }

    private static SPARQLResult parseResults(HttpResponse<byte[]> response, Lang lang, String request) {
        try {
            return ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(response.body()));
        } catch (RuntimeException e) {
            return fail(request + "\n  the body does not parse as " + lang.getLabel() + ": " + e.getMessage() + describe(response));
        }
    }

    private static void parseRdf(HttpResponse<byte[]> response, Lang lang, Exchange exchange, String request) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).base(exchange.uri().toString()).parse(graph);
        } catch (RuntimeException e) {
            fail(request + "\n  the body does not parse as " + lang.getLabel() + ": " + e.getMessage() + describe(response));
        }
    }

    static String describe(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("(no Content-Type)");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (body.length() > 400) {
            body = body.substring(0, 400) + "...";
        }
        return "\n  response: " + response.statusCode() + " " + type + "\n  " + body.strip().replace("\n", "\n  ");
    }
}
