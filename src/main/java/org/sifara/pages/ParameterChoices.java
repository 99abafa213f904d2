package org.sifara.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;

/**
 * The values a saved query's IRI parameter can take, read from the data, for the select list of
 * its form: an {@code actor} is any sem:Actor, an {@code event} any event, a {@code country} a
 * state, a {@code source} anyone a statement is attributed to... by the parameter's name. At most
 * {@link #MAX} of them, by label in the page's language; a parameter with another name gets a
 * text field.
 */
final class ParameterChoices {

    static final int MAX = 500;

    private static final Map<String, String> PATTERNS = Map.of(
            "actor", "?x a sem:Actor .",
            "event", "?x a sem:Event .",
            "country", "?x a sifara:State .",
            "source", "?c sifara:claimant ?x .",
            "agreement", "?x a sifara:Agreement .",
            "article", "?x a schema:NewsArticle .",
            "person", "?x a schema:Person .",
            "place", "?x a sem:Place .",
            "organization", "?x a org:Organization .");

    record Choice(String iri, String label) {}

    private ParameterChoices() {}

    static Optional<List<Choice>> of(FactQueries facts, String parameter, Lang lang) {
        String pattern = PATTERNS.get(parameter);
        if (pattern == null) {
            return Optional.empty();
        }
        List<Choice> out = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (QuerySolution r : facts.select("SELECT DISTINCT ?x ?name WHERE { " + pattern
                + " OPTIONAL { ?x rdfs:label|schema:headline ?name FILTER(lang(?name) = \"" + lang.code() + "\") } "
                + " FILTER(isIRI(?x)) } ORDER BY STR(?name) STR(?x) LIMIT " + MAX)) {
            String iri = r.getResource("x").getURI();
            if (!seen.containsKey(iri)) {
                seen.put(iri, r.get("name") == null ? iri : r.getLiteral("name").getString());
            }
        }
        seen.forEach((iri, label) -> out.add(new Choice(iri, label)));
        return Optional.of(out);
    }
}
