package org.sifara.store;

import org.apache.jena.graph.Node;

/** How much of an answer's memory a term takes, counted in characters: what a cap in bytes measures. */
final class AnswerSize {

    /** The characters of an answer's terms one query may hold: about 16 MB of N-Triples. */
    static final long MAX_CHARS = 16_000_000;

    private AnswerSize() {}

    static long of(Node node) {
        if (node == null) {
            return 0;
        }
        if (node.isURI()) {
            return node.getURI().length();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm().length() + node.getLiteralDatatypeURI().length()
                    + node.getLiteralLanguage().length();
        }
        return 16;
    }
}
