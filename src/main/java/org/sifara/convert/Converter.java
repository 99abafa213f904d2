package org.sifara.convert;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.sifara.config.BaseIri;
import org.sifara.config.ConvertConfig;
import org.sifara.facts.ArticleFacts;
import org.sifara.facts.Problems;
import org.sifara.facts.SourcePosition;
import org.sifara.vocab.Prefixes;

/**
 * Converts a data folder ({@code entities.yaml}, {@code articles/<slug>/}) into a validated
 * dataset. Every error of the run is collected and reported together; nothing is returned unless
 * the whole conversion is valid. The CLI, the server and the tests all call {@link #convert}.
 */
public final class Converter {

    public static final String ARTICLES_DIR = "articles";

    private final BaseIri base;
    private final Workers workers;

    public Converter(BaseIri base) {
        this(base, Workers.perCore());
    }

    public Converter(BaseIri base, Workers workers) {
        this.base = base;
        this.workers = workers;
    }

    /**
     * What {@code sifara convert} does, for the command line and the tests alike: checks that the
     * output folder may be replaced, converts and validates the data folder, and replaces the
     * output with the dataset in every form. Nothing is written unless the data is valid.
     *
     * @throws Problems.InvalidInputException with one line per error when the data is invalid
     */
    public static Conversion run(ConvertConfig config) {
        OutputFolder out = OutputFolder.checked(config.out(), config.data());
        Conversion conversion = new Converter(config.base()).convert(config.data());
        out.replaceWith(conversion.dataset(), Prefixes.forBase(config.base()));
        return conversion;
    }

    /**
     * Converts and validates a data folder, in memory, the articles on as many threads as there
     * are cores. The errors are those of a run one article at a time, in the same order.
     *
     * @throws Problems.InvalidInputException with one line per error when the data is invalid
     */
    public Conversion convert(Path dataDir) {
        Problems problems = new Problems();
        SharedSources sources = SharedSources.read(base, dataDir, problems);
        List<Path> folders = sources.articleFolders(problems);
        List<Optional<ArticleFacts>> read = workers.map(folders, folder -> {
            Problems own = new Problems();
            Optional<ArticleFacts> article = sources.read(folder, own);
            synchronized (problems) {
                problems.absorb(own);
            }
            return article;
        });
        problems.throwIfErrors();
        List<ArticleFacts> articles = read.stream().flatMap(Optional::stream).toList();

        IdIndex index = IdIndex.build(sources.registry(), articles, sources.minter(), problems);
        Map<Node, SourcePosition> registryPositions = new HashMap<>();
        Graph registryGraph = sources.registryGraph(index, registryPositions, problems);
        List<ArticleResult> converted = workers.map(articles, article -> sources.convert(article, index));
        converted.forEach(a -> problems.absorb(a.problems()));
        problems.throwIfErrors();

        // Each article is validated with the registry, the ontology and the articles it links to.
        Map<String, Graph> graphs = new HashMap<>();
        converted.forEach(a -> graphs.put(a.slug(), a.graph()));
        sources.validateShared(registryGraph, registryPositions, problems);
        workers.map(converted, a -> sources.validate(a, registryGraph, registryPositions,
                a.usesArticles().stream().sorted().map(graphs::get).toList())).forEach(problems::absorb);
        problems.throwIfErrors();

        // A dataset that links the graphs as they are (no copy, no indexes beyond each graph's own):
        // several times smaller and faster to fill than the transactional in-memory dataset, which
        // the server builds from it for querying.
        Minter minter = sources.minter();
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.addGraph(minter.ontologyGraph(), sources.ontology());
        dataset.addGraph(minter.entitiesGraph(), registryGraph);
        long facts = 0;
        for (ArticleResult article : converted) {
            dataset.addGraph(minter.articleGraph(article.slug()), article.graph());
            facts += article.facts();
        }
        return new Conversion(base, dataset, problems.warnings(), converted.size(), facts);
    }
}
