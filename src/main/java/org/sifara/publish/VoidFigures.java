package org.sifara.publish;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.sifara.config.BaseIri;
import org.sifara.store.DatasetStatistics;
import org.sifara.store.UnionDefaultGraph;
import org.sifara.vocab.Sifara;

/**
 * Every figure of the VoID description that comes from the data: counts, the vocabularies used,
 * one example resource of a few kinds, and the number of links to each external dataset. An
 * in-memory publication computes them when it starts; {@code sifara build} computes them once per
 * build and keeps them in the store, so that {@code serve --store} reads no data to describe it.
 *
 * @param links owl:sameAs links per external dataset ({@link VoidDescription#TARGETS} keys)
 */
public record VoidFigures(long triples, long entities, long distinctSubjects, long properties, long classes,
        List<String> vocabularies, List<String> examples, Map<String, Long> links) {

    public VoidFigures {
        vocabularies = List.copyOf(vocabularies);
        examples = List.copyOf(examples);
        links = Map.copyOf(links);
    }

    /**
     * The figures of a dataset: {@code statistics} of its union, and a few small queries on
     * {@code unionView}, run in the caller's transaction.
     */
    public static VoidFigures compute(DatasetStatistics statistics, DatasetGraph unionView, BaseIri base) {
        TreeSet<String> vocabularies = new TreeSet<>();
        statistics.predicates().forEach(p -> vocabularies.add(namespace(p)));
        statistics.classes().forEach(c -> vocabularies.add(namespace(c)));
        List<String> examples = new ArrayList<>();
        for (Node type : List.of(Sifara.BilateralMeeting.in(base), SchemaDO.Person.asNode(), Sifara.Agreement.in(base))) {
            Query q = QueryFactory.create("SELECT ?s { ?s a <" + type.getURI() + "> FILTER(isIRI(?s)) } ORDER BY STR(?s) LIMIT 1");
            try (QueryExec exec = QueryExec.dataset(unionView).query(q).build()) {
                exec.select().forEachRemaining(row -> examples.add(row.get("s").getURI()));
            }
        }
        Map<String, Long> links = new LinkedHashMap<>();
        for (VoidDescription.Target target : VoidDescription.TARGETS) {
            Query q = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o "
                    + "FILTER(isIRI(?o) && STRSTARTS(STR(?o), \"" + target.uriSpace() + "\")) }");
            try (QueryExec exec = QueryExec.dataset(unionView).query(q).build()) {
                links.put(target.key(), Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm()));
            }
        }
        return new VoidFigures(statistics.triples(), statistics.entities(), statistics.subjects(),
                statistics.predicates().size(), statistics.classes().size(), new ArrayList<>(vocabularies), examples, links);
    }

    /** The figures of a dataset held in memory, its union read once (in a read transaction of its own). */
    public static VoidFigures of(DatasetGraph dataset, BaseIri base) {
        return Txn.calculateRead(dataset, () -> {
            Graph union = GraphFactory.createDefaultGraph();
            dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
            return compute(DatasetStatistics.ofGraph(union, base.value() + "id/"), UnionDefaultGraph.over(dataset), base);
        });
    }

    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(0, cut + 1);
    }

    /**
     * The figures as Java properties text, as a store keeps them: one {@code key=value} line each,
     * sorted, with no date comment, so that the same figures are always the same text.
     */
    public String toText() {
        Properties p = new Properties();
        p.setProperty("triples", Long.toString(triples));
        p.setProperty("entities", Long.toString(entities));
        p.setProperty("distinctSubjects", Long.toString(distinctSubjects));
        p.setProperty("properties", Long.toString(properties));
        p.setProperty("classes", Long.toString(classes));
        p.setProperty("vocabularies", String.join(" ", vocabularies));
        p.setProperty("examples", String.join(" ", examples));
        links.forEach((k, v) -> p.setProperty("links." + k, Long.toString(v)));
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().lines().filter(l -> !l.startsWith("#")).sorted().map(l -> l + "\n").collect(Collectors.joining());
    }

    /** Figures written by {@link #toText}. */
    public static VoidFigures parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> links = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("links.")).sorted()
                .forEach(k -> links.put(k.substring("links.".length()), Long.parseLong(p.getProperty(k))));
        return new VoidFigures(number(p, "triples"), number(p, "entities"), number(p, "distinctSubjects"),
                number(p, "properties"), number(p, "classes"), words(p, "vocabularies"), words(p, "examples"), links);
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(p.getProperty(key, "0"));
    }

    private static List<String> words(Properties p, String key) {
        String value = p.getProperty(key, "").strip();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(" "));
    }
}
