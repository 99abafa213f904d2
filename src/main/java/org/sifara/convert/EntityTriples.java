package org.sifara.convert;

import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.sifara.config.BaseIri;
import org.sifara.facts.ActorCodes;
import org.sifara.facts.AltLabels;
import org.sifara.facts.Entity;
import org.sifara.facts.Problems;
import org.sifara.vocab.Prov;
import org.sifara.vocab.Sem;
import org.sifara.vocab.Sifara;

/**
 * The triples of one entity: its types, labels, rank, place in an organisation or a territory,
 * and its verified external links ({@code owl:sameAs}). The posts people hold are told by
 * articles, with a date ({@link HoldingTriples}).
 */
final class EntityTriples {

    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    static final String GEONAMES = "http://sws.geonames.org/";

    private final IdIndex index;
    private final Map<String, Set<String>> verifiedLinks;
    private final Problems problems;
    private final BaseIri base;

    EntityTriples(IdIndex index, Map<String, Set<String>> verifiedLinks, BaseIri base, Problems problems) {
        this.index = index;
        this.verifiedLinks = verifiedLinks;
        this.base = base;
        this.problems = problems;
    }

    void emit(Entity e, Triples out) {
        Node s = index.get(e.id()).orElseThrow().node();
        out.at(s, e.at());
        switch (e.type()) {
            case PERSON -> out.type(s, SchemaDO.Person.asNode(), Sem.Actor, Prov.Agent);
            case ORGANIZATION -> out.type(s, ORG.Organization.asNode(), Sem.Actor, Prov.Agent);
            case OFFICE -> out.type(s, Sifara.Office.in(base), ORG.OrganizationalUnit.asNode(), ORG.Organization.asNode(),
                    Sem.Actor, Prov.Agent);
            case DELEGATION -> out.type(s, Sifara.Delegation.in(base), ORG.Organization.asNode(), Sem.Actor, Prov.Agent);
            case COUNTRY -> out.type(s, Sifara.State.in(base), ORG.Organization.asNode(), Sem.Actor, Prov.Agent);
            case TERRITORY -> out.type(s, SchemaDO.Country.asNode(), Sem.Place);
            case CITY -> out.type(s, SchemaDO.City.asNode(), Sem.Place);
            case PLACE -> out.type(s, SchemaDO.Place.asNode(), Sem.Place);
            case ANONYMOUS_SOURCE -> out.type(s, Sifara.AnonymousSource.in(base), Prov.Agent);
        }
        out.labels(s, e.label());
        altLabels(s, e.alt(), out);
        index.resolve(e.rank(), Set.of(Category.RANK), "rank", e.at())
                .ifPresent(rank -> out.add(s, Sifara.hasRank.in(base), rank));
        index.resolve(e.partOf(), Set.of(Category.ORGANIZATION), "part-of", e.at())
                .ifPresent(o -> out.add(s, ORG.subOrganizationOf.asNode(), o));
        index.resolve(e.mandatedBy(), Set.of(Category.ORGANIZATION), "mandated-by", e.at())
                .ifPresent(o -> out.add(s, Sifara.mandatedBy.in(base), o));
        index.resolve(e.territoryOf(), Set.of(Category.COUNTRY), "territory-of", e.at()).ifPresent(state -> {
            out.add(s, Sifara.territoryOf.in(base), state);
            out.add(state, Sifara.hasTerritory.in(base), s);
        });
        index.resolve(e.in(), Category.PLACES, "in", e.at()).ifPresent(place ->
                out.add(s, e.type().isPlace() ? SchemaDO.containedInPlace.asNode() : SchemaDO.location.asNode(), place));
        for (String other : e.seeAlso()) {
            index.resolve(other, Category.ANYTHING, "see-also", e.at()).ifPresent(o -> out.add(s, RDFS.seeAlso.asNode(), o));
        }
        out.langs(s, SKOS.editorialNote.asNode(), e.note());
        codes(s, e.codes(), out, base);
        links(e, s, out);
    }

    static void codes(Node s, ActorCodes codes, Triples out, BaseIri base) {
        if (codes.iso3166() != null) {
            out.add(s, Sifara.iso3166Alpha3.in(base), Triples.string(codes.iso3166()));
        }
        if (codes.cameo() != null) {
            out.add(s, Sifara.cameoActorCode.in(base), Triples.string(codes.cameo()));
        }
    }

    static void altLabels(Node s, AltLabels alt, Triples out) {
        alt.ar().forEach(a -> out.add(s, SKOS.altLabel.asNode(), Triples.ar(a)));
        alt.en().forEach(a -> out.add(s, SKOS.altLabel.asNode(), Triples.en(a)));
    }

    private void links(Entity e, Node s, Triples out) {
        for (var link : e.links().entrySet()) {
            String scheme = link.getKey();
            String id = link.getValue();
            if (!verifiedLinks.getOrDefault(scheme, Set.of()).contains(id)) {
                problems.error(e.at(), "the " + scheme + " link " + id + " of '" + e.id()
                        + "' is not in verified-links.yaml: only verified identifiers are published");
                continue;
            }
            String iri = scheme.equals("wikidata") ? WIKIDATA + id : GEONAMES + id + "/";
            out.add(s, OWL.sameAs.asNode(), NodeFactory.createURI(iri));
        }
    }
}
