package org.sifara.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OA;
import org.sifara.OneLine;
import org.sifara.config.Kind;
import org.sifara.facts.Problems;
import org.sifara.facts.Quote;
import org.sifara.vocab.Prov;
import org.sifara.vocab.Sifara;

/**
 * Turns a quote into a W3C Web Annotation whose body is the fact and whose target is the exact
 * span of the article text, selected twice: by quote (exact, prefix, suffix) and by position
 * (start and end in code points). A quote that is not in the text, or that occurs more than once
 * without saying which occurrence, is an error.
 */
final class EvidenceEmitter {

    private final String articleSlug;
    private final Node article;
    private final ArticleText text;
    private final Minter minter;
    private final Triples out;
    private final Problems problems;
    private final List<ArticleText.Span> located = new ArrayList<>();

    EvidenceEmitter(String articleSlug, ArticleText text, Minter minter, Triples out, Problems problems) {
        this.articleSlug = articleSlug;
        this.article = minter.article(articleSlug);
        this.text = text;
        this.minter = minter;
        this.out = out;
        this.problems = problems;
    }

    /** Emits one annotation per quote as evidence for {@code fact}; true if every quote was found. */
    boolean evidence(Node fact, Kind kind, String slug, List<Quote> quotes) {
        boolean all = true;
        for (Quote quote : quotes) {
            all &= emit(fact, kind, slug, quote, Sifara.evidencing.in(minter.base()));
        }
        return all;
    }

    /** Emits an annotation that says where the article names an entity. */
    void mention(Node entity, Kind kind, String slug, List<Quote> quotes) {
        for (Quote quote : quotes) {
            emit(entity, kind, "mention-" + slug, quote, OA.identifying.asNode());
        }
    }

    /** Every span of the text that some evidence has covered so far. */
    List<ArticleText.Span> covered() {
        return located;
    }

    /** Finds the quote, or records why it cannot be used. */
    Optional<ArticleText.Span> locate(Quote quote) {
        List<Integer> found = text.occurrences(quote.exact());
        if (found.isEmpty()) {
            problems.error(quote.at(), "quote not found in the article text: \"" + abbreviate(quote.exact()) + "\"");
            return Optional.empty();
        }
        if (quote.occurrence() == 0 && found.size() > 1) {
            problems.error(quote.at(), "ambiguous quote: \"" + abbreviate(quote.exact()) + "\" occurs " + found.size()
                    + " times in the article text; add 'occurrence: n' to say which");
            return Optional.empty();
        }
        if (quote.occurrence() > found.size()) {
            problems.error(quote.at(), "the quote \"" + abbreviate(quote.exact()) + "\" occurs " + found.size()
                    + " time(s), not " + quote.occurrence());
            return Optional.empty();
        }
        int index = found.get(Math.max(0, quote.occurrence() - 1));
        ArticleText.Span span = text.spanAt(index, quote.exact());
        located.add(span);
        return Optional.of(span);
    }

    private boolean emit(Node fact, Kind kind, String slug, Quote quote, Node motivation) {
        Optional<ArticleText.Span> span = locate(quote);
        if (span.isEmpty()) {
            return false;
        }
        Node annotation = minter.evidence(kind, slug, articleSlug, quote.exact(), quote.occurrence());
        Node target = Minter.part(annotation, "target");
        Node byQuote = Minter.part(annotation, "quote");
        Node byPosition = Minter.part(annotation, "position");
        ArticleText.Span s = span.get();

        out.add(fact, Sifara.evidence.in(minter.base()), annotation);
        out.type(annotation, OA.Annotation.asNode());
        out.add(annotation, OA.motivatedBy.asNode(), motivation);
        out.add(annotation, OA.hasBody.asNode(), fact);
        out.add(annotation, OA.hasTarget.asNode(), target);
        out.add(annotation, Prov.wasDerivedFrom, article);
        out.type(target, OA.SpecificResource.asNode());
        out.add(target, OA.hasSource.asNode(), article);
        out.add(target, OA.hasSelector.asNode(), byQuote);
        out.add(target, OA.hasSelector.asNode(), byPosition);
        out.type(byQuote, OA.TextQuoteSelector.asNode());
        out.add(byQuote, OA.exact.asNode(), Triples.string(s.exact()));
        if (!s.prefix().isEmpty()) {
            out.add(byQuote, OA.prefix.asNode(), Triples.string(s.prefix()));
        }
        if (!s.suffix().isEmpty()) {
            out.add(byQuote, OA.suffix.asNode(), Triples.string(s.suffix()));
        }
        out.type(byPosition, OA.TextPositionSelector.asNode());
        out.add(byPosition, OA.start.asNode(), Triples.nonNegativeInteger(s.start()));
        out.add(byPosition, OA.end.asNode(), Triples.nonNegativeInteger(s.end()));
        out.at(annotation, quote.at());
        out.at(target, quote.at());
        out.at(byQuote, quote.at());
        out.at(byPosition, quote.at());
        return true;
    }

    static String abbreviate(String quote) {
        return OneLine.abbreviate(quote, 80);
    }
}
