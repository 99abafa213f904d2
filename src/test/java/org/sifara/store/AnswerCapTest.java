package org.sifara.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * CONSTRUCT and DESCRIBE answers are cut in triples as SELECT answers are in rows, and say so. A
 * 1,000-triple template over a cross product of 100 triples once answered 10 million triples.
 */
class AnswerCapTest {

    static final long MAX = 2_000;

    /** 100 triples about 100 subjects, and one subject with 5,000 triples of its own. */
    static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 100; i++) {
                dsg.getDefaultGraph().add(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                        NodeFactory.createLiteralString("o" + i));
            }
            for (int i = 0; i < 5_000; i++) {
                dsg.getDefaultGraph().add(NodeFactory.createURI("urn:big"), NodeFactory.createURI("urn:q" + i),
                        NodeFactory.createLiteralString("v" + i));
            }
        });
        return dsg;
    }

    static String bigTemplate() {
        StringBuilder t = new StringBuilder("CONSTRUCT { ");
        for (int i = 0; i < 1_000; i++) {
            t.append("?a <urn:t").append(i).append("> ?f . ");
        }
        return t.append("} WHERE { ?a <urn:p> ?c . ?d <urn:p> ?f }").toString();
    }

    @Test
    void aLargeTemplateIsCutInTriples() {
        GuardedQuery dataset = GuardedQuery.over(data(), Duration.ofSeconds(10), MAX);
        GuardedQuery.Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> dataset.construct(bigTemplate()));
        assertNull(o.error());
        assertEquals(MAX, o.graph().size(), "two whole rows of 1,000 triples");
        assertEquals(MAX, dataset.truncation().cutAt(), "the cut is reported with the triples kept");
    }

    @Test
    void anAnswerWithinTheLimitIsWholeAndNotReported() {
        GuardedQuery dataset = GuardedQuery.over(data(), Duration.ofSeconds(10), MAX);
        GuardedQuery.Outcome o = dataset.construct("CONSTRUCT { ?s <urn:x> ?o } WHERE { ?s <urn:p> ?o }");
        assertEquals(100, o.graph().size());
        assertEquals(0, dataset.truncation().cutAt(), "not cut");
    }

    @Test
    void describeIsCutInTriples() {
        DatasetGraph dsg = GuardedQuery.guarded(data(), Duration.ofSeconds(10), MAX);
        Truncation truncation = new Truncation();
        Graph answer = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query("DESCRIBE ?s WHERE { ?s ?p ?o }")
                    .set(Truncation.SYMBOL, truncation).build()) {
                return DescribeCap.describe(exec);
            }
        });
        assertEquals(MAX, answer.size());
        assertEquals(MAX, truncation.cutAt());
        Graph small = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query("DESCRIBE <urn:s1>").build()) {
                return DescribeCap.describe(exec);
            }
        });
        assertEquals(1, small.size());
        assertTrue(small.contains(NodeFactory.createURI("urn:s1"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o1")));
    }
}
