package org.sifara.query;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** What a saved query answered: rows, a graph, or a yes/no. Held in memory: answers are small. */
public sealed interface Answer {

    /** The row limit the answer was cut at, or 0 if it is whole. */
    long truncatedAt();

    /**
     * A SELECT's rows, in the order the query gives them.
     *
     * @param truncatedAt the row limit the answer was cut at, or 0 if it is whole
     */
    record Rows(List<Var> vars, List<Binding> rows, long truncatedAt) implements Answer {
        public Rows {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }
    }

    /**
     * A CONSTRUCT or DESCRIBE's triples.
     *
     * @param truncatedAt the row limit the pattern's solutions were cut at, or 0 if they are whole
     */
    record Triples(Graph graph, long truncatedAt) implements Answer {}

    /** An ASK's answer, never cut. */
    record Bool(boolean value) implements Answer {
        @Override
        public long truncatedAt() {
            return 0;
        }
    }
}
