package org.sifara.facts;

import java.nio.file.Path;
import java.util.List;

/**
 * One article: its exact text and its curated facts ({@code data/articles/<slug>/}).
 *
 * @param actors entities that exist only in this article (anonymous sources, delegations)
 * @param holdings the posts people hold as the article tells it
 */
public record ArticleFacts(
        String slug,
        Path textFile,
        Path factsFile,
        String text,
        ArticleMeta meta,
        List<Entity> actors,
        List<Mention> mentions,
        List<PostHoldingFact> holdings,
        List<EventFact> events,
        List<AgreementFact> agreements,
        List<ClaimFact> claims) {

    public ArticleFacts {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        holdings = List.copyOf(holdings);
        events = List.copyOf(events);
        agreements = List.copyOf(agreements);
        claims = List.copyOf(claims);
    }

    /** How many facts (events, participations, agreements, claims, mentions, post holdings) the article holds. */
    public int factCount() {
        return events.size() + events.stream().mapToInt(e -> e.participants().size()).sum()
                + agreements.size() + claims.size() + mentions.size() + holdings.size();
    }
}
