package org.sifara.pages;

import org.apache.jena.graph.Node;
import org.sifara.config.BaseIri;

/**
 * Where a link in a page goes: an IRI under the base maps to the same path on this server, so
 * pages stay navigable wherever the server runs; other IRIs are linked as they are.
 */
public final class Links {

    private final BaseIri base;

    public Links(BaseIri base) {
        this.base = base;
    }

    public String href(Node node) {
        return href(node.getURI());
    }

    /** A local path, an absolute http(s) IRI, or null for anything else (never a script URL). */
    public String href(String iri) {
        if (iri.startsWith(base.value())) {
            return base.relativePath(iri).map(p -> "/" + p).orElse("/");
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }
}
