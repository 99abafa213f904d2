package org.sifara.pages;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sifara.publish.Publication;

/**
 * The vocabulary the query editor completes, as JSON: the prefixes (each with its namespace) and
 * the terms, by prefixed name with their English and Arabic labels: every term the ontology
 * defines, and the reused terms the pages have words for. Its size is the vocabulary's, not the
 * archive's.
 */
public final class Terms {

    private Terms() {}

    public static String json(Publication pub, Messages messages) {
        JsonObject root = new JsonObject();
        JsonObject prefixes = new JsonObject();
        new TreeMap<>(pub.prefixes().getMapping()).forEach(prefixes::put);
        root.put("prefixes", prefixes);
        Map<String, String[]> terms = new TreeMap<>();
        pub.ontology().find().forEachRemaining(t -> {
            Node s = t.getSubject();
            boolean label = t.getPredicate().equals(RDFS.label.asNode()) || t.getPredicate().equals(SKOS.prefLabel.asNode());
            if (!s.isURI() || !label || !t.getObject().isLiteral()) {
                return;
            }
            String name = pub.prefixes().abbreviate(s.getURI());
            if (name == null) {
                return;
            }
            String[] pair = terms.computeIfAbsent(name, k -> new String[2]);
            String lang = t.getObject().getLiteralLanguage();
            pair[lang.startsWith("ar") ? 1 : 0] = t.getObject().getLiteralLexicalForm();
        });
        for (String reused : messages.termNames()) {
            terms.computeIfAbsent(reused, k -> new String[] {messages.term(Lang.EN, k, false).orElse(null),
                    messages.term(Lang.AR, k, false).orElse(null)});
        }
        JsonArray list = new JsonArray();
        terms.forEach((name, pair) -> {
            JsonObject o = new JsonObject();
            o.put("n", name);
            if (pair[0] != null) {
                o.put("en", pair[0]);
            }
            if (pair[1] != null) {
                o.put("ar", pair[1]);
            }
            list.add(o);
        });
        root.put("terms", list);
        return root.toString();
    }
}
