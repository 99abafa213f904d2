package org.sifara.facts;

import java.util.List;

/** One actor's part in one event, in one or more roles, with the words that say so. */
public record ParticipantFact(String actor, List<String> roles, List<Quote> evidence, SourcePosition at) {
    public ParticipantFact {
        roles = List.copyOf(roles);
        evidence = List.copyOf(evidence);
    }
}
