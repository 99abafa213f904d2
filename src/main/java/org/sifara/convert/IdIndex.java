package org.sifara.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 *
 * <p>An index can be built from the ids each article declares ({@link #declared}), kept from an
 * earlier run, so that an incremental build reads only the articles that changed; and each
 * article is converted with a view of the index of its own ({@link #forArticle}), which records
 * its problems and which other articles' ids it used.
 */
public final class IdIndex {

    /** What one id names. {@code article} is null for the shared registry. */
    public record Target(String id, Category category, Kind kind, Node node, Labels label, SourcePosition at, String article) {}

    private final Map<String, Target> targets;
    /** The organisation or state each post of the registry is in, shared by an index and its views. */
    private final Map<String, String> postIn;
    private final Minter minter;
    private final Problems problems;
    /** Where a view records the articles whose ids it used; null for the index itself. */
    private final Set<String> usedArticles;
    private final String article;
    /** Where {@link #declared} records each declaration, duplicates included; null otherwise. */
    private final List<Target> declarations;

    private IdIndex(Map<String, Target> targets, Map<String, String> postIn, Minter minter, Problems problems,
            Set<String> usedArticles, String article, List<Target> declarations) {
        this.targets = targets;
        this.postIn = postIn;
        this.minter = minter;
        this.problems = problems;
        this.usedArticles = usedArticles;
        this.article = article;
        this.declarations = declarations;
    }

    static IdIndex build(Registry registry, Iterable<ArticleFacts> articles, Minter minter, Problems problems) {
        IdIndex index = new IdIndex(new HashMap<>(), new HashMap<>(), minter, problems, null, null, null);
        index.addRegistry(registry);
        for (ArticleFacts a : articles) {
            index.addArticle(a);
        }
        return index;
    }

    /**
     * The index of the registry and of every article's declarations ({@link #declared}), in the
     * order given: the same index, and the same duplicate-id errors, as reading every article.
     */
    public static IdIndex of(Registry registry, Iterable<List<Target>> articleDeclarations, Minter minter, Problems problems) {
        IdIndex index = new IdIndex(new HashMap<>(), new HashMap<>(), minter, problems, null, null, null);
        index.addRegistry(registry);
        for (List<Target> declared : articleDeclarations) {
            declared.forEach(t -> index.add(t.id(), t.category(), t.kind(), t.label(), t.at(), t.article()));
        }
        return index;
    }

    /** The ids one article declares, in the order it declares them (duplicates too). */
    public static List<Target> declared(ArticleFacts article, Minter minter) {
        List<Target> out = new ArrayList<>();
        new IdIndex(new HashMap<>(), new HashMap<>(), minter, new Problems(), null, null, out).addArticle(article);
        return List.copyOf(out);
    }

    /**
     * A view of this index for converting one article: its problems go to {@code articleProblems},
     * and the slugs of the other articles whose ids it resolves are added to {@code usedArticles}.
     */
    IdIndex forArticle(String slug, Problems articleProblems, Set<String> usedArticles) {
        return new IdIndex(targets, postIn, minter, articleProblems, usedArticles, slug, null);
    }

    private void addRegistry(Registry registry) {
        registry.entities().forEach(e -> add(e.id(), category(e), e.type().kind(), e.label(), e.at(), null));
        registry.ranks().forEach(r -> add(r.id(), Category.RANK, Kind.RANK, r.label(), r.at(), null));
        registry.posts().forEach(p -> {
            add(p.id(), Category.POST, Kind.POST, p.label(), p.at(), null);
            postIn.put(p.id(), p.in());
        });
    }

    private void addArticle(ArticleFacts a) {
        a.actors().forEach(e -> add(e.id(), category(e), e.type().kind(), e.label(), e.at(), a.slug()));
        a.events().forEach(e -> add(e.id(), Category.EVENT, Kind.EVENT, e.label(), e.at(), a.slug()));
        a.agreements().forEach(g -> add(g.id(), Category.AGREEMENT, Kind.AGREEMENT, g.label(), g.at(), a.slug()));
        a.claims().forEach(c -> add(c.id(), Category.CLAIM, Kind.CLAIM, c.label(), c.at(), a.slug()));
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
        Target target = new Target(id, category, kind, minter.node(kind, id), label, at, article);
        if (declarations != null) {
            declarations.add(target);
        }
        Target previous = targets.putIfAbsent(id, target);
        if (previous != null) {
            problems.error(at, "duplicate id '" + id + "': already used for " + previous.category().description()
                    + " at " + previous.at());
        }
    }

    /** The id of the organisation or state a post of the registry is in. */
    Optional<String> postIn(String postId) {
        return Optional.ofNullable(postIn.get(postId));
    }

    /**
     * The id {@code node} was minted for, if it is one of the index's ({@code <base>id/<kind>/<id>}),
     * so that a graph can tell its own resources from those of the registry or of other articles.
     */
    Optional<Target> minted(Node node) {
        if (!node.isURI()) {
            return Optional.empty();
        }
        String iri = node.getURI();
        int slash = iri.lastIndexOf('/');
        Target t = slash < 0 ? null : targets.get(iri.substring(slash + 1));
        return t != null && t.node().equals(node) ? Optional.of(t) : Optional.empty();
    }

    Optional<Target> get(String id) {
        return Optional.ofNullable(used(targets.get(id)));
    }

    /** Records that the article this view converts used {@code target}, when another article declares it. */
    private Target used(Target target) {
        if (usedArticles != null && target != null && target.article() != null && !target.article().equals(article)) {
            usedArticles.add(target.article());
        }
        return target;
    }

    /**
     * The node an id names, if it is one of {@code allowed}; otherwise empty, after recording a
     * problem at {@code at} that names the field.
     */
    Optional<Node> resolve(String id, Set<Category> allowed, String field, SourcePosition at) {
        if (id == null) {
            return Optional.empty();
        }
        Target target = used(targets.get(id));
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
