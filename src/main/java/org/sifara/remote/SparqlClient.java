package org.sifara.remote;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.sifara.store.QueryRefusedException;
import org.sifara.store.StoreUnavailableException;

/**
 * One SPARQL 1.1 query endpoint, asked over HTTP (the Protocol's POST form). Each answer is read
 * whole, within a deadline and a bound in bytes, before anything is made of it: a store that is
 * down, slow, or stalls halfway through an answer costs a request its deadline and no more, and
 * never holds a thread. What went wrong is said the way the server needs it: the store refused the
 * query (a 400 from it, {@link QueryRefusedException}), did not answer in time or gave a partial
 * answer ({@link QueryCancelledException}), or could not be reached or failed
 * ({@link StoreUnavailableException}).
 */
final class SparqlClient {

    /** The most bytes of one answer taken from the store. */
    static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final String RESULTS = "application/sparql-results+json, application/sparql-results+xml;q=0.5";
    private static final String TRIPLES = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5";

    /** A whole answer: rows, a yes or no, or triples. */
    sealed interface Answer {
        record Rows(List<Var> vars, List<Binding> rows) implements Answer {}

        record Bool(boolean value) implements Answer {}

        record Triples(Graph graph) implements Answer {}
    }

    private final URI endpoint;
    private final HttpClient client;
    private final int maxBytes;
    private final Consumer<String> sent;

    SparqlClient(String endpoint) {
        this(endpoint, MAX_ANSWER_BYTES, text -> { });
    }

    /** @param sent hears the text of every query as it is sent (a benchmark replays them) */
    SparqlClient(String endpoint, int maxBytes, Consumer<String> sent) {
        this.endpoint = URI.create(endpoint);
        this.maxBytes = maxBytes;
        this.sent = sent;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    String endpoint() {
        return endpoint.toString();
    }

    /** Sends {@code query} and reads its whole answer, or fails, within {@code timeout}. */
    Answer answer(Query query, Duration timeout) {
        String text = query.serialize();
        sent.accept(text);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", query.isSelectType() || query.isAskType() ? RESULTS : TRIPLES)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = send(request, timeout);
        if (response.statusCode() == 400) {
            throw new QueryRefusedException("The store refused the query: " + firstLine(response.body()));
        }
        if (response.statusCode() != 200) {
            throw new StoreUnavailableException("The store at " + endpoint + " answered " + response.statusCode() + ": "
                    + firstLine(response.body()));
        }
        // Virtuoso answers a query cut by its own time limit with 200 and whatever it found by then
        // ("anytime" queries), saying so only in this header: a partial answer is never passed on.
        if (response.headers().firstValue("X-SQL-State").isPresent()) {
            throw new QueryCancelledException();
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        try {
            return parse(query, type, response.body());
        } catch (RiotException | org.apache.jena.query.QueryException e) {
            throw new StoreUnavailableException("The store at " + endpoint + " sent an answer that cannot be read (" + type + "): "
                    + e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, Duration timeout) {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> new BoundedBody(maxBytes));
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new QueryCancelledException();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException && cause.getCause() instanceof BoundedBody.TooLarge) {
                cause = cause.getCause();
            }
            if (cause instanceof BoundedBody.TooLarge) {
                throw new QueryRefusedException("The store's answer is larger than " + (maxBytes >> 20)
                        + " MiB, more than Sifara takes; ask for less (LIMIT).");
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new QueryCancelledException();
            }
            throw new StoreUnavailableException("The store at " + endpoint + " cannot be reached: " + why(cause), cause);
        }
    }

    /** What stopped a connection, in words. */
    private static String why(Throwable cause) {
        if (cause instanceof java.net.http.HttpConnectTimeoutException) {
            return "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (cause instanceof java.net.ConnectException) {
            return "the connection was refused (is the store running, and is that its address?)";
        }
        if (cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
            return "its host name is unknown";
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private static Answer parse(Query query, String contentType, byte[] body) {
        if (query.isSelectType() || query.isAskType()) {
            Lang lang = contentType.contains("xml") ? ResultSetLang.RS_XML : ResultSetLang.RS_JSON;
            SPARQLResult result = ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(body));
            if (query.isAskType()) {
                return new Answer.Bool(result.getBooleanResult());
            }
            ResultSet rows = result.getResultSet();
            List<Binding> all = new ArrayList<>();
            while (rows.hasNext()) {
                all.add(rows.nextBinding());
            }
            return new Answer.Rows(rows.getResultVars().stream().map(Var::alloc).toList(), all);
        }
        Lang lang = RDFLanguages.contentTypeToLang(contentType.split(";")[0].strip());
        return new Answer.Triples(RDFParser.source(new ByteArrayInputStream(body)).lang(lang == null ? Lang.TURTLE : lang).toGraph());
    }

    /** The first line of an error body, short, for a message of one line. */
    private static String firstLine(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 2000), StandardCharsets.UTF_8).strip();
        String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("(no message)");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
