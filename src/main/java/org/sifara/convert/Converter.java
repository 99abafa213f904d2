package org.sifara.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sifara.config.BaseIri;
import org.sifara.config.ConvertConfig;
import org.sifara.facts.ArticleFacts;
import org.sifara.facts.ArticleReader;
import org.sifara.facts.FolderLinks;
import org.sifara.facts.Problems;
import org.sifara.facts.Registry;
import org.sifara.facts.RegistryReader;
import org.sifara.facts.SourcePosition;
import org.sifara.vocab.OntologyFiles;
import org.sifara.vocab.Prefixes;

/**
 * Converts a data folder ({@code entities.yaml}, {@code articles/<slug>/}) into a validated
 * dataset. Every error of the run is collected and reported together; nothing is returned unless
 * the whole conversion is valid. The CLI, the server and the tests all call {@link #convert}.
 */
public final class Converter {

    public static final String ARTICLES_DIR = "articles";

    private final BaseIri base;

    public Converter(BaseIri base) {
        this.base = base;
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
     * Converts and validates a data folder, in memory.
     *
     * @throws Problems.InvalidInputException with one line per error when the data is invalid
     */
    public Conversion convert(Path dataDir) {
        Problems problems = new Problems();
        if (!Files.isDirectory(dataDir)) {
            problems.error(SourcePosition.startOf(dataDir), "the data folder does not exist");
            problems.throwIfErrors();
        }
        FolderLinks.check(dataDir, problems);
        problems.throwIfErrors();
        Registry registry = RegistryReader.read(dataDir, problems);
        List<ArticleFacts> articles = readArticles(dataDir.resolve(ARTICLES_DIR), problems);
        problems.throwIfErrors();

        Minter minter = new Minter(base);
        Graph ontology = OntologyFiles.ontology(base);
        OntologyTerms terms = new OntologyTerms(ontology, base);
        IdIndex index = IdIndex.build(registry, articles, minter, problems);
        Map<Node, SourcePosition> positions = new HashMap<>();

        Graph registryGraph = GraphFactory.createDefaultGraph();
        RegistryConverter.convert(registry, index, base, new Triples(registryGraph, positions), problems);
        EntityTriples entities = new EntityTriples(index, registry.verifiedLinks(), base, problems);

        // A dataset that links the graphs as they are (no copy, no indexes beyond each graph's own):
        // several times smaller and faster to fill than the transactional in-memory dataset, which
        // the server builds from it for querying.
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Graph union = GraphFactory.createDefaultGraph();
        dataset.addGraph(minter.ontologyGraph(), ontology);
        dataset.addGraph(minter.entitiesGraph(), registryGraph);
        GraphUtil.addInto(union, ontology);
        GraphUtil.addInto(union, registryGraph);
        long facts = 0;
        for (ArticleFacts article : articles) {
            Graph graph = GraphFactory.createDefaultGraph();
            ArticleConverter converter = new ArticleConverter(article, index, terms, minter, entities,
                    new Triples(graph, positions), problems);
            converter.convert();
            CoverageCheck.check(article.textFile(), new ArticleText(article.text()), converter.covered(), problems);
            dataset.addGraph(minter.articleGraph(article.slug()), graph);
            GraphUtil.addInto(union, graph);
            facts += article.factCount();
        }
        problems.throwIfErrors();

        // One validation of the union, linear in its size: shapes check links across graphs.
        new ShapeValidator(OntologyFiles.shapes(base), ontology, base)
                .validate(union, positions, dataDir.resolve(RegistryReader.ENTITIES_FILE), problems);
        problems.throwIfErrors();
        return new Conversion(base, dataset, problems.warnings(), articles.size(), facts);
    }

    private static List<ArticleFacts> readArticles(Path articlesDir, Problems problems) {
        List<ArticleFacts> articles = new ArrayList<>();
        if (!Files.isDirectory(articlesDir)) {
            problems.error(SourcePosition.startOf(articlesDir), "the articles folder does not exist");
            return articles;
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(articlesDir)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(articlesDir), "the articles folder cannot be read: " + e.getMessage());
            return articles;
        }
        for (Path folder : folders) {
            ArticleReader.read(folder, problems).ifPresent(articles::add);
        }
        return articles;
    }
}
