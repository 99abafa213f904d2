package org.sifara.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.vocabulary.ResultSetGraphVocab;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.sifara.config.QueryLimits;

/**
 * Runs one W3C query-evaluation test on plain ARQ or on Sifara's guarded query stack (the dataset
 * prepared as the server prepares it: a view with {@link DeadlineGuard} installed, so {@link DeadlineEngine}
 * answers), and says whether the answer matches the expected one, terms compared as terms (so
 * {@code 6.0} differs from {@code "6"^^xsd:decimal}), blank nodes up to renaming, rows in order
 * for an ordered query.
 */
final class EvaluationRun {

    enum Outcome { PASS, FAIL, ERROR }

    /** What a run gave: the outcome and, for a failure or error, what was seen. */
    record Result(Outcome outcome, String detail) {}

    private EvaluationRun() {}

    static Result run(EvaluationManifest.Case test, boolean guarded) {
        Query query = QueryFactory.read(test.query(), null, Syntax.guessFileSyntax(test.query()));
        DatasetGraph dataset = dataset(test, query);
        if (guarded && dataset == null) {
            // The server's way with FROM and FROM NAMED: the graphs are the dataset's named graphs.
            dataset = named(query.getGraphURIs(), query.getNamedGraphURIs());
        }
        if (guarded) {
            dataset = GuardedQuery.guarded(dataset, Duration.ofSeconds(20), QueryLimits.DEFAULT_MAX_ROWS);
        }
        try {
            QueryExecBuilder builder = dataset == null ? QueryExec.newBuilder() : QueryExec.dataset(dataset);
            builder.query(query);
            DatasetGraph dsg = dataset;
            return dsg == null ? answer(test, query, builder) : Txn.calculateRead(dsg, () -> answer(test, query, builder));
        } catch (RuntimeException e) {
            return new Result(Outcome.ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Result answer(EvaluationManifest.Case test, Query query, QueryExecBuilder builder) {
        try (QueryExec exec = builder.build()) {
            if (query.isSelectType()) {
                return compare(expectedRows(test, query), rewindable(exec.select(), query), query);
            }
            if (query.isAskType()) {
                boolean actual = exec.ask();
                boolean expected = expectedBoolean(expected(test));
                return actual == expected ? pass() : new Result(Outcome.FAIL, "ASK gave " + actual);
            }
            Graph actual = query.isConstructType() ? exec.construct() : exec.describe();
            Graph expected = expected(test).getModel().getGraph();
            return IsoMatcher.isomorphic(expected, actual) ? pass() : new Result(Outcome.FAIL, actual.size() + " triples");
        }
    }

    private static Result pass() {
        return new Result(Outcome.PASS, "");
    }

    private static Result compare(ResultSetRewindable expected, ResultSetRewindable actual, Query query) {
        boolean same = query.isOrdered() ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                : ResultSetCompare.equalsByTerm(expected, actual);
        return same ? pass() : new Result(Outcome.FAIL, actual.size() + " rows");
    }

    /** The expected rows; a REDUCED query's answer may or may not keep duplicates, so neither side does. */
    private static ResultSetRewindable expectedRows(EvaluationManifest.Case test, Query query) {
        SPARQLResult expected = expected(test);
        ResultSet rows = expected.isResultSet() ? expected.getResultSet() : ResultSetFactory.makeResults(expected.getModel());
        return distinctIfReduced(rows, query);
    }

    private static ResultSetRewindable rewindable(RowSet rows, Query query) {
        return distinctIfReduced(ResultSet.adapt(rows), query);
    }

    private static ResultSetRewindable distinctIfReduced(ResultSet rows, Query query) {
        if (!query.isReduced()) {
            return ResultSetFactory.makeRewindable(rows);
        }
        List<Var> vars = rows.getResultVars().stream().map(Var::alloc).toList();
        LinkedHashSet<Binding> distinct = new LinkedHashSet<>();
        while (rows.hasNext()) {
            distinct.add(rows.nextBinding());
        }
        return ResultSetFactory.makeRewindable(RowSetStream.create(vars, distinct.iterator()));
    }

    /** A boolean in a results file, or in a result graph ({@code rs:boolean}), as some SPARQL 1.0 tests give it. */
    private static boolean expectedBoolean(SPARQLResult expected) {
        if (expected.isBoolean()) {
            return expected.getBooleanResult();
        }
        Graph g = expected.getModel().getGraph();
        Node set = G.getOnePO(g, RDF.Nodes.type, ResultSetGraphVocab.ResultSet.asNode());
        return G.getOneSP(g, set, ResultSetGraphVocab.p_boolean.asNode()).getLiteralValue().equals(Boolean.TRUE);
    }

    private static SPARQLResult expected(EvaluationManifest.Case test) {
        if (ResultsFormat.isRDFGraphSyntax(ResultsFormat.guessSyntax(test.result()))) {
            return new SPARQLResult(ModelFactory.createModelForGraph(RDFDataMgr.loadGraph(test.result())));
        }
        return ResultSetFactory.result(test.result());
    }

    /** The test's own data, or an empty dataset; null when the query's FROM names the data. */
    private static DatasetGraph dataset(EvaluationManifest.Case test, Query query) {
        if (test.data().isEmpty() && test.graphData().isEmpty()) {
            return query.hasDatasetDescription() ? null : DatasetGraphFactory.createTxnMem();
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            test.data().forEach(iri -> parse(iri).parse(dsg));
            test.graphData().forEach(iri -> parse(iri).parse(dsg.getGraph(NodeFactory.createURI(iri))));
        });
        return dsg;
    }

    private static DatasetGraph named(List<String> from, List<String> fromNamed) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (String iri : new LinkedHashSet<>(concat(from, fromNamed))) {
                parse(iri).parse(dsg.getGraph(NodeFactory.createURI(iri)));
            }
        });
        return dsg;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static RDFParserBuilder parse(String iri) {
        return RDFParser.create().source(iri).errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings);
    }
}
