package org.sifara.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the shared registry {@code entities.yaml} and the list of verified external identifiers
 * {@code verified-links.yaml} from the data folder.
 */
public final class RegistryReader {

    public static final String ENTITIES_FILE = "entities.yaml";
    public static final String VERIFIED_LINKS_FILE = "verified-links.yaml";

    private RegistryReader() {}

    public static Registry read(Path dataDir, Problems problems) {
        List<Entity> entities = new ArrayList<>();
        List<Rank> ranks = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        Path file = dataDir.resolve(ENTITIES_FILE);
        if (!Files.isRegularFile(file)) {
            problems.error(SourcePosition.startOf(file), "the entity registry is missing");
        } else {
            YamlDocument.read(file, problems).ifPresent(root -> {
                root.allowOnly(Set.of("entities", "ranks", "posts"));
                for (YamlValue item : root.list("entities")) {
                    item.map("entities").flatMap(EntityReader::read).ifPresent(entities::add);
                }
                for (YamlValue item : root.list("ranks")) {
                    item.map("ranks").ifPresent(m -> readRank(m, ranks));
                }
                for (YamlValue item : root.list("posts")) {
                    item.map("posts").ifPresent(m -> readPost(m, posts));
                }
            });
        }
        return new Registry(entities, ranks, posts, verifiedLinks(dataDir.resolve(VERIFIED_LINKS_FILE), problems));
    }

    private static void readRank(YamlMap m, List<Rank> ranks) {
        m.allowOnly(Set.of("id", "label", "alt", "broader"));
        String id = m.requiredId("id");
        Labels label = m.labels("label", true);
        AltLabels alt = m.altLabels("alt");
        String broader = m.reference("broader").orElse(null);
        if (id != null && label != null) {
            ranks.add(new Rank(id, label, alt, broader, m.at("id")));
        }
    }

    private static void readPost(YamlMap m, List<Post> posts) {
        m.allowOnly(Set.of("id", "label", "alt", "in", "cameo-actor"));
        String id = m.requiredId("id");
        Labels label = m.labels("label", true);
        AltLabels alt = m.altLabels("alt");
        String in = m.requiredReference("in");
        String cameo = ActorCodes.read(m, false, "posts").cameo();
        if (id != null && label != null && in != null) {
            posts.add(new Post(id, label, alt, in, cameo, m.at("id")));
        }
    }

    private static Map<String, Set<String>> verifiedLinks(Path file, Problems problems) {
        Map<String, Set<String>> verified = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return verified;
        }
        YamlDocument.read(file, problems).ifPresent(root -> {
            root.allowOnly(Set.of("wikidata", "geonames"));
            for (String scheme : List.of("wikidata", "geonames")) {
                verified.put(scheme, new HashSet<>(root.strings(scheme)));
            }
        });
        return verified;
    }
}
