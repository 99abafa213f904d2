package org.sifara.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about the article itself.
 *
 * @param headline the headline, which must be found in the text, with its English translation
 * @param dateEvidence the words of the text that give the date
 * @param sourceNote where the text came from, in words, when there is no URL
 * @param publisher who published the article, as its name, or null if not known
 * @param identifier the publisher's own identifier of the article (a story id), or null if not known
 */
public record ArticleMeta(
        Quote headline,
        String headlineEn,
        LocalDate date,
        List<Quote> dateEvidence,
        String language,
        String url,
        String sourceNote,
        String publisher,
        String identifier,
        SourcePosition at) {

    public ArticleMeta {
        dateEvidence = List.copyOf(dateEvidence);
    }
}
