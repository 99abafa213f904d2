package org.sifara.convert;

import java.util.EnumSet;
import java.util.Set;

/** What an id names, for resolving references and explaining a wrong one. */
public enum Category {
    PERSON("a person"),
    ORGANIZATION("an organisation"),
    COUNTRY("a state (type country)"),
    PLACE("a place"),
    SOURCE("an anonymous source"),
    RANK("a rank"),
    POST("a post"),
    EVENT("an event"),
    AGREEMENT("an agreement"),
    CLAIM("a statement");

    static final Set<Category> ACTORS = EnumSet.of(PERSON, ORGANIZATION, COUNTRY);
    static final Set<Category> AGENTS = EnumSet.of(PERSON, ORGANIZATION, COUNTRY, SOURCE);
    static final Set<Category> PLACES = EnumSet.of(PLACE);
    static final Set<Category> BODIES = EnumSet.of(ORGANIZATION, COUNTRY);
    static final Set<Category> ANYTHING = EnumSet.allOf(Category.class);

    private final String description;

    Category(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
