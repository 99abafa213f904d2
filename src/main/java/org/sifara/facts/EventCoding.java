package org.sifara.facts;

import java.util.List;

/**
 * How an event or a statement is coded for the event-data world (CAMEO, ICEWS, GDELT): its CAMEO
 * event code, and the actors that are its source (who does it) and its target (to whom), each
 * given explicitly rather than read off the code. All may be absent: a signing whose parties the
 * text does not name has neither source nor target.
 *
 * @param cameo the CAMEO code as a string ({@code "042"}), or null
 */
public record EventCoding(String cameo, List<String> sources, List<String> targets) {

    public EventCoding {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    static EventCoding read(YamlMap m) {
        return new EventCoding(m.string("cameo").orElse(null), m.references("source-actor"), m.references("target-actor"));
    }
}
