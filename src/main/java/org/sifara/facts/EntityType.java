package org.sifara.facts;

import java.util.Arrays;
import java.util.Optional;

import org.sifara.config.Kind;

/** What a registry entry is; decides its IRI kind and its RDF types. */
public enum EntityType {
    PERSON("person", Kind.PERSON),
    ORGANIZATION("organization", Kind.ORGANIZATION),
    OFFICE("office", Kind.ORGANIZATION),
    DELEGATION("delegation", Kind.ORGANIZATION),
    /** A state as a political agent (it hosts, is party to, holds posts); its land is a {@link #TERRITORY}. */
    COUNTRY("country", Kind.COUNTRY),
    /** A state's territory, the place: events happen in it, cities and organisations are in it. */
    TERRITORY("territory", Kind.PLACE),
    CITY("city", Kind.PLACE),
    PLACE("place", Kind.PLACE),
    ANONYMOUS_SOURCE("anonymous-source", Kind.SOURCE);

    private final String key;
    private final Kind kind;

    EntityType(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isAgent() {
        return !isPlace();
    }

    public boolean isPlace() {
        return this == TERRITORY || this == CITY || this == PLACE;
    }

    public static Optional<EntityType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(EntityType::key).toList());
    }
}
