package org.sifara.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.sifara.config.BaseIri;
import org.sifara.config.ServerConfig;
import org.sifara.publish.StorePublications;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.SavedQuery;
import org.sifara.server.SifaraServer;
import org.sifara.store.StoreDirectory;
import org.sifara.store.Tdb2Store;
import org.sifara.testing.LoadDriver.Probe;

/**
 * The store on a synthetic corpus of N articles: {@code sifara build} against Jena's bulk loader
 * ({@code tdb2.tdbloader}) on the same N-Quads, each in a JVM of its own; rebuilding after one
 * article is edited (in place, then while {@code serve --store} runs: into a copy, then into the
 * other generation); the sizes on disk; {@code serve --store} and plain Fuseki over the same store
 * started with {@code -Xmx1g}, to their first answer, and their resident memory; then the home page,
 * a person's document and each saved query's first page against the same SPARQL sent to plain
 * Fuseki over the same store, both in this JVM (one process may open a TDB2 store).
 */
final class StoreBench {

    static final String SERVER_HEAP = "1g";
    static final String BUILD_HEAP = System.getProperty("bench.buildHeap", "2g");
    static final String MAIN = "org.sifara.cli.Main";
    static final String ASK = "ASK { ?s ?p ?o }";

    private final BenchConfig config;
    private final BaseIri base;
    private final Path seed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StoreBench(BenchConfig config, BaseIri base, Path seed) {
        this.config = config;
        this.base = base;
        this.seed = seed;
    }

    String run(int articles) throws Exception {
        Path work = Files.createTempDirectory("sifara-store-bench-" + articles + "-");
        StringBuilder out = new StringBuilder("### " + articles + " articles\n\n");
        try {
            Path corpus = Files.createDirectories(work.resolve("data"));
            SyntheticCorpus.generate(seed, articles, corpus);
            Path store = work.resolve("store");
            log("  " + articles + ": sifara build ...");
            ChildJvm.Run build = ChildJvm.run(BUILD_HEAP, MAIN, List.of("build", "--data", corpus.toString(), "--store", store.toString(),
                    "--timings"));
            Path nquads = work.resolve("sifara.nq");
            long quads = dump(StoreDirectory.at(store), nquads);
            log("  " + articles + ": tdb2.tdbloader on " + quads + " quads ...");
            ChildJvm.Run loader = ChildJvm.run(BUILD_HEAP, "tdb2.tdbloader", List.of("--loc", work.resolve("plain-tdb2").toString(),
                    nquads.toString()));
            MarkdownTable builds = new MarkdownTable("build", "s", "quads/s", "vs tdb2.tdbloader", "peak RSS MB", "notes");
            builds.row("sifara build (convert, validate, load, download parts, VoID)", Stats.num(build.seconds()),
                    Stats.num(quads / build.seconds()), Stats.ratio(loader.seconds() / build.seconds()), Stats.num(build.peakRssMb()),
                    "-Xmx" + BUILD_HEAP + "; steps: " + steps(build.output()));
            builds.row("tdb2.tdbloader (phased) of the same N-Quads", Stats.num(loader.seconds()), Stats.num(quads / loader.seconds()),
                    "1", Stats.num(loader.peakRssMb()), "-Xmx" + BUILD_HEAP + "; loading only");
            out.append(logged(builds.render())).append('\n');
            out.append(logged("Store size: " + sizes(store, work.resolve("plain-tdb2"), nquads))).append("\n\n");
            Files.delete(nquads);

            MarkdownTable edits = new MarkdownTable("one article edited, then", "sifara build s (its own / with the JVM)", "how", "steps");
            ChildJvm.Run inPlace = edit(corpus, store, 1);
            edits.row("no server running", built(inPlace), how(inPlace.output()), steps(inPlace.output()));

            MarkdownTable startup = new MarkdownTable("server (-Xmx" + SERVER_HEAP + ")", "first answer ms", "home page (plain: its query) first ms",
                    "RSS MB after start", "RSS MB after warm-up (peak)", "of which anonymous / file-mapped MB");
            int port = freePort();
            try (ChildJvm.Server sifara = ChildJvm.start(SERVER_HEAP, MAIN, List.of("serve", "--store", store.toString(), "--port",
                    Integer.toString(port)))) {
                String root = "http://127.0.0.1:" + port;
                startup.row(measureStart("sifara serve --store", sifara, root, "/sparql?query=" + Routes.encode(ASK), "/"));
                String before = etag(root);
                ChildJvm.Run copy = edit(corpus, store, 2);
                edits.row("serve --store running (first time)", built(copy), how(copy.output()), steps(copy.output()));
                before = awaitSwitch(root, before);
                ChildJvm.Run other = edit(corpus, store, 3);
                edits.row("serve --store running (again)", built(other), how(other.output()), steps(other.output()));
                awaitSwitch(root, before);
            }
            out.append(logged(edits.render())).append('\n');
            String generation = StoreDirectory.at(store).current().orElseThrow();
            port = freePort();
            try (ChildJvm.Server plain = ChildJvm.start(SERVER_HEAP, "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                    List.of("--port=" + port, "--tdb2", "--loc=" + StoreDirectory.at(store).database(generation), "/ds"))) {
                startup.row(measureStart("plain Fuseki (--tdb2 --loc)", plain, "http://127.0.0.1:" + port, "/ds/sparql?query=" + Routes.encode(
                        "ASK FROM <" + Quad.unionGraph.getURI() + "> { ?s ?p ?o }"), "/ds/sparql?query=" + Routes.encode(
                        latestArticles().replace("WHERE", "FROM <" + Quad.unionGraph.getURI() + "> WHERE"))));
            }
            out.append(logged(startup.render())).append('\n');
            log("  " + articles + ": HTTP ...");
            out.append(logged(http(store))).append('\n');
        } finally {
            SyntheticCorpus.delete(work);
        }
        return out.toString();
    }

    /** Streams every quad of the store's current generation to an N-Quads file; returns how many. */
    private static long dump(StoreDirectory dir, Path file) throws IOException {
        try (Tdb2Store store = Tdb2Store.openCurrent(dir, Duration.ofSeconds(30));
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            DatasetGraph dsg = store.dataset();
            return Txn.calculateRead(dsg, () -> {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                stream.start();
                long[] n = {0};
                dsg.find(Quad.ANY).forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) {
                        stream.quad(q);
                        n[0]++;
                    }
                });
                stream.finish();
                return n[0];
            });
        }
    }

    /** Edits the label of the i-th article's first fact and builds. */
    private static ChildJvm.Run edit(Path corpus, Path store, int i) throws Exception {
        Path article;
        try (Stream<Path> list = Files.list(corpus.resolve("articles"))) {
            List<Path> all = list.sorted().toList();
            article = all.get((all.size() / 4 * i) % all.size());
        }
        Path facts = article.resolve("facts.yaml");
        Files.writeString(facts, Files.readString(facts, StandardCharsets.UTF_8).replaceFirst("(?m)^(\\s*en: )(.*)$", "$1$2 (edit " + i + ")"),
                StandardCharsets.UTF_8);
        log("  edit " + i + ": sifara build ...");
        return ChildJvm.run(BUILD_HEAP, MAIN, List.of("build", "--data", corpus.toString(), "--store", store.toString(), "--timings"));
    }

    /** Waits until the server serves the new build (its N-Triples download has another ETag); returns that ETag. */
    private String awaitSwitch(String root, String before) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (etag(root).equals(before)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not switch to the new build");
            }
            Thread.sleep(100);
        }
        return etag(root);
    }

    private String etag(String root) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(root + "/download/sifara.nt")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElse("");
    }

    private String[] measureStart(String name, ChildJvm.Server server, String root, String ask, String home) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                if (get(root + ask, "application/sparql-results+json").statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !server.process().isAlive()) {
                throw new IllegalStateException("no answer from " + root + ":\n" + server.log());
            }
            Thread.sleep(20);
        }
        double first = (System.nanoTime() - server.startedNanos()) / 1e6;
        double[] afterStart = server.rssMb();
        long h0 = System.nanoTime();
        int status = get(root + home, "text/html, application/sparql-results+json").statusCode();
        double homeMs = (System.nanoTime() - h0) / 1e6;
        for (int i = 0; i < 50; i++) {
            get(root + home, "text/html, application/sparql-results+json");
            get(root + ask, "application/sparql-results+json");
        }
        double[] warm = server.rssMb();
        return new String[] {name, Stats.num(first), Stats.num(homeMs) + (status == 200 ? "" : " (" + status + ")"),
                Stats.num(afterStart[0]), Stats.num(warm[0]) + " (" + Stats.num(warm[1]) + ")",
                Stats.num(warm[2]) + " / " + Stats.num(warm[3])};
    }

    /** The HTTP comparisons, both servers in this JVM over the same store. */
    private String http(Path store) throws Exception {
        StorePublications publications = StorePublications.open(store);
        String generation = publications.generation();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(StoreDirectory.at(store).database(generation).toString());
        try (SifaraServer sifara = SifaraServer.start(publications, ServerConfig.defaults().onPort(0));
             PlainFuseki plain = PlainFuseki.overTdb2(dsg)) {
            String s = "http://127.0.0.1:" + sifara.port();
            List<Comparison> routes = new ArrayList<>();
            routes.add(new Comparison("pages", "home page / vs its newest-articles query", Routes.get(s + "/", "text/html", 200, false),
                    Routes.sparql(plain, latestArticles(), Routes.JSON)));
            routes.add(new Comparison("pages", "document /doc/person/khalifa-haftar.ttl vs DESCRIBE",
                    Routes.get(s + "/doc/person/khalifa-haftar.ttl", "text/turtle", 200, false),
                    Routes.sparql(plain, "DESCRIBE <" + base.value() + Routes.RESOURCE + ">", "text/turtle")));
            for (SavedQuery q : QueryCatalogue.load(base).all()) {
                routes.add(new Comparison("saved queries, first page", q.name(), Routes.get(s + "/queries/" + q.name(), Routes.JSON, 200, false),
                        Routes.sparql(plain, PlainQueries.firstPage(q, 100), Routes.JSON)));
            }
            // The first request of each route, before anything is kept; a route Sifara cannot answer
            // within its time limit is reported, not timed.
            MarkdownTable cold = new MarkdownTable("route", "Sifara first request ms (nothing kept yet)", "plain Fuseki first request ms");
            StringBuilder untimed = new StringBuilder();
            List<Comparison> timed = new ArrayList<>();
            for (Comparison c : routes) {
                Cold sifaraCold = cold(c.sifara().request());
                Cold plainCold = cold(c.plain().request());
                cold.row(c.name(), sifaraCold.text(), plainCold.text());
                log("  cold " + c.name() + ": " + sifaraCold.text() + " / " + plainCold.text());
                if (sifaraCold.status() == 200 && plainCold.status() == 200) {
                    timed.add(c);
                } else {
                    untimed.append("- not timed: ").append(c.name()).append(": Sifara ").append(sifaraCold.text())
                            .append(" ms, plain Fuseki ").append(plainCold.text()).append(" ms\n");
                }
            }
            return cold.render() + "\n" + new HttpBench(config).run(timed) + (untimed.length() > 0 ? "\n" + untimed : "");
        }
    }

    /** A first request's status (0: no answer within the request's timeout) and time. */
    private record Cold(int status, double ms) {
        String text() {
            return status == 0 ? "> " + Stats.num(ms) + " (no answer)" : Stats.num(ms) + (status == 200 ? "" : " (" + status + ")");
        }
    }

    private Cold cold(HttpRequest request) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Cold(status, (System.nanoTime() - t0) / 1e6);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Cold(0, (System.nanoTime() - t0) / 1e6);
        }
    }

    /** The home page's query for the newest articles, as a plain Fuseki user would send it (the default graph the union). */
    private String latestArticles() {
        return "PREFIX schema: <https://schema.org/>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "SELECT ?a ?ar ?en ?date WHERE { ?a a schema:NewsArticle ; dcterms:date ?date ;\n"
                + "  schema:headline ?ar , ?en FILTER(lang(?ar) = \"ar\" && lang(?en) = \"en\") } ORDER BY DESC(?date) ?a LIMIT 10";
    }

    private HttpResponse<byte[]> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String steps(String output) {
        List<String> steps = new ArrayList<>();
        output.lines().filter(l -> l.startsWith("  ")).forEach(l -> steps.add(l.strip().replaceAll("\\s{2,}", " ")));
        return String.join("; ", steps);
    }

    /** The build's own time, as it reports it, and the child's with the JVM's start. */
    private static String built(ChildJvm.Run run) {
        String own = run.output().lines().filter(l -> l.startsWith("Built")).findFirst()
                .map(l -> l.replaceAll(".* in ([0-9.]+) s:.*", "$1")).orElse("?");
        return own + " / " + Stats.num(run.seconds());
    }

    private static String how(String output) {
        return output.lines().filter(l -> l.startsWith("Built")).findFirst().map(l -> l.replaceAll(".*\\((.*)\\) in .*", "$1"))
                .orElse(output.strip());
    }

    private static String sizes(Path store, Path plain, Path nquads) throws IOException {
        StoreDirectory dir = StoreDirectory.at(store);
        String gen = dir.current().orElseThrow();
        return "one generation " + mb(dir.generation(gen)) + " MB (TDB2 " + mb(dir.database(gen)) + " MB), download parts "
                + mb(dir.parts()) + " MB; tdb2.tdbloader's database " + mb(plain) + " MB; the N-Quads " + mb(nquads) + " MB";
    }

    private static String mb(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return Stats.num(Files.size(path) / 1e6);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            long bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return Stats.num(bytes / 1e6);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Logs a finished table as soon as it is measured, so that a run stopped later keeps it. */
    private static String logged(String table) {
        log(table);
        return table;
    }

    private static void log(String line) {
        System.err.println(line);
    }
}
