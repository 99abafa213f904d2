package org.sifara.facts;

import java.util.List;

/** An agreement of an article: subject fields, parties the text names, signing event, value. */
public record AgreementFact(
        String id,
        Labels label,
        List<String> subjects,
        List<String> parties,
        String signing,
        List<String> modalities,
        ValueFact value,
        List<Quote> evidence,
        SourcePosition at) {

    public AgreementFact {
        subjects = List.copyOf(subjects);
        parties = List.copyOf(parties);
        modalities = List.copyOf(modalities);
        evidence = List.copyOf(evidence);
    }
}
