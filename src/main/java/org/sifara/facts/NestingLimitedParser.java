package org.sifara.facts;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.ParserException;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML parser that refuses lists and mappings nested deeper than a limit. The composer that
 * builds the node tree recurses once per level, so without a limit a line of ten thousand
 * {@code [} overflows the stack instead of giving an error at its line and column.
 */
final class NestingLimitedParser implements Parser {

    private final Parser parser;
    private final int limit;
    private int depth;

    NestingLimitedParser(Parser parser, int limit) {
        this.parser = parser;
        this.limit = limit;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > limit) {
                    throw new ParserException("lists and mappings nest more than " + limit + " levels deep",
                            event.getStartMark());
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> {
                // scalars, aliases, documents and comments do not nest
            }
        }
        return event;
    }
}
