package org.sifara.facts;

import java.util.List;

/** An agreement of an article: subject fields, parties the text names, signing event, value. */
public record AgreementFact(
        String id,
        Labels label,
        List<String> subjects,
        List<String> parties,
        String signing,
        Presentation presentation,
        ValueFact value,
        List<Quote> evidence,
        Labels note,
        SourcePosition at) {

    public AgreementFact {
        subjects = List.copyOf(subjects);
        parties = List.copyOf(parties);
        evidence = List.copyOf(evidence);
    }
}
