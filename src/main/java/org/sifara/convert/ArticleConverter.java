package org.sifara.convert;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.sifara.config.BaseIri;
import org.sifara.config.Kind;
import org.sifara.facts.AgreementFact;
import org.sifara.facts.ArticleFacts;
import org.sifara.facts.ClaimFact;
import org.sifara.facts.Entity;
import org.sifara.facts.EventCoding;
import org.sifara.facts.EventFact;
import org.sifara.facts.Labels;
import org.sifara.facts.Mention;
import org.sifara.facts.ParticipantFact;
import org.sifara.facts.PostHoldingFact;
import org.sifara.facts.Presentation;
import org.sifara.facts.Problems;
import org.sifara.facts.SourcePosition;
import org.sifara.facts.ValueFact;
import org.sifara.facts.When;
import org.sifara.vocab.Prov;
import org.sifara.vocab.Sem;
import org.sifara.vocab.Sifara;

/**
 * One article's facts as RDF: the article and its text, its local actors, mentions, events with
 * their participations, agreements with their values, and attributed statements, each with its
 * evidence. Pure: facts in, triples out; problems are recorded, never thrown.
 */
final class ArticleConverter {

    private final ArticleFacts article;
    private final IdIndex index;
    private final OntologyTerms terms;
    private final Minter minter;
    private final BaseIri base;
    private final Triples out;
    private final Problems problems;
    private final EvidenceEmitter evidence;
    private final Node articleNode;

    ArticleConverter(ArticleFacts article, IdIndex index, OntologyTerms terms, Minter minter,
                     EntityTriples entities, Triples out, Problems problems) {
        this.article = article;
        this.index = index;
        this.terms = terms;
        this.minter = minter;
        this.base = minter.base();
        this.out = out;
        this.problems = problems;
        this.evidence = new EvidenceEmitter(article.slug(), new ArticleText(article.text()), minter, out, problems);
        this.articleNode = minter.article(article.slug());
        for (Entity actor : article.actors()) {
            entities.emit(actor, out);
        }
    }

    /** The spans of the text that the facts' evidence covers, once {@link #convert()} has run. */
    List<ArticleText.Span> covered() {
        return evidence.covered();
    }

    void convert() {
        articleTriples();
        for (Mention m : article.mentions()) {
            index.resolve(m.entity(), Category.ANYTHING, "entity", m.at()).ifPresent(entity -> {
                var target = index.get(m.entity()).orElseThrow();
                evidence.mention(entity, target.kind(), m.entity(), m.evidence());
            });
        }
        HoldingTriples holdings = new HoldingTriples(index, minter, article.slug(), out, problems);
        for (PostHoldingFact h : article.holdings()) {
            Node m = holdings.emit(h);
            if (m != null) {
                evidence.evidence(m, Kind.MEMBERSHIP, holdings.slug(h), h.evidence());
            }
        }
        article.events().forEach(this::event);
        article.agreements().forEach(this::agreement);
        article.claims().forEach(this::claim);
    }

    private void articleTriples() {
        var meta = article.meta();
        Node a = articleNode;
        out.at(a, meta.at());
        out.type(a, SchemaDO.NewsArticle.asNode());
        evidence.locate(meta.headline()).ifPresent(span -> out.add(a, SchemaDO.headline.asNode(),
                Triples.lang(meta.headline().exact(), meta.language())));
        out.add(a, SchemaDO.headline.asNode(), Triples.en(meta.headlineEn()));
        out.add(a, SchemaDO.text.asNode(), Triples.lang(article.text(), meta.language()));
        out.add(a, SchemaDO.inLanguage.asNode(), Triples.string(meta.language()));
        out.add(a, DCTerms.date.asNode(), Triples.date(meta.date()));
        if (meta.url() != null) {
            out.add(a, SchemaDO.url.asNode(), NodeFactory.createURI(meta.url()));
        }
        if (meta.sourceNote() != null) {
            out.add(a, RDFS.comment.asNode(), Triples.en(meta.sourceNote()));
        }
        if (meta.publisher() != null) {
            out.add(a, DCTerms.publisher.asNode(), Triples.string(meta.publisher()));
        }
        if (meta.identifier() != null) {
            out.add(a, SchemaDO.identifier.asNode(), Triples.string(meta.identifier()));
        }
        evidence.evidence(a, Kind.ARTICLE, article.slug(), meta.dateEvidence());
    }

    private void event(EventFact e) {
        Node s = minter.node(Kind.EVENT, e.id());
        out.at(s, e.at());
        terms.eventType(e.type(), problems, e.at()).ifPresent(t -> out.type(s, t));
        out.type(s, Sifara.DiplomaticEvent.in(base), Sem.Event);
        out.labels(s, e.label());
        coding(s, e.coding(), e.at());
        presentation(s, e.presentation(), e.at());
        when(s, e.when());
        index.resolve(e.place(), Category.PLACES, "place", e.at()).ifPresent(p -> out.add(s, Sem.hasPlace, p));
        index.resolve(e.partOf(), Set.of(Category.EVENT), "part-of", e.at()).ifPresent(p -> out.add(s, Sifara.partOf.in(base), p));
        index.resolve(e.context(), Set.of(Category.EVENT), "context", e.at())
                .ifPresent(c -> out.add(s, Sifara.inContextOf.in(base), c));
        for (String f : e.follows()) {
            index.resolve(f, Set.of(Category.EVENT), "follows", e.at()).ifPresent(p -> out.add(s, Sifara.follows.in(base), p));
        }
        topics(s, e.topics(), e.at());
        out.langs(s, SKOS.editorialNote.asNode(), e.note());
        out.add(s, Prov.wasDerivedFrom, articleNode);
        evidence.evidence(s, Kind.EVENT, e.id(), e.evidence());
        for (ParticipantFact p : e.participants()) {
            participation(e, s, p);
        }
    }

    private void participation(EventFact e, Node event, ParticipantFact p) {
        index.resolve(p.actor(), Category.ACTORS, "actor", p.at()).ifPresent(actor -> {
            Node s = minter.participation(e.id(), p.actor());
            if (out.graph().contains(s, Sifara.inEvent.in(base), event)) {
                problems.error(p.at(), "'" + p.actor() + "' is listed twice in the participants of '" + e.id()
                        + "': give one entry with all its roles");
                return;
            }
            out.at(s, p.at());
            out.type(s, Sifara.Participation.in(base), Sem.Role);
            out.add(s, Sifara.inEvent.in(base), event);
            out.add(s, Sifara.participant.in(base), actor);
            // SEM's way: the event has the role, and the role's rdf:value is the actor.
            out.add(event, Sem.hasActor, s);
            out.add(s, RDF.value.asNode(), actor);
            for (String role : p.roles()) {
                terms.role(role, problems, p.at()).ifPresent(r -> out.add(s, Sem.roleType, r));
            }
            participationLabels(s, e, p);
            out.add(s, Prov.wasDerivedFrom, articleNode);
            evidence.evidence(s, Kind.PARTICIPATION, e.id() + "--" + p.actor(), p.evidence());
        });
    }

    private void participationLabels(Node s, EventFact e, ParticipantFact p) {
        Labels actor = labelsOf(p.actor());
        if (actor != null && e.label() != null) {
            out.labels(s, new Labels(actor.ar() + " في " + e.label().ar(), actor.en() + " in " + e.label().en()));
        }
    }

    private Labels labelsOf(String id) {
        return index.get(id).map(IdIndex.Target::label).orElse(null);
    }

    private void agreement(AgreementFact g) {
        Node s = minter.node(Kind.AGREEMENT, g.id());
        out.at(s, g.at());
        out.type(s, Sifara.Agreement.in(base));
        out.labels(s, g.label());
        for (String subject : g.subjects()) {
            terms.topic(subject, problems, g.at()).ifPresent(t -> out.add(s, Sifara.subjectField.in(base), t));
        }
        for (String party : g.parties()) {
            index.resolve(party, Category.AGENTS, "parties", g.at()).ifPresent(p -> out.add(s, Sifara.party.in(base), p));
        }
        index.resolve(g.signing(), Set.of(Category.EVENT), "signing", g.at())
                .ifPresent(ev -> out.add(s, Sifara.signingEvent.in(base), ev));
        presentation(s, g.presentation(), g.at());
        out.langs(s, SKOS.editorialNote.asNode(), g.note());
        out.add(s, Prov.wasDerivedFrom, articleNode);
        evidence.evidence(s, Kind.AGREEMENT, g.id(), g.evidence());
        if (g.value() != null) {
            value(s, g.id(), g.value());
        }
    }

    private void value(Node agreement, String agreementId, ValueFact v) {
        Node s = minter.value(agreementId);
        out.at(s, v.at());
        out.add(agreement, Sifara.monetaryValue.in(base), s);
        out.type(s, Sifara.MonetaryValue.in(base), SchemaDO.MonetaryAmount.asNode());
        terms.boundKind(v.kind(), problems, v.at()).ifPresent(kind -> {
            out.add(s, Sifara.boundKind.in(base), kind);
            out.add(s, numberProperty(kind), Triples.decimal(v.amount()));
            out.labels(s, ValueLabels.of(kind.getURI().substring(base.ontologyNamespace().length()), v));
        });
        out.add(s, SchemaDO.currency.asNode(), Triples.string(v.currency()));
        if (evidence.evidence(s, Kind.VALUE, agreementId, List.of(v.verbatim()))) {
            out.add(s, Sifara.verbatim.in(base), Triples.lang(v.verbatim().exact(), article.meta().language()));
        }
    }

    private Node numberProperty(Node kind) {
        String local = kind.getURI().substring(base.ontologyNamespace().length());
        return switch (local) {
            case "InclusiveLowerBound" -> SchemaDO.minValue.asNode();
            case "InclusiveUpperBound" -> SchemaDO.maxValue.asNode();
            case "ExclusiveLowerBound" -> Sifara.minExclusiveValue.in(base);
            case "ExclusiveUpperBound" -> Sifara.maxExclusiveValue.in(base);
            default -> SchemaDO.value.asNode();
        };
    }

    private void claim(ClaimFact c) {
        Node s = minter.node(Kind.CLAIM, c.id());
        out.at(s, c.at());
        out.type(s, Sifara.Claim.in(base), Prov.Entity);
        out.labels(s, c.label());
        for (String claimant : c.claimants()) {
            index.resolve(claimant, Category.AGENTS, "claimants", c.at()).ifPresent(a -> out.add(s, Sifara.claimant.in(base), a));
        }
        index.resolve(c.through(), Category.AGENTS, "through", c.at()).ifPresent(a -> out.add(s, Sifara.issuedThrough.in(base), a));
        presentation(s, c.presentation(), c.at());
        coding(s, c.coding(), c.at());
        for (String about : c.about()) {
            index.resolve(about, Category.ANYTHING, "about", c.at()).ifPresent(a -> out.add(s, SchemaDO.about.asNode(), a));
        }
        topics(s, c.topics(), c.at());
        index.resolve(c.statedDuring(), Set.of(Category.EVENT), "stated-during", c.at())
                .ifPresent(ev -> out.add(s, Sifara.statedDuring.in(base), ev));
        out.langs(s, SKOS.editorialNote.asNode(), c.note());
        out.add(s, Prov.wasDerivedFrom, articleNode);
        evidence.evidence(s, Kind.CLAIM, c.id(), c.evidence());
    }

    private void presentation(Node s, Presentation p, SourcePosition at) {
        if (p.evidentialStatus() != null) {
            terms.evidentialStatus(p.evidentialStatus(), problems, at).ifPresent(v -> out.add(s, Sifara.evidentialStatus.in(base), v));
        }
        if (p.factuality() != null) {
            terms.factuality(p.factuality(), problems, at).ifPresent(v -> out.add(s, Sifara.factuality.in(base), v));
        }
    }

    private void coding(Node s, EventCoding coding, SourcePosition at) {
        if (coding.cameo() != null) {
            terms.cameo(coding.cameo(), problems, at).ifPresent(c -> out.add(s, Sifara.cameoCode.in(base), c));
        }
        for (String actor : coding.sources()) {
            index.resolve(actor, Category.AGENTS, "source-actor", at).ifPresent(a -> out.add(s, Sifara.sourceActor.in(base), a));
        }
        for (String actor : coding.targets()) {
            index.resolve(actor, Category.AGENTS, "target-actor", at).ifPresent(a -> out.add(s, Sifara.targetActor.in(base), a));
        }
    }

    private void topics(Node s, List<String> topics, SourcePosition at) {
        for (String t : topics) {
            terms.topic(t, problems, at).ifPresent(topic -> out.add(s, Sifara.topic.in(base), topic));
        }
    }

    private void when(Node s, When w) {
        out.add(s, Sem.hasTimeStamp, Triples.date(w.date()));
        out.add(s, Sem.hasBeginTimeStamp, Triples.date(w.begin()));
        out.add(s, Sem.hasEndTimeStamp, Triples.date(w.end()));
        out.add(s, Sem.hasEarliestBeginTimeStamp, Triples.date(w.earliestBegin()));
        out.add(s, Sem.hasLatestBeginTimeStamp, Triples.date(w.latestBegin()));
        out.add(s, Sem.hasEarliestEndTimeStamp, Triples.date(w.earliestEnd()));
        out.add(s, Sem.hasLatestEndTimeStamp, Triples.date(w.latestEnd()));
    }

}
