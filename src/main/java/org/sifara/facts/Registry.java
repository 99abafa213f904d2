package org.sifara.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared registry of people, organisations, countries and places ({@code entities.yaml}),
 * with the ranks and posts they hold, and the external identifiers a person has verified.
 */
public record Registry(
        List<Entity> entities,
        List<Rank> ranks,
        List<Post> posts,
        Map<String, Set<String>> verifiedLinks) {

    public Registry {
        entities = List.copyOf(entities);
        ranks = List.copyOf(ranks);
        posts = List.copyOf(posts);
        verifiedLinks = Map.copyOf(verifiedLinks);
    }
}
