package org.sifara.vocab;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.sifara.config.BaseIri;
import org.sifara.config.Kind;

/** The fixed prefixes of everything Sifara writes, so that output is stable and readable. */
public final class Prefixes {

    private Prefixes() {}

    public static PrefixMap forBase(BaseIri base) {
        PrefixMap map = PrefixMapFactory.create();
        map.add("rdf", RDF.uri);
        map.add("rdfs", RDFS.uri);
        map.add("owl", OWL.NS);
        map.add("xsd", XSD.NS);
        map.add("skos", SKOS.uri);
        map.add("dcterms", DCTerms.NS);
        map.add("foaf", "http://xmlns.com/foaf/0.1/");
        map.add("schema", SchemaDO.NS);
        map.add("org", ORG.NS);
        map.add("prov", Prov.NS);
        map.add("sem", Sem.NS);
        map.add("time", Time.NS);
        map.add("oa", OA.NS);
        map.add("vann", Vann.NS);
        map.add("void", VOID.NS);
        map.add("dcat", DCAT.NS);
        map.add("hydra", Hydra.NS);
        map.add("sifara", base.ontologyNamespace());
        for (Kind kind : Kind.values()) {
            map.add(kind.segment(), base.value() + "id/" + kind.segment() + "/");
        }
        return map;
    }
}
