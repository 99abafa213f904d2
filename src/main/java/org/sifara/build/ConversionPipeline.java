package org.sifara.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.sifara.convert.ArticleResult;
import org.sifara.convert.IdIndex;
import org.sifara.convert.SharedSources;
import org.sifara.facts.ArticleFacts;
import org.sifara.facts.Problems;
import org.sifara.facts.SourcePosition;
import org.sifara.publish.DownloadParts;
import org.sifara.store.GraphFigures;
import org.sifara.store.StoredTerms;

/**
 * Converts and validates the articles a build must rebuild, on several threads, and hands each
 * valid graph to one writer thread (TDB2 writes from one thread): memory holds the few articles in
 * flight, never the corpus. An article that uses another article's ids is validated last, with
 * that article's graph as context (rebuilt the same way, or as the store holds it). Every problem
 * is collected; the caller writes nothing final unless there are none.
 */
final class ConversionPipeline {

    /** One article, rebuilt: its record entry, its download parts and what it adds to the figures. */
    record Built(ArticleEntry entry, DownloadParts.GraphParts parts, GraphFigures figures) {}

    private record Outcome(String slug, ArticleResult result, Problems problems, DownloadParts.GraphParts parts, GraphFigures figures,
            boolean deferred, RuntimeException failure) {}

    private final SharedSources sources;
    private final IdIndex index;
    private final Graph registryGraph;
    private final Map<Node, SourcePosition> registryPositions;
    private final DownloadParts parts;
    private final int threads;
    private final Progress progress;

    ConversionPipeline(SharedSources sources, IdIndex index, Graph registryGraph, Map<Node, SourcePosition> registryPositions,
            DownloadParts parts, int threads, Progress progress) {
        this.sources = sources;
        this.index = index;
        this.registryGraph = registryGraph;
        this.registryPositions = registryPositions;
        this.parts = parts;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * Rebuilds the articles in {@code folders} (by slug), writing each valid graph to {@code sink};
     * problems go to {@code problems}. Returns what was built, by slug.
     *
     * @param hashes the content hash of each article folder
     * @param declared the ids each article declares
     */
    Map<String, Built> run(Map<String, Path> folders, Map<String, String> hashes, Map<String, List<IdIndex.Target>> declared,
            GraphSink sink, Problems problems) {
        BlockingQueue<Outcome> done = new ArrayBlockingQueue<>(2 * threads + 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sifara-build");
            t.setDaemon(true);
            return t;
        });
        Map<String, Built> built = new LinkedHashMap<>();
        List<Outcome> deferred = new ArrayList<>();
        try {
            folders.forEach((slug, folder) -> pool.submit(() -> {
                Outcome o;
                try {
                    o = work(slug, folder);
                } catch (Throwable t) {
                    o = new Outcome(slug, null, new Problems(), null, null, false, new IllegalStateException(slug + ": " + t, t));
                }
                put(done, o);
            }));
            for (int i = 0; i < folders.size(); i++) {
                Outcome o = done.take();
                progress.advance();
                if (o.failure() != null) {
                    throw o.failure();
                }
                problems.absorb(o.problems());
                if (o.deferred()) {
                    deferred.add(o);
                } else if (o.result() != null && !o.problems().hasErrors() && !problems.hasErrors()) {
                    write(o.result(), o.parts(), o.figures(), hashes, declared, sink, built);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        for (Outcome o : deferred) {
            List<Graph> used = o.result().usesArticles().stream().sorted().map(slug -> used(slug, folders, sink)).toList();
            Problems found = sources.validate(o.result(), registryGraph, registryPositions, used);
            problems.absorb(found);
            if (!problems.hasErrors()) {
                write(o.result(), parts.write(StoredTerms.asStored(o.result().graph()), graphName(o.slug())),
                        sources.figures(o.result(), registryGraph, index), hashes, declared, sink, built);
            }
        }
        return built;
    }

    private static void put(BlockingQueue<Outcome> done, Outcome o) {
        try {
            done.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On a worker thread: read, convert, and (unless it links to another article) validate and write the parts. */
    private Outcome work(String slug, Path folder) {
        try {
            Problems problems = new Problems();
            Optional<ArticleFacts> article = sources.read(folder, problems);
            if (article.isEmpty()) {
                return new Outcome(slug, null, problems, null, null, false, null);
            }
            ArticleResult result = sources.convert(article.get(), index);
            if (result.problems().hasErrors()) {
                return new Outcome(slug, null, result.problems(), null, null, false, null);
            }
            if (!result.usesArticles().isEmpty()) {
                return new Outcome(slug, result, result.problems(), null, null, true, null);
            }
            Problems validation = sources.validate(result, registryGraph, registryPositions, List.of());
            result.problems().absorb(validation);
            if (validation.hasErrors()) {
                return new Outcome(slug, null, result.problems(), null, null, false, null);
            }
            return new Outcome(slug, result, result.problems(), parts.write(StoredTerms.asStored(result.graph()), graphName(slug)),
                    sources.figures(result, registryGraph, index), false, null);
        } catch (RuntimeException e) {
            return new Outcome(slug, null, new Problems(), null, null, false, e);
        }
    }

    /** The graph of an article another one links to: rebuilt if it is rebuilt now, else as the store holds it. */
    private Graph used(String slug, Map<String, Path> folders, GraphSink sink) {
        Path folder = folders.get(slug);
        if (folder == null) {
            return sink.previous(graphName(slug));
        }
        Optional<ArticleFacts> article = sources.read(folder, new Problems());
        return article.map(a -> sources.convert(a, index).graph()).orElseGet(() -> sink.previous(graphName(slug)));
    }

    private void write(ArticleResult result, DownloadParts.GraphParts graphParts, GraphFigures figures, Map<String, String> hashes,
            Map<String, List<IdIndex.Target>> declared, GraphSink sink, Map<String, Built> built) {
        sink.replace(graphName(result.slug()), result.graph());
        ArticleEntry entry = new ArticleEntry(result.slug(), hashes.get(result.slug()), "", result.usesArticles(), result.facts(),
                declared.getOrDefault(result.slug(), List.of()));
        built.put(result.slug(), new Built(entry, graphParts, figures));
    }

    private Node graphName(String slug) {
        return sources.minter().articleGraph(slug);
    }
}
