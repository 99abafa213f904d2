package org.sifara.facts;

import java.util.List;

/**
 * A diplomatic event of an article.
 *
 * @param type the event type in kebab case ({@code official-visit}), a subclass of sifara:DiplomaticEvent
 * @param cameo the CAMEO code as a string ({@code "042"}), or null
 * @param presentation who vouches for it and what kind of content it is
 * @param context an event the text says this one is in the context of, without saying it was part of it, or null
 */
public record EventFact(
        String id,
        String type,
        Labels label,
        String cameo,
        Presentation presentation,
        When when,
        String place,
        String partOf,
        String context,
        List<String> follows,
        List<String> topics,
        List<ParticipantFact> participants,
        List<Quote> evidence,
        Labels note,
        SourcePosition at) {

    public EventFact {
        follows = List.copyOf(follows);
        topics = List.copyOf(topics);
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
    }
}
