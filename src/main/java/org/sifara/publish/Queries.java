package org.sifara.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Sifara's own queries, with their terms put in by Jena (substitution of variables, a VALUES block),
 * never pasted into the text: an IRI taken from a URL or from the data cannot change a query.
 */
final class Queries {

    private Queries() {}

    /** {@code text} with each variable named in {@code terms} replaced by its term. */
    static Query of(String text, Map<String, Node> terms) {
        Query query = QueryFactory.create(text);
        if (terms.isEmpty()) {
            return query;
        }
        Map<Var, Node> substitution = new HashMap<>();
        terms.forEach((name, node) -> substitution.put(Var.alloc(name), node));
        return QueryTransformOps.replaceVars(query, substitution);
    }

    /**
     * {@code text} (with {@code terms} put in), answered once for each of {@code values} bound to
     * {@code ?var}: a VALUES block first in the WHERE clause (not after it, where some stores,
     * Virtuoso among them, take one for a SELECT only).
     */
    static Query withValues(String text, Map<String, Node> terms, String var, List<Node> values) {
        Query query = of(text, terms);
        Var v = Var.alloc(var);
        ElementData data = new ElementData(List.of(v), values.stream().map(n -> BindingFactory.binding(v, n)).toList());
        ElementGroup where = new ElementGroup();
        where.addElement(data);
        where.addElement(query.getQueryPattern());
        query.setQueryPattern(where);
        return query;
    }
}
