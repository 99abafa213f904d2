package org.sifara.pages;

import org.apache.jena.graph.Node;
import org.sifara.publish.Labeler;

/**
 * What a page calls a property: the ontology's label in the page's language; for the reused
 * vocabularies' terms that the ontology does not label ({@code org:holds}), the words of
 * {@code pages/terms_<lang>.properties}; else the prefixed name. Read from the other end (what
 * points to a page), a property has words of its own ("held by"), or "{label} of".
 */
final class PredicateLabels {

    private final Labeler labeler;
    private final Messages messages;
    private final Lang lang;

    PredicateLabels(Site site, Lang lang) {
        this.labeler = site.pub().labeler();
        this.messages = site.messages();
        this.lang = lang;
    }

    String forward(Node predicate) {
        Labeler.Shown shown = labeler.labelIn(predicate, lang.code());
        if (shown.lang().equals(lang.code())) {
            return shown.text();
        }
        String name = labeler.shortName(predicate);
        return messages.term(lang, name, false).orElse(shown.text());
    }

    String inverse(Node predicate) {
        String name = labeler.shortName(predicate);
        return messages.term(lang, name, true).orElseGet(() -> messages.format(lang, "inverse_of", forward(predicate)));
    }
}
