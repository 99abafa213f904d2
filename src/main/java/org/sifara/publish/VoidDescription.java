package org.sifara.publish;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.sifara.config.BaseIri;
import org.sifara.rdf.RdfForm;

/**
 * The VoID and DCAT description of the dataset, every figure computed from the data
 * ({@link VoidFigures}): triple and entity counts, the vocabularies used, example resources, each
 * dump as a distribution, and one linkset per external dataset we link to, with its link count.
 */
public final class VoidDescription {

    /** An external dataset we link to with owl:sameAs. */
    record Target(String key, String title, String uriSpace, String homepage) {}

    static final List<Target> TARGETS = List.of(
            new Target("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/"),
            new Target("geonames", "GeoNames", "http://sws.geonames.org/", "https://www.geonames.org/"));

    private VoidDescription() {}

    public static Node datasetIri(BaseIri base) {
        return NodeFactory.createURI(base.value() + "dataset");
    }

    /** The linkset of the owl:sameAs links to one external dataset. */
    static Node linkset(BaseIri base, Target target) {
        return NodeFactory.createURI(base.value() + "dataset#links-" + target.key());
    }

    /** The description of the dataset with these figures and these downloads. */
    static Graph build(VoidFigures figures, BaseIri base, Map<RdfForm, DatasetDownload> downloads) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = datasetIri(base);
        String b = base.value();
        add(g, ds, RDF.type.asNode(), VOID.Dataset.asNode());
        add(g, ds, RDF.type.asNode(), DCAT.Dataset.asNode());
        for (Node p : List.of(DCTerms.title.asNode(), RDFS.label.asNode())) {
            add(g, ds, p, NodeFactory.createLiteralLang("Sifara: facts of diplomatic news", "en"));
            add(g, ds, p, NodeFactory.createLiteralLang("سفارة: وقائع الأخبار الدبلوماسية", "ar"));
        }
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Facts of diplomatic news articles as linked data: events, participants and their roles, agreements "
                        + "and their values, and statements with their sources, who vouches for them and whether they occurred, each tied to the exact words "
                        + "of the article it comes from.", "en"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "وقائع المقالات الإخبارية الدبلوماسية بيانات مترابطة: الأحداث والمشاركون وأدوارهم، والاتفاقيات وقيمها، "
                        + "والإفادات بمصادرها وحالة إسنادها ودرجة وقوعها، وكل منها مربوط بالكلمات الحرفية للمقال الذي جاء منه.", "ar"));
        add(g, ds, DCTerms.license.asNode(), DocumentBuilder.CC_BY);
        add(g, ds, DCTerms.publisher.asNode(), NodeFactory.createURI(b + "id/organization/sifara-project"));
        add(g, ds, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(b + "sparql"));
        add(g, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(b + "id/"));
        add(g, ds, VOID.feature.asNode(), NodeFactory.createURI("http://www.w3.org/ns/formats/Turtle"));
        add(g, ds, VOID.feature.asNode(), NodeFactory.createURI("http://www.w3.org/ns/formats/RDF_XML"));

        add(g, ds, VOID.triples.asNode(), integer(figures.triples()));
        add(g, ds, VOID.entities.asNode(), integer(figures.entities()));
        add(g, ds, VOID.distinctSubjects.asNode(), integer(figures.distinctSubjects()));
        add(g, ds, VOID.properties.asNode(), integer(figures.properties()));
        add(g, ds, VOID.classes.asNode(), integer(figures.classes()));
        figures.vocabularies().forEach(ns -> add(g, ds, VOID.vocabulary.asNode(), NodeFactory.createURI(ns)));
        figures.examples().forEach(iri -> add(g, ds, VOID.exampleResource.asNode(), NodeFactory.createURI(iri)));
        distributions(g, ds, b, downloads);
        linksets(g, ds, base, figures);
        return g;
    }

    private static void distributions(Graph g, Node ds, String b, Map<RdfForm, DatasetDownload> downloads) {
        Node service = NodeFactory.createURI(b + "sparql");
        add(g, service, RDF.type.asNode(), DCAT.DataService.asNode());
        add(g, service, DCAT.endpointURL.asNode(), service);
        add(g, service, DCAT.servesDataset.asNode(), ds);
        add(g, service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("SPARQL 1.1 query endpoint (read-only)", "en"));
        for (var entry : downloads.entrySet()) {
            RdfForm format = entry.getKey();
            Node file = NodeFactory.createURI(b + "download/" + format.datasetFile());
            Node dist = NodeFactory.createURI(b + "dataset#" + format.key());
            add(g, ds, VOID.dataDump.asNode(), file);
            add(g, ds, DCAT.distribution.asNode(), dist);
            add(g, dist, RDF.type.asNode(), DCAT.Distribution.asNode());
            add(g, dist, DCAT.downloadURL.asNode(), file);
            add(g, dist, DCAT.accessURL.asNode(), file);
            add(g, dist, DCAT.mediaType.asNode(),
                    NodeFactory.createURI("https://www.iana.org/assignments/media-types/" + format.mediaType()));
            long bytes = entry.getValue().length(false);
            if (bytes != DatasetDownload.UNKNOWN_LENGTH) {
                add(g, dist, DCAT.byteSize.asNode(), integer(bytes));
            }
            add(g, dist, DCTerms.title.asNode(), NodeFactory.createLiteralLang(format.datasetFile(), "en"));
            add(g, dist, DCTerms.license.asNode(), DocumentBuilder.CC_BY);
        }
    }

    private static void linksets(Graph g, Node ds, BaseIri base, VoidFigures figures) {
        String b = base.value();
        for (Target target : TARGETS) {
            long links = figures.links().getOrDefault(target.key(), 0L);
            if (links == 0) {
                continue;
            }
            Node other = NodeFactory.createURI(b + "dataset#" + target.key());
            Node linkset = linkset(base, target);
            add(g, other, RDF.type.asNode(), VOID.Dataset.asNode());
            add(g, other, DCTerms.title.asNode(), NodeFactory.createLiteralLang(target.title(), "en"));
            add(g, other, RDFS.label.asNode(), NodeFactory.createLiteralLang(target.title(), "en"));
            add(g, other, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(target.uriSpace()));
            add(g, other, NodeFactory.createURI("http://xmlns.com/foaf/0.1/homepage"), NodeFactory.createURI(target.homepage()));
            add(g, linkset, RDF.type.asNode(), VOID.Linkset.asNode());
            add(g, linkset, RDFS.label.asNode(), NodeFactory.createLiteralLang("owl:sameAs links to " + target.title(), "en"));
            add(g, linkset, VOID.subjectsTarget.asNode(), ds);
            add(g, linkset, VOID.objectsTarget.asNode(), other);
            add(g, linkset, VOID.linkPredicate.asNode(), OWL.sameAs.asNode());
            add(g, linkset, VOID.triples.asNode(), integer(links));
            add(g, ds, VOID.subset.asNode(), linkset);
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
