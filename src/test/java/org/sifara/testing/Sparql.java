package org.sifara.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.sifara.store.UnionDefaultGraph;

/** Runs a SPARQL query on a dataset inside a read transaction, for assertions. */
public final class Sparql {

    public static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX sifara: <https://w3id.org/sifara/ontology#>
            PREFIX person: <https://w3id.org/sifara/id/person/>
            PREFIX organization: <https://w3id.org/sifara/id/organization/>
            PREFIX country: <https://w3id.org/sifara/id/country/>
            PREFIX place: <https://w3id.org/sifara/id/place/>
            PREFIX event: <https://w3id.org/sifara/id/event/>
            PREFIX agreement: <https://w3id.org/sifara/id/agreement/>
            PREFIX claim: <https://w3id.org/sifara/id/claim/>
            PREFIX source: <https://w3id.org/sifara/id/source/>
            PREFIX value: <https://w3id.org/sifara/id/value/>
            PREFIX post: <https://w3id.org/sifara/id/post/>
            PREFIX rank: <https://w3id.org/sifara/id/rank/>
            PREFIX article: <https://w3id.org/sifara/id/article/>
            PREFIX membership: <https://w3id.org/sifara/id/membership/>
            """;

    private Sparql() {}

    /** Rows of a SELECT over the union of all graphs (plus GRAPH for named ones). */
    public static List<QuerySolution> select(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(UnionDefaultGraph.over(dsg))).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    public static boolean ask(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(UnionDefaultGraph.over(dsg))).query(PREFIXES + query).build()) {
                return qe.execAsk();
            }
        });
    }
}
