package org.sifara.query;

import java.util.List;
import java.util.Map;

/**
 * The {@code #+ key: value} header of a saved query, in grlc's convention: summary, description,
 * tags, defaults and enumerations of parameters, and the HTTP method.
 */
public record QueryHeader(String summary, String description, List<String> tags, Map<String, String> defaults,
                          Map<String, List<String>> enumerate, Map<String, String> parameterDescriptions) {

    public QueryHeader {
        tags = List.copyOf(tags);
        defaults = Map.copyOf(defaults);
        enumerate = Map.copyOf(enumerate);
        parameterDescriptions = Map.copyOf(parameterDescriptions);
    }
}
