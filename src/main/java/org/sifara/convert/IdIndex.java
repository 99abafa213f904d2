package org.sifara.convert;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.sifara.config.Kind;
import org.sifara.facts.ArticleFacts;
import org.sifara.facts.Entity;
import org.sifara.facts.Labels;
import org.sifara.facts.Problems;
import org.sifara.facts.Registry;
import org.sifara.facts.SourcePosition;

/**
 * Every id of the registry and of all articles, in one space: an id names one thing, so that any
 * reference resolves without doubt. Duplicate ids and references to unknown or wrong things are
 * problems at the place they are written.
 */
final class IdIndex {

    /** What one id names. {@code article} is null for the shared registry. */
    record Target(String id, Category category, Kind kind, Node node, Labels label, SourcePosition at, String article) {}

    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, String> postIn = new HashMap<>();
    private final Minter minter;
    private final Problems problems;

    private IdIndex(Minter minter, Problems problems) {
        this.minter = minter;
        this.problems = problems;
    }

    static IdIndex build(Registry registry, Iterable<ArticleFacts> articles, Minter minter, Problems problems) {
        IdIndex index = new IdIndex(minter, problems);
        registry.entities().forEach(e -> index.add(e.id(), category(e), e.type().kind(), e.label(), e.at(), null));
        registry.ranks().forEach(r -> index.add(r.id(), Category.RANK, Kind.RANK, r.label(), r.at(), null));
        registry.posts().forEach(p -> {
            index.add(p.id(), Category.POST, Kind.POST, p.label(), p.at(), null);
            index.postIn.put(p.id(), p.in());
        });
        for (ArticleFacts a : articles) {
            a.actors().forEach(e -> index.add(e.id(), category(e), e.type().kind(), e.label(), e.at(), a.slug()));
            a.events().forEach(e -> index.add(e.id(), Category.EVENT, Kind.EVENT, e.label(), e.at(), a.slug()));
            a.agreements().forEach(g -> index.add(g.id(), Category.AGREEMENT, Kind.AGREEMENT, g.label(), g.at(), a.slug()));
            a.claims().forEach(c -> index.add(c.id(), Category.CLAIM, Kind.CLAIM, c.label(), c.at(), a.slug()));
        }
        return index;
    }

    static Category category(Entity e) {
        return switch (e.type()) {
            case PERSON -> Category.PERSON;
            case ORGANIZATION, OFFICE, DELEGATION -> Category.ORGANIZATION;
            case COUNTRY -> Category.COUNTRY;
            case TERRITORY, CITY, PLACE -> Category.PLACE;
            case ANONYMOUS_SOURCE -> Category.SOURCE;
        };
    }

    private void add(String id, Category category, Kind kind, Labels label, SourcePosition at, String article) {
        Target previous = targets.putIfAbsent(id, new Target(id, category, kind, minter.node(kind, id), label, at, article));
        if (previous != null) {
            problems.error(at, "duplicate id '" + id + "': already used for " + previous.category().description()
                    + " at " + previous.at());
        }
    }

    /** The id of the organisation or state a post of the registry is in. */
    Optional<String> postIn(String postId) {
        return Optional.ofNullable(postIn.get(postId));
    }

    Optional<Target> get(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    /**
     * The node an id names, if it is one of {@code allowed}; otherwise empty, after recording a
     * problem at {@code at} that names the field.
     */
    Optional<Node> resolve(String id, Set<Category> allowed, String field, SourcePosition at) {
        if (id == null) {
            return Optional.empty();
        }
        Target target = targets.get(id);
        if (target == null) {
            problems.error(at, "unknown id '" + id + "' in '" + field + "' (expected " + describe(allowed) + ")");
            return Optional.empty();
        }
        if (!allowed.contains(target.category())) {
            problems.error(at, "'" + id + "' in '" + field + "' is " + target.category().description()
                    + ", but '" + field + "' expects " + describe(allowed));
            return Optional.empty();
        }
        return Optional.of(target.node());
    }

    private static String describe(Set<Category> allowed) {
        if (allowed.containsAll(Category.ANYTHING)) {
            return "any id";
        }
        return allowed.stream().sorted().map(Category::description).collect(Collectors.joining(" or "));
    }
}
