package org.sifara.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sifara.config.BaseIri;
import org.sifara.facts.ArticleFacts;
import org.sifara.facts.ArticleReader;
import org.sifara.facts.FolderLinks;
import org.sifara.facts.Problems;
import org.sifara.facts.Registry;
import org.sifara.facts.RegistryReader;
import org.sifara.facts.SourcePosition;
import org.sifara.store.GraphFigures;
import org.sifara.vocab.OntologyFiles;

/**
 * What every article is converted and validated against: the registry, the ontology and the
 * shapes, read once per run and then only read, so that articles can be converted and validated on
 * several threads, and one at a time. {@link Converter} converts a whole data folder with these
 * steps; an incremental build runs the same steps on the articles that changed.
 */
public final class SharedSources {

    private final BaseIri base;
    private final Path dataDir;
    private final Minter minter;
    private final Graph ontology;
    private final OntologyTerms terms;
    private final Registry registry;
    private final ShapeValidator validator;

    private SharedSources(BaseIri base, Path dataDir, Registry registry) {
        this.base = base;
        this.dataDir = dataDir;
        this.minter = new Minter(base);
        this.ontology = OntologyFiles.ontology(base);
        this.terms = new OntologyTerms(ontology, base);
        this.registry = registry;
        this.validator = new ShapeValidator(OntologyFiles.shapes(base), ontology, base);
    }

    /**
     * Checks the data folder and reads the registry. A missing folder, or a link out of it, stops
     * the run at once; problems in the registry are added to {@code problems} for the caller to
     * report with those of the articles.
     */
    public static SharedSources read(BaseIri base, Path dataDir, Problems problems) {
        if (!Files.isDirectory(dataDir)) {
            problems.error(SourcePosition.startOf(dataDir), "the data folder does not exist");
            problems.throwIfErrors();
        }
        FolderLinks.check(dataDir, problems);
        problems.throwIfErrors();
        return new SharedSources(base, dataDir, RegistryReader.read(dataDir, problems));
    }

    public BaseIri base() {
        return base;
    }

    public Minter minter() {
        return minter;
    }

    public Registry registry() {
        return registry;
    }

    public Graph ontology() {
        return ontology;
    }

    /** The article folders, in the order of their names. */
    public List<Path> articleFolders(Problems problems) {
        Path articlesDir = dataDir.resolve(Converter.ARTICLES_DIR);
        if (!Files.isDirectory(articlesDir)) {
            problems.error(SourcePosition.startOf(articlesDir), "the articles folder does not exist");
            return List.of();
        }
        try (Stream<Path> list = Files.list(articlesDir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(articlesDir), "the articles folder cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    /** Reads one article folder; what is wrong goes to {@code problems}. */
    public Optional<ArticleFacts> read(Path folder, Problems problems) {
        return ArticleReader.read(folder, problems);
    }

    /** The registry as RDF, with where each node was written; {@code index} resolves its references. */
    public Graph registryGraph(IdIndex index, Map<Node, SourcePosition> positions, Problems problems) {
        Graph graph = GraphFactory.createDefaultGraph();
        RegistryConverter.convert(registry, index, base, new Triples(graph, positions), problems);
        return graph;
    }

    /** Converts one article against {@code index}: pure, and safe to run on several threads at once. */
    public ArticleResult convert(ArticleFacts article, IdIndex index) {
        Problems problems = new Problems();
        Set<String> used = new HashSet<>();
        IdIndex view = index.forArticle(article.slug(), problems, used);
        Map<Node, SourcePosition> positions = new HashMap<>();
        Graph graph = GraphFactory.createDefaultGraph();
        Triples out = new Triples(graph, positions);
        EntityTriples entities = new EntityTriples(view, registry.verifiedLinks(), base, problems);
        ArticleConverter converter = new ArticleConverter(article, view, terms, minter, entities, out, problems);
        converter.convert();
        CoverageCheck.check(article.textFile(), new ArticleText(article.text()), converter.covered(), problems);
        return new ArticleResult(article.slug(), article.factsFile(), graph, positions, problems, used, article.factCount());
    }

    /** Validates the registry's and the ontology's own nodes against the shapes. */
    public void validateShared(Graph registryGraph, Map<Node, SourcePosition> positions, Problems problems) {
        Graph data = union(List.of(registryGraph, ontology));
        List<Node> focus = new ArrayList<>(subjects(registryGraph));
        focus.addAll(subjects(ontology));
        validator.validate(data, focus, positions::get, dataDir.resolve(RegistryReader.ENTITIES_FILE), problems);
    }

    /**
     * Validates one converted article: every node it writes about, against the shapes, with the
     * registry, the ontology and the graphs of the articles whose ids it uses as context (the
     * shapes check links across graphs). The same verdicts as validating the union of all graphs,
     * at the cost of the article alone.
     */
    public Problems validate(ArticleResult article, Graph registryGraph, Map<Node, SourcePosition> registryPositions,
            List<Graph> usedArticles) {
        Problems problems = new Problems();
        List<Graph> graphs = new ArrayList<>(List.of(article.graph(), registryGraph, ontology));
        graphs.addAll(usedArticles);
        validator.validate(union(graphs), subjects(article.graph()),
                node -> Optional.ofNullable(article.positions().get(node)).orElse(registryPositions.get(node)),
                dataDir.resolve(RegistryReader.ENTITIES_FILE), problems);
        return problems;
    }

    /**
     * What one converted article adds to the dataset's figures: its triples, and of its subjects
     * those that are its own (not the registry's, the ontology's, or another article's, which it
     * mentions).
     */
    public GraphFigures figures(ArticleResult article, Graph registryGraph, IdIndex index) {
        return GraphFigures.of(article.graph(), s -> registryGraph.contains(s, Node.ANY, Node.ANY) || ontology.contains(s, Node.ANY, Node.ANY)
                || index.minted(s).map(t -> !article.slug().equals(t.article())).orElse(false), base.value() + "id/");
    }

    private static Graph union(List<Graph> graphs) {
        MultiUnion union = new MultiUnion(graphs.toArray(Graph[]::new));
        union.setBaseGraph(graphs.get(0));
        return union;
    }

    private static Set<Node> subjects(Graph graph) {
        Set<Node> subjects = new java.util.LinkedHashSet<>();
        graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects;
    }
}
