package org.sifara.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a build must do to a generation: the articles to rebuild (new, changed, or using the ids of
 * one that changed or was removed) and the articles whose folder is gone, from the hashes of the
 * folders now and the entries the generation recorded.
 */
record ChangeSet(List<String> rebuild, List<String> removed) {

    static ChangeSet of(Map<String, String> hashes, Map<String, ArticleEntry> recorded, boolean everything) {
        Set<String> changed = new TreeSet<>();
        hashes.forEach((slug, hash) -> {
            ArticleEntry entry = recorded.get(slug);
            if (everything || entry == null || !entry.hash().equals(hash)) {
                changed.add(slug);
            }
        });
        List<String> removed = new ArrayList<>();
        recorded.keySet().stream().filter(slug -> !hashes.containsKey(slug)).sorted().forEach(removed::add);
        Set<String> rebuild = new TreeSet<>(changed);
        recorded.forEach((slug, entry) -> {
            if (hashes.containsKey(slug) && entry.uses().stream().anyMatch(u -> changed.contains(u) || removed.contains(u))) {
                rebuild.add(slug);
            }
        });
        return new ChangeSet(List.copyOf(rebuild), List.copyOf(removed));
    }

    boolean nothing() {
        return rebuild.isEmpty() && removed.isEmpty();
    }
}
