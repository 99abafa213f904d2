package org.sifara.store;

import org.apache.jena.sparql.expr.E_StrDatatype;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * SPARQL {@code STRDT} that will not make an integer or decimal of too many digits: Jena reads the
 * number as soon as the literal is made, and reading a number of a million digits takes seconds
 * that no deadline can interrupt.
 */
final class BoundedStrDatatype extends E_StrDatatype {

    BoundedStrDatatype(Expr lexical, Expr datatype) {
        super(lexical, datatype);
    }

    @Override
    public NodeValue eval(NodeValue lexical, NodeValue datatype) {
        if (datatype.isIRI() && (lexical.isString() || lexical.isLangString())) {
            ValueLimits.checkNumeral(lexical.getString(), datatype.asNode().getURI());
        }
        return super.eval(lexical, datatype);
    }

    @Override
    public Expr copy(Expr lexical, Expr datatype) {
        return new BoundedStrDatatype(lexical, datatype);
    }
}
