package org.sifara.query;

/**
 * The type of a saved-query parameter, read from its variable name as grlc and BASIL do:
 * {@code ?_actor_iri} is an IRI, {@code ?_limit_integer} an integer, {@code ?_from_date} a date,
 * anything else a string.
 */
public enum ParameterType {
    IRI("_iri", "string", "uri"),
    INTEGER("_integer", "integer", null),
    DATE("_date", "string", "date"),
    STRING("", "string", null);

    private final String suffix;
    private final String jsonType;
    private final String jsonFormat;

    ParameterType(String suffix, String jsonType, String jsonFormat) {
        this.suffix = suffix;
        this.jsonType = jsonType;
        this.jsonFormat = jsonFormat;
    }

    public String suffix() {
        return suffix;
    }

    /** The JSON Schema type, for OpenAPI. */
    public String jsonType() {
        return jsonType;
    }

    /** The JSON Schema format, for OpenAPI, or null. */
    public String jsonFormat() {
        return jsonFormat;
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ParameterType ofVariable(String name) {
        for (ParameterType t : values()) {
            if (t != STRING && name.endsWith(t.suffix) && name.length() > t.suffix.length()) {
                return t;
            }
        }
        return STRING;
    }
}
