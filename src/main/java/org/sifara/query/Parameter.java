package org.sifara.query;

import java.util.List;

/**
 * A parameter of a saved query: the query variable it binds ({@code _actor_iri}), the name users
 * give it ({@code actor}), its type, whether it must be given, its default and allowed values.
 */
public record Parameter(String name, String variable, ParameterType type, boolean required, String defaultValue,
                        List<String> allowed, String description) {

    public Parameter {
        allowed = List.copyOf(allowed);
    }

    /** Required unless it has a default or is optional ({@code ?__name}). */
    public boolean mustBeGiven() {
        return required && defaultValue == null;
    }
}
