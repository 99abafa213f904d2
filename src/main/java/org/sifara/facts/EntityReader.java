package org.sifara.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one entity entry, from the registry or from an article's {@code actors}. */
final class EntityReader {

    private static final Set<String> KEYS = Set.of(
            "id", "type", "label", "alt", "rank", "posts", "part-of", "mandated-by", "in", "territory-of", "iso3166", "cameo-actor", "links", "note",
            "see-also");
    private static final Map<String, Pattern> LINK_SCHEMES = Map.of(
            "wikidata", Pattern.compile("Q[1-9][0-9]*"),
            "geonames", Pattern.compile("[1-9][0-9]*"));

    private EntityReader() {}

    static Optional<Entity> read(YamlMap map) {
        Problems problems = map.problems();
        map.allowOnly(KEYS);
        String id = map.requiredId("id");
        EntityType type = map.string("type").flatMap(key -> {
            Optional<EntityType> found = EntityType.fromKey(key);
            if (found.isEmpty()) {
                problems.error(map.at("type"), "unknown entity type '" + YamlMap.abbreviate(key)
                        + "' (expected one of: " + EntityType.keys() + ")");
            }
            return found;
        }).orElse(null);
        if (!map.has("type")) {
            problems.error(map.at(), "missing required field 'type'");
        }
        Labels label = map.labels("label", true);
        AltLabels alt = map.altLabels("alt");
        Map<String, String> links = links(map);
        String rank = map.reference("rank").orElse(null);
        if (map.has("posts")) {
            problems.error(map.at("posts"), "posts are held as of an article: list them under 'post-holdings' in the"
                    + " article's facts.yaml, with the words that name them");
        }
        String partOf = map.reference("part-of").orElse(null);
        String mandatedBy = map.reference("mandated-by").orElse(null);
        String in = map.reference("in").orElse(null);
        String territoryOf = map.reference("territory-of").orElse(null);
        Labels note = map.labels("note", false);
        ActorCodes codes = type == null ? ActorCodes.NONE
                : ActorCodes.read(map, type == EntityType.COUNTRY, type.key() + " '" + id + "'");
        List<String> seeAlso = map.references("see-also");
        if (type != null) {
            onlyFor(map, "rank", type == EntityType.PERSON, "people");
            boolean organisation = type == EntityType.ORGANIZATION || type == EntityType.OFFICE || type == EntityType.DELEGATION;
            onlyFor(map, "part-of", organisation, "organisations");
            onlyFor(map, "mandated-by", organisation, "organisations");
            onlyFor(map, "territory-of", type == EntityType.TERRITORY, "territories");
            onlyFor(map, "cameo-actor", type.isAgent() && type != EntityType.PERSON && type != EntityType.ANONYMOUS_SOURCE,
                    "states and organisations (a person's CAMEO code is the code of the post held)");
            if (type == EntityType.TERRITORY && !map.has("territory-of")) {
                problems.error(map.at(), "missing required field 'territory-of' (the state whose territory it is)");
            }
            if (links.containsKey("geonames") && !type.isPlace()) {
                problems.error(map.at("links"), "a GeoNames feature is a place: give it to a territory, city or place, not to "
                        + type.key() + " '" + id + "'");
            }
        }
        if (id == null || type == null || label == null) {
            return Optional.empty();
        }
        return Optional.of(new Entity(id, type, label, alt, rank, partOf, mandatedBy, in, territoryOf, codes, links, note, seeAlso,
                map.at("id")));
    }

    private static void onlyFor(YamlMap map, String key, boolean allowed, String what) {
        if (map.has(key) && !allowed) {
            map.problems().error(map.at(key), "'" + key + "' is only for " + what);
        }
    }

    private static Map<String, String> links(YamlMap map) {
        Map<String, String> links = new LinkedHashMap<>();
        map.map("links").ifPresent(m -> {
            m.allowOnly(LINK_SCHEMES.keySet());
            for (var scheme : LINK_SCHEMES.entrySet()) {
                m.string(scheme.getKey()).ifPresent(value -> {
                    if (scheme.getValue().matcher(value).matches()) {
                        links.put(scheme.getKey(), value);
                    } else {
                        m.problems().error(m.at(scheme.getKey()), "'" + YamlMap.abbreviate(value)
                                + "' is not a " + scheme.getKey() + " identifier");
                    }
                });
            }
        });
        return links;
    }
}
