package org.sifara.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.sifara.config.BuildConfig;
import org.sifara.convert.IdIndex;
import org.sifara.convert.SharedSources;
import org.sifara.convert.Workers;
import org.sifara.facts.ArticleFacts;
import org.sifara.facts.Problems;
import org.sifara.facts.SourcePosition;
import org.sifara.publish.DownloadParts;
import org.sifara.publish.StoreRecord;
import org.sifara.publish.VoidFigures;
import org.sifara.store.GenerationLock;
import org.sifara.store.GraphFigures;
import org.sifara.store.StoreDirectory;
import org.sifara.store.StoredTerms;
import org.sifara.store.UnionDefaultGraph;
import org.sifara.vocab.Prefixes;

/**
 * {@code sifara build}: brings a store on disk up to date with a data folder, converting and
 * validating only what changed, on every core, and switching a running server to the result
 * without a pause.
 * <ol>
 *   <li>Hash every article folder whose files' names, sizes and times differ from those recorded
 *       with its hash, and the registry; compare with what the target generation
 *       ({@link TargetGeneration}) recorded: an article is rebuilt when its folder changed, when it
 *       is new, or when an article whose ids it uses changed; its graph is removed when its folder
 *       is gone; everything is rebuilt when the registry, the ontology, the shapes or Sifara's
 *       conversion changed.</li>
 *   <li>Read the articles to rebuild and index every id (those of the others from the record);
 *       convert and validate the registry.</li>
 *   <li>Convert and validate the articles ({@link ConversionPipeline}), writing each valid graph
 *       and its download parts; any error anywhere and nothing is kept.</li>
 *   <li>Sum the VoID figures from each graph's ({@link GraphFigures}), write the record, commit,
 *       and make the generation current.</li>
 * </ol>
 */
public final class Builder {

    /** Above this share of the articles to rebuild, a new generation is loaded in bulk instead. */
    static final double BULK_SHARE = 0.25;

    private final BuildConfig config;
    private final Progress progress;
    private final Workers workers;

    private Builder(BuildConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
        this.workers = new Workers(config.threads());
    }

    /**
     * Builds; the CLI and the tests call this.
     *
     * @throws Problems.InvalidInputException with one line per error when the data is invalid (the store is then unchanged)
     */
    public static BuildReport run(BuildConfig config, Progress progress) {
        return new Builder(config, progress).build();
    }

    private BuildReport build() {
        long start = System.nanoTime();
        StoreDirectory dir = StoreDirectory.at(config.store());
        Path data = config.data();
        try (GenerationLock ignored = dir.lockForBuild()) {
            Problems problems = new Problems();
            progress.step("Reading the registry", 0);
            SharedSources sources = SharedSources.read(config.base(), data, problems);
            List<Path> folders = sources.articleFolders(problems);
            Map<String, Path> bySlug = new TreeMap<>();
            folders.forEach(f -> bySlug.put(f.getFileName().toString(), f));
            String registryHash = SourceHashes.registry(data);
            String sharedHash = SourceHashes.shared(config.base());
            progress.step("Opening the store and its record", 0);
            TargetGeneration target = TargetGeneration.choose(dir);
            String current = dir.current().orElse(null);
            try {
                StoreRecord prior = target.prior;
                boolean whole = prior == null || !prior.registryHash().equals(registryHash) || !prior.sharedHash().equals(sharedHash)
                        || !prior.base().equals(config.base());
                Map<String, ArticleEntry> priorEntries = whole ? Map.of() : entries(prior, sources, data);
                progress.step("Hashing the articles", folders.size());
                long now = System.currentTimeMillis();
                Map<String, ArticleEntry> recorded = priorEntries;
                List<String[]> states = workers.map(folders, f -> {
                    String slug = f.getFileName().toString();
                    String stamp = SourceHashes.stamp(f, now);
                    ArticleEntry entry = recorded.get(slug);
                    // Unchanged names, sizes and times: the content is the one hashed before.
                    String hash = entry != null && !stamp.isEmpty() && stamp.equals(entry.stamp()) ? entry.hash() : SourceHashes.article(f);
                    progress.advance();
                    return new String[] {slug, hash, stamp};
                });
                Map<String, String> hashes = new HashMap<>();
                Map<String, String> stamps = new HashMap<>();
                states.forEach(st -> {
                    hashes.put(st[0], st[1]);
                    stamps.put(st[0], st[2]);
                });
                ChangeSet changes = ChangeSet.of(hashes, priorEntries, whole);
                if (changes.nothing() && target.name().equals(current)) {
                    target.close();
                    progress.step("", 0);
                    return new BuildReport(target.name(), "up to date", folders.size(), 0, 0, prior.figures().triples(),
                            seconds(start), List.of(), progress.steps());
                }
                if (!target.fresh && (whole || changes.rebuild().size() > Math.max(64, BULK_SHARE * folders.size()))) {
                    target = target.freshInstead();
                    priorEntries = Map.of();
                    changes = ChangeSet.of(hashes, priorEntries, true);
                }
                BuildReport report = write(target, sources, bySlug, hashes, stamps, changes, priorEntries, registryHash, sharedHash,
                        problems, start);
                target.finished();
                if (!target.name().equals(current)) {
                    dir.switchTo(target.name());
                }
                Housekeeping.collectGarbage(dir, target.name(), current);
                return report;
            } catch (RuntimeException | Error e) {
                target.discard();
                throw e;
            }
        }
    }

    private BuildReport write(TargetGeneration target, SharedSources sources, Map<String, Path> bySlug, Map<String, String> hashes,
            Map<String, String> stamps, ChangeSet changes, Map<String, ArticleEntry> priorEntries, String registryHash, String sharedHash, Problems problems,
            long start) {
        // Read the articles to rebuild, for their ids; the others' ids come from the record.
        List<String> rebuild = changes.rebuild();
        progress.step("Reading " + rebuild.size() + " articles", rebuild.size());
        Map<String, List<IdIndex.Target>> declared = new HashMap<>();
        List<Optional<List<IdIndex.Target>>> read = workers.map(rebuild, slug -> {
            Problems own = new Problems();
            Optional<ArticleFacts> article = sources.read(bySlug.get(slug), own);
            synchronized (problems) {
                problems.absorb(own);
            }
            progress.advance();
            return article.map(a -> IdIndex.declared(a, sources.minter()));
        });
        for (int i = 0; i < rebuild.size(); i++) {
            if (read.get(i).isPresent()) {
                declared.put(rebuild.get(i), read.get(i).get());
            }
        }
        problems.throwIfErrors();
        List<List<IdIndex.Target>> all = new ArrayList<>();
        for (String slug : bySlug.keySet()) {
            all.add(declared.containsKey(slug) ? declared.get(slug) : priorEntries.get(slug).declared());
        }
        IdIndex index = IdIndex.of(sources.registry(), all, sources.minter(), problems);
        Map<Node, SourcePosition> registryPositions = new HashMap<>();
        Graph registryGraph = sources.registryGraph(index, registryPositions, problems);
        sources.validateShared(registryGraph, registryPositions, problems);
        problems.throwIfErrors();

        DownloadParts parts = new DownloadParts(target.directory().parts(), Prefixes.forBase(config.base()));
        GraphSink sink = target.fresh ? new BulkSink(target.store.dataset()) : new TransactionSink(target.store.dataset());
        Path record = target.directory().generation(target.name()).resolve("record-" + buildId() + ".tsv");
        try {
            progress.step("Converting and validating " + rebuild.size() + " articles", rebuild.size());
            Map<String, Path> folders = new LinkedHashMap<>();
            rebuild.forEach(slug -> folders.put(slug, bySlug.get(slug)));
            Map<String, ConversionPipeline.Built> built = new ConversionPipeline(sources, index, registryGraph, registryPositions,
                    parts, config.threads(), progress).run(folders, hashes, declared, sink, problems);
            problems.throwIfErrors();
            progress.step("Writing the registry and the ontology", 0);
            changes.removed().forEach(slug -> sink.remove(sources.minter().articleGraph(slug)));
            Node ontologyName = sources.minter().ontologyGraph();
            Node registryName = sources.minter().entitiesGraph();
            sink.replace(ontologyName, sources.ontology());
            sink.replace(registryName, registryGraph);
            String entityPrefix = config.base().value() + "id/";
            RecordDraft draft = new RecordDraft(config.data());
            draft.graph(new StoreRecord.Graph(ontologyName, null, parts.write(StoredTerms.asStored(sources.ontology()), ontologyName),
                    GraphFigures.of(sources.ontology(), s -> false, entityPrefix)));
            draft.graph(new StoreRecord.Graph(registryName, null, parts.write(StoredTerms.asStored(registryGraph), registryName),
                    GraphFigures.of(registryGraph, s -> false, entityPrefix)));
            Map<String, StoreRecord.Graph> priorGraphs = new HashMap<>();
            if (target.prior != null) {
                target.prior.graphs().stream().filter(g -> g.article() != null).forEach(g -> priorGraphs.put(g.article(), g));
            }
            for (String slug : bySlug.keySet()) {
                ConversionPipeline.Built b = built.get(slug);
                if (b != null) {
                    draft.article(new StoreRecord.Graph(sources.minter().articleGraph(slug), slug, b.parts(), b.figures()),
                            b.entry().withStamp(stamps.get(slug)));
                } else {
                    draft.article(priorGraphs.get(slug), priorEntries.get(slug).withStamp(stamps.get(slug)));
                }
            }
            long[] triples = {0};
            progress.step(target.fresh ? "Indexing (bulk load), VoID, committing" : "VoID and committing", 0);
            sink.commit(dataset -> {
                VoidFigures figures = VoidFigures.compute(draft.statistics(), UnionDefaultGraph.over(dataset), config.base());
                triples[0] = figures.triples();
                draft.record(record.getFileName().toString().replace("record-", "").replace(".tsv", ""), config.base(), Instant.now(),
                        registryHash, sharedHash, figures, parts).write(record);
            }, record);
            Housekeeping.deleteOtherRecords(record);
            progress.step("", 0);
            return new BuildReport(target.name(), target.how, bySlug.size(), built.size(), changes.removed().size(), triples[0],
                    seconds(start), problems.warnings(), progress.steps());
        } catch (RuntimeException | Error e) {
            sink.abort();
            Housekeeping.deleteQuietly(record);
            throw e;
        }
    }

    /** The entries of the prior record, by slug, with their declared ids. */
    private static Map<String, ArticleEntry> entries(StoreRecord prior, SharedSources sources, Path data) {
        Map<String, String[]> articles = new LinkedHashMap<>();
        Map<String, List<IdIndex.Target>> declared = new HashMap<>();
        for (String[] row : prior.extra()) {
            if (row[0].equals("article")) {
                articles.put(row[1], row);
            } else if (row[0].equals("declares")) {
                declared.computeIfAbsent(row[1], k -> new ArrayList<>()).add(ArticleEntry.declaration(row, sources.minter(), data));
            }
        }
        Map<String, ArticleEntry> entries = new LinkedHashMap<>();
        articles.forEach((slug, row) -> entries.put(slug, ArticleEntry.of(row, declared.getOrDefault(slug, List.of()))));
        return entries;
    }

    private static String buildId() {
        return Long.toString(System.currentTimeMillis(), 36) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
