package org.sifara.facts;

import java.util.List;

/**
 * A diplomatic event of an article.
 *
 * @param type the event type in kebab case ({@code official-visit}), a subclass of sifara:DiplomaticEvent
 * @param coding its CAMEO code and its source and target actors
 * @param presentation who vouches for it and what kind of content it is
 * @param context an event the text says this one is in the context of, without saying it was part of it, or null
 */
public record EventFact(
        String id,
        String type,
        Labels label,
        EventCoding coding,
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
