package org.sifara.facts;

import java.util.List;

/** Where the article names an entity (with its rank and post where they are written beside it). */
public record Mention(String entity, List<Quote> evidence, SourcePosition at) {
    public Mention {
        evidence = List.copyOf(evidence);
    }
}
