package org.sifara.config;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Whether a text is an absolute http(s) IRI that every RDF writer can carry: Jena's IRI parser
 * decides, after refusing the characters it lets pass but no writer takes (spaces, quotes,
 * angle brackets, braces...). Used wherever a user gives an IRI: a source URL, a query parameter.
 */
public final class WebIri {

    private WebIri() {}

    public static boolean isAbsolute(String text) {
        if (!(text.startsWith("http://") || text.startsWith("https://"))
                || text.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) {
            return false;
        }
        try {
            return IRIx.create(text).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }
}
