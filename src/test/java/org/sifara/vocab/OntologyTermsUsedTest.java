package org.sifara.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.sifara.config.BaseIri;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;

/**
 * Nothing uses a Sifara term the ontology does not define (a subject of {@code <base>ontology#}
 * with an rdf:type): not the ontology itself, the shapes, the code's {@link Sifara} constants,
 * the saved queries or the data the converter makes of {@code data/}. Paths are relative to the
 * project root, Maven's working directory for tests.
 */
class OntologyTermsUsedTest {

    private static final Path QUERIES = Path.of("queries");
    private static final Path DATA = Path.of("data");

    private final BaseIri base = BaseIri.defaultBase();
    private final NamespaceTerms terms = new NamespaceTerms(base);
    private final SortedSet<String> defined = terms.definedIn(OntologyFiles.ontology(base));

    @Test
    void ontologyRefersOnlyToItsOwnTerms() {
        assertAllDefined("the ontology", terms.usedIn(OntologyFiles.ontology(base)));
    }

    @Test
    void shapesUseOnlyDefinedTerms() {
        SortedSet<String> used = terms.usedIn(OntologyFiles.shapes(base));
        assertTrue(used.size() > 20, "expected the shapes to use many sifara terms, found " + used.size());
        assertAllDefined("the shapes", used);
    }

    @Test
    void everySifaraConstantIsDefined() {
        SortedSet<String> used = new TreeSet<>();
        for (Sifara term : Sifara.values()) {
            used.add(term.iri(base));
        }
        assertAllDefined("the enum org.sifara.vocab.Sifara", used);
    }

    /**
     * Passes when there are no saved queries yet; each one found must parse and use defined terms
     * only. They are parsed under another base: a vocabulary IRI written relative to the base
     * would land outside the namespace there, and is reported.
     */
    @Test
    void savedQueriesUseOnlyDefinedTerms() throws IOException {
        String otherBase = "http://example.org/elsewhere/";
        SortedSet<String> undefined = new TreeSet<>();
        for (Path file : queryFiles()) {
            Query query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8), otherBase);
            terms.usedIn(query).stream().filter(iri -> !defined.contains(iri))
                    .forEach(iri -> undefined.add(file + ": " + terms.shortName(iri)));
            if (query.serialize().contains("<" + otherBase + "ontology")) {
                undefined.add(file + ": a vocabulary IRI relative to the base (write it whole)");
            }
        }
        assertTrue(undefined.isEmpty(), "saved queries use undefined terms:\n  " + String.join("\n  ", undefined));
    }

    /** The query check above finds terms wherever a query can hold them, so it is real once queries exist. */
    @Test
    void queryTermsAreFoundInPatternsPathsValuesFiltersTemplatesAndDatatypes() {
        Query query = QueryFactory.create("""
                PREFIX sifara: <https://w3id.org/sifara/ontology#>
                CONSTRUCT { ?e a sifara:InTemplate }
                WHERE {
                  ?e sifara:inPattern ?x ; sifara:inPath/sifara:inStarPath* ?y .
                  VALUES ?m { sifara:InValues }
                  FILTER (?m != <https://w3id.org/sifara/ontology#WrittenWhole> && ?n = "1"^^sifara:InDatatype)
                  FILTER EXISTS { ?x sifara:inExists ?z }
                }""", base.value());

        SortedSet<String> expected = Stream.of("InTemplate", "inPattern", "inPath", "inStarPath", "InValues",
                "WrittenWhole", "InDatatype", "inExists").map(base::term).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, terms.usedIn(query));
    }

    @Test
    void convertedDataUsesOnlyDefinedTerms() {
        Conversion conversion = new Converter(base).convert(DATA);
        DatasetGraph dataset = conversion.dataset();

        SortedSet<String> used = new TreeSet<>();
        Txn.executeRead(dataset, () -> {
            used.addAll(terms.usedIn(dataset.getDefaultGraph()));
            dataset.listGraphNodes().forEachRemaining(g -> used.addAll(terms.usedIn(dataset.getGraph(g))));
        });
        assertTrue(conversion.facts() > 0, "the converter found no facts in " + DATA.toAbsolutePath());
        assertAllDefined("the data converted from " + DATA, used);
    }

    private void assertAllDefined(String where, SortedSet<String> used) {
        SortedSet<String> undefined = new TreeSet<>(used);
        undefined.removeAll(defined);
        assertTrue(undefined.isEmpty(), "sifara terms in " + where + " that ontology/sifara.ttl does not define ("
                + undefined.size() + "):" + terms.show(undefined));
    }

    private static List<Path> queryFiles() throws IOException {
        if (!Files.isDirectory(QUERIES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(QUERIES)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
    }
}
