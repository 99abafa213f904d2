package org.sifara.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about the article itself.
 *
 * @param headline the headline, which must be found in the text, with its English translation
 * @param dateEvidence the words of the text that give the date
 * @param sourceNote where the text came from, in words, when there is no URL
 */
public record ArticleMeta(
        Quote headline,
        String headlineEn,
        LocalDate date,
        List<Quote> dateEvidence,
        String language,
        String url,
        String sourceNote,
        SourcePosition at) {

    public ArticleMeta {
        dateEvidence = List.copyOf(dateEvidence);
    }
}
