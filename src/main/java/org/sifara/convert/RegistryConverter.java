package org.sifara.convert;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.sifara.config.BaseIri;
import org.sifara.facts.ActorCodes;
import org.sifara.facts.Entity;
import org.sifara.facts.Post;
import org.sifara.facts.Problems;
import org.sifara.facts.Rank;
import org.sifara.facts.Registry;
import org.sifara.vocab.Sifara;

/** The shared registry as RDF: entities, ranks (SKOS concepts) and posts (ORG posts). */
final class RegistryConverter {

    private RegistryConverter() {}

    static void convert(Registry registry, IdIndex index, BaseIri base, Triples out, Problems problems) {
        EntityTriples entities = new EntityTriples(index, registry.verifiedLinks(), base, problems);
        for (Entity e : registry.entities()) {
            entities.emit(e, out);
        }
        for (Rank r : registry.ranks()) {
            Node s = index.get(r.id()).orElseThrow().node();
            out.at(s, r.at());
            out.type(s, Sifara.MilitaryRank.in(base), SKOS.Concept.asNode());
            out.langs(s, SKOS.prefLabel.asNode(), r.label());
            out.labels(s, r.label());
            EntityTriples.altLabels(s, r.alt(), out);
            index.resolve(r.broader(), Set.of(Category.RANK), "broader", r.at())
                    .ifPresent(b -> out.add(s, SKOS.broader.asNode(), b));
        }
        for (Post p : registry.posts()) {
            Node s = index.get(p.id()).orElseThrow().node();
            out.at(s, p.at());
            out.add(s, RDF.type.asNode(), ORG.Post.asNode());
            out.labels(s, p.label());
            EntityTriples.altLabels(s, p.alt(), out);
            index.resolve(p.in(), Category.BODIES, "in", p.at()).ifPresent(o -> out.add(s, ORG.postIn.asNode(), o));
            EntityTriples.codes(s, new ActorCodes(null, p.cameo()), out, base);
        }
    }
}
