package org.sifara.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.sifara.config.BaseIri;
import org.sifara.config.QueryLimits;
import org.sifara.config.ServerConfig;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.convert.DataFolder;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.SavedQuery;
import org.sifara.remote.Credentials;
import org.sifara.remote.GraphStorePush;
import org.sifara.remote.RemotePublications;
import org.sifara.server.SifaraServer;
import org.sifara.testing.VirtuosoServer;

/**
 * Sifara in front of a live Virtuoso Open Source 7: the synthetic corpus (1,000 articles unless
 * {@code -Dbench.remote.articles=N}) is published to it with {@code sifara publish}'s code, then
 * published again unchanged, then again after one article is edited (only its graph should be
 * sent); then the home page, documents and every saved query without parameters are asked of
 * {@code serve --sparql}, on a cold cache (a new server per sample) and a warm one, against the
 * very queries Sifara sent for them replayed to Virtuoso directly, one after another. It reports
 * p50 and p99 in milliseconds and the ratios; it asserts nothing. Run it with
 * {@code mvn -q -B -Pbench test-compile exec:exec -Dexec.args="-Xmx2g -classpath %classpath org.sifara.bench.RemoteBench"}.
 */
public final class RemoteBench {

    private static final BaseIri BASE = BaseIri.defaultBase();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private RemoteBench() {}

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("bench.remote.articles", 1000);
        int samples = Integer.getInteger("bench.remote.samples", 30);
        Path corpus = Files.createTempDirectory("sifara-remote-bench-");
        VirtuosoServer virtuoso = new VirtuosoServer();
        try {
            SyntheticCorpus.generate(Path.of("data"), articles, corpus);
            virtuoso.start();
            virtuoso.hideSystemGraphs();
            System.out.println("# Sifara in front of Virtuoso\n");
            System.out.println(articles + " synthetic articles; Java " + System.getProperty("java.version") + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores; " + samples + " samples per figure.\n");
            publish(virtuoso, corpus);
            serve(virtuoso, corpus, samples);
        } finally {
            virtuoso.stop();
            SyntheticCorpus.delete(corpus);
        }
        System.exit(0);
    }

    private static void publish(VirtuosoServer virtuoso, Path corpus) throws Exception {
        GraphStorePush push = new GraphStorePush(virtuoso.graphStore(),
                Optional.of(new Credentials(VirtuosoServer.USER, VirtuosoServer.PASSWORD)));
        MarkdownTable table = new MarkdownTable("publish", "convert s", "send s", "graphs sent", "unchanged");
        for (String step : List.of("first, to an empty store", "again, nothing changed", "after editing one article")) {
            if (step.startsWith("after")) {
                edit(corpus);
            }
            long t0 = System.nanoTime();
            Conversion conversion = new Converter(BASE).convert(corpus);
            long t1 = System.nanoTime();
            GraphStorePush.Report report = push.push(conversion.dataset(), BASE, DataFolder.lastModified(corpus));
            long t2 = System.nanoTime();
            if (!report.failed().isEmpty()) {
                throw new IllegalStateException("publish failed: " + report.failed());
            }
            table.row(step, seconds(t1 - t0), seconds(t2 - t1), report.sent().size() + (report.sent().size() == 1
                    ? " (" + report.sent().get(0).getURI().replace(BASE.value(), "") + ")" : ""), Integer.toString(report.unchanged()));
        }
        System.out.println("## Publishing with sifara publish --gsp\n");
        System.out.println(table.render());
    }

    /** Changes the English headline of the 500th article (or the last). */
    private static void edit(Path corpus) throws Exception {
        List<Path> folders;
        try (var list = Files.list(corpus.resolve(Converter.ARTICLES_DIR))) {
            folders = list.sorted().toList();
        }
        Path facts = folders.get(Math.min(499, folders.size() - 1)).resolve("facts.yaml");
        String text = Files.readString(facts, StandardCharsets.UTF_8);
        Files.writeString(facts, text.replaceFirst("(?m)^(    en: .*)$", "$1 (edited)"), StandardCharsets.UTF_8);
    }

    private static void serve(VirtuosoServer virtuoso, Path corpus, int samples) throws Exception {
        String middle;
        try (var list = Files.list(corpus.resolve(Converter.ARTICLES_DIR))) {
            List<String> names = list.map(p -> p.getFileName().toString()).sorted().toList();
            middle = names.get(names.size() / 2);
        }
        String suffix = middle.substring(middle.lastIndexOf("-c"));
        List<String> routes = new ArrayList<>(List.of("/", "/doc/article/" + middle + ".html", "/doc/person/khalifa-haftar.html",
                "/doc/event/haftar-sharif-meeting-2026-02-03" + suffix + ".html", "/list/event?page=2"));
        for (SavedQuery q : QueryCatalogue.load(BASE).all()) {
            // event-records stops Virtuoso 7.2's compiler (error SQ156): see the README, "Scaling".
            if (q.parameters().stream().noneMatch(p -> p.mustBeGiven()) && !q.name().equals("event-records")) {
                routes.add("/queries/" + q.name() + "?format=" + (q.query().isSelectType() ? "json" : "ttl"));
            }
        }
        List<String> sent = new CopyOnWriteArrayList<>();
        Map<String, List<String>> queries = new LinkedHashMap<>();
        Map<String, List<Double>> cold = new LinkedHashMap<>();
        Map<String, List<Double>> direct = new LinkedHashMap<>();
        Map<String, List<Double>> warm = new LinkedHashMap<>();
        routes.forEach(r -> {
            cold.put(r, new ArrayList<>());
            direct.put(r, new ArrayList<>());
            warm.put(r, new ArrayList<>());
        });
        Map<String, String> failed = new LinkedHashMap<>();
        System.err.println("cold ...");
        for (int i = 0; i < samples; i++) {
            try (SifaraServer server = start(virtuoso, sent)) {
                // The server's own first steps (a connection to the store, the page layout, the
                // JIT) are not what a cold cache costs: one unrelated page first.
                get(server, "/list/place");
                for (String route : routes) {
                    if (failed.containsKey(route)) {
                        continue;
                    }
                    sent.clear();
                    try {
                        cold.get(route).add(get(server, route));
                    } catch (IllegalStateException e) {
                        failed.put(route, e.getMessage().lines().findFirst().orElse(""));
                        System.err.println("  " + e.getMessage());
                        continue;
                    }
                    queries.put(route, List.copyOf(sent));
                    if (i == 0 && Boolean.getBoolean("bench.remote.show")) {
                        System.err.println("== " + route + "\n" + String.join("\n--\n", sent));
                    }
                    direct.get(route).add(replay(virtuoso, queries.get(route)));
                }
            }
        }
        System.err.println("warm ...");
        try (SifaraServer server = start(virtuoso, sent)) {
            routes.removeAll(failed.keySet());
            for (String route : routes) {
                get(server, route);
            }
            for (int i = 0; i < samples; i++) {
                for (String route : routes) {
                    warm.get(route).add(get(server, route));
                }
            }
        }
        MarkdownTable table = new MarkdownTable("route", "queries", "Virtuoso direct p50 / p99 ms", "Sifara cold p50 / p99 ms",
                "cold Sifara/direct", "Sifara warm p50 / p99 ms", "warm direct/Sifara");
        for (String route : routes) {
            double d = percentile(direct.get(route), 50);
            double c = percentile(cold.get(route), 50);
            double w = percentile(warm.get(route), 50);
            table.row("`" + route + "`", Integer.toString(queries.get(route).size()), pair(direct.get(route)), pair(cold.get(route)),
                    Stats.ratio(c / d), pair(warm.get(route)), Stats.ratio(d / w));
        }
        System.out.println("## Pages and saved queries through serve --sparql, against the same SPARQL sent to Virtuoso\n");
        System.out.println("Direct: the queries Sifara sent for the route, replayed to Virtuoso one after another (the store's "
                + "own caches warm). Cold: a new server for each sample, so that Sifara's caches are empty (after one "
                + "unrelated page, so that its connection to the store is open). Warm: the same "
                + "server, the route asked before. The saved query event-records is left out: Virtuoso 7.2 cannot "
                + "compile it (error SQ156).\n");
        System.out.println(table.render());
        failed.forEach((route, why) -> System.out.println("- not timed: `" + route + "`: " + why));
    }

    private static SifaraServer start(VirtuosoServer virtuoso, List<String> sent) {
        return SifaraServer.start(RemotePublications.open(virtuoso.sparql(), BASE, QueryLimits.defaults(), Duration.ofMinutes(10),
                sent::add), ServerConfig.defaults().onPort(0));
    }

    /** Milliseconds to GET a route and read its body; fails on anything but 200. */
    private static double get(SifaraServer server, String route) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + route.substring(1)))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(route + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return ms;
    }

    /** Milliseconds to send the queries to the store directly, one after another, reading each answer whole. */
    private static double replay(VirtuosoServer virtuoso, List<String> queries) throws Exception {
        long t0 = System.nanoTime();
        for (String text : queries) {
            Query q = QueryFactory.create(text);
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(virtuoso.sparql()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", q.isSelectType() || q.isAskType() ? "application/sparql-results+json" : "application/n-triples")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Virtuoso answered " + r.statusCode() + " to " + text);
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String pair(List<Double> ms) {
        return Stats.num(percentile(ms, 50)) + " / " + Stats.num(percentile(ms, 99));
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
