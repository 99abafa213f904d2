package org.sifara.convert;

import java.time.LocalDate;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.sifara.config.Kind;
import org.sifara.facts.Labels;
import org.sifara.facts.PostHoldingFact;
import org.sifara.facts.Problems;
import org.sifara.vocab.Prov;
import org.sifara.vocab.Sifara;
import org.sifara.vocab.Time;

/**
 * A post held, as one article tells it, as a W3C ORG membership: who ({@code org:member}), in
 * which organisation or state ({@code org:organization}, the post's), which post
 * ({@code sifara:post}), when ({@code org:memberDuring}, an OWL-Time interval known to contain the
 * article's day, with its beginning and end where the text gives them) and according to which
 * article, with the words that say so. A later article telling of a change adds its own
 * membership; none contradicts another.
 */
final class HoldingTriples {

    private final IdIndex index;
    private final Minter minter;
    private final Node article;
    private final String articleSlug;
    private final Triples out;
    private final Problems problems;

    HoldingTriples(IdIndex index, Minter minter, String articleSlug, Triples out, Problems problems) {
        this.index = index;
        this.minter = minter;
        this.article = minter.article(articleSlug);
        this.articleSlug = articleSlug;
        this.out = out;
        this.problems = problems;
    }

    /** The membership, or null if the person or the post does not resolve. */
    Node emit(PostHoldingFact h) {
        var person = index.resolve(h.person(), Set.of(Category.PERSON), "person", h.at());
        var post = index.resolve(h.post(), Set.of(Category.POST), "post", h.at());
        if (person.isEmpty() || post.isEmpty()) {
            return null;
        }
        String slug = slug(h);
        Node m = minter.node(Kind.MEMBERSHIP, slug);
        if (out.graph().contains(m, Sifara.post.in(minter.base()), Node.ANY)) {
            problems.error(h.at(), "'" + h.person() + "' holds '" + h.post() + "' twice in this article: give one entry");
            return null;
        }
        out.at(m, h.at());
        out.type(m, ORG.Membership.asNode());
        out.add(m, ORG.member.asNode(), person.get());
        out.add(m, Sifara.post.in(minter.base()), post.get());
        index.postIn(h.post()).flatMap(in -> index.get(in)).map(IdIndex.Target::node)
                .ifPresent(organisation -> out.add(m, ORG.organization.asNode(), organisation));
        labels(m, h);
        Node interval = Minter.part(m, "interval");
        out.add(m, ORG.memberDuring.asNode(), interval);
        out.type(interval, Time.Interval);
        out.add(interval, Time.inside, instant(m, "as-of", h.asOf()));
        if (h.since() != null) {
            out.add(interval, Time.hasBeginning, instant(m, "beginning", h.since()));
        }
        if (h.until() != null) {
            out.add(interval, Time.hasEnd, instant(m, "end", h.until()));
        }
        out.langs(m, SKOS.editorialNote.asNode(), h.note());
        out.add(m, Prov.wasDerivedFrom, article);
        return m;
    }

    String slug(PostHoldingFact h) {
        return articleSlug + "--" + h.person() + "--" + h.post();
    }

    private Node instant(Node membership, String fragment, LocalDate day) {
        Node instant = Minter.part(membership, fragment);
        out.type(instant, Time.Instant);
        out.add(instant, Time.inXSDDate, Triples.date(day));
        return instant;
    }

    private void labels(Node m, PostHoldingFact h) {
        Labels person = index.get(h.person()).map(IdIndex.Target::label).orElse(null);
        Labels post = index.get(h.post()).map(IdIndex.Target::label).orElse(null);
        if (person != null && post != null) {
            out.labels(m, new Labels(person.ar() + " — " + post.ar() + " (في " + h.asOf() + ")",
                    person.en() + " — " + post.en() + " (as of " + h.asOf() + ")"));
        }
    }
}
