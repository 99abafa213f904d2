package org.sifara.pages;

import java.util.List;
import java.util.Set;

/**
 * The order in which a resource page shows its properties: in groups (what it is, when and where,
 * who, related things, links elsewhere, where it comes from), each property at its place in its
 * group; anything else comes last, by label. Predicates are named by prefixed name, so the groups
 * do not depend on the deployment's base.
 */
final class PropertyGroups {

    record Group(String key, List<String> predicates) {}

    static final List<Group> GROUPS = List.of(
            new Group("what", List.of("sifara:modality", "sifara:cameoCode", "sifara:subjectField", "sifara:topic",
                    "schema:about", "sifara:monetaryValue", "sifara:verbatim", "rdfs:comment", "skos:definition",
                    "skos:notation", "schema:inLanguage", "schema:currency")),
            new Group("when_where", List.of("dcterms:date", "sem:hasPlace", "schema:location", "schema:containedInPlace")),
            new Group("who", List.of("sifara:claimant", "sifara:issuedThrough", "sifara:party", "org:holds", "sifara:hasRank",
                    "org:postIn", "org:subOrganizationOf", "sifara:mandatedBy", "sifara:participant", "sifara:inEvent",
                    "sem:roleType")),
            new Group("related", List.of("sifara:partOf", "sifara:follows", "sifara:signingEvent", "sifara:statedDuring")),
            new Group("names", List.of("skos:altLabel", "owl:sameAs", "rdfs:seeAlso", "schema:sameAs")),
            new Group("source", List.of("prov:wasDerivedFrom", "dcterms:source")),
            new Group("dataset", List.of("dcterms:title", "dcterms:description", "dcterms:publisher", "dcterms:creator",
                    "dcterms:license", "dcterms:issued", "dcterms:modified")),
            new Group("access", List.of("void:sparqlEndpoint", "void:dataDump", "dcat:distribution", "void:uriSpace",
                    "void:exampleResource", "void:vocabulary", "void:feature", "void:subset")),
            new Group("statistics", List.of("void:triples", "void:entities", "void:classes", "void:properties",
                    "void:distinctSubjects", "void:distinctObjects")));

    /** Shown elsewhere on the page (title, kinds, the when and amount lines, participants, evidence). */
    static final Set<String> SHOWN_ELSEWHERE = Set.of("rdf:type", "rdfs:label", "skos:prefLabel", "schema:headline",
            "schema:text", "sifara:evidence", "sem:hasActor",
            "sem:hasTimeStamp", "sem:hasBeginTimeStamp", "sem:hasEndTimeStamp", "sem:hasEarliestBeginTimeStamp",
            "sem:hasLatestBeginTimeStamp", "sem:hasEarliestEndTimeStamp", "sem:hasLatestEndTimeStamp",
            "schema:value", "schema:minValue", "schema:maxValue", "sifara:minExclusiveValue", "sifara:maxExclusiveValue",
            "sifara:boundKind", "schema:currency",
            // a participation's rdf:value is its participant again, for SEM's role pattern
            "rdf:value");

    /** Links into the page shown in sections of their own, or that say nothing to a reader. */
    static final Set<String> INCOMING_SHOWN_ELSEWHERE = Set.of("oa:hasBody", "oa:hasSource", "sifara:participant",
            "sem:hasActor", "sifara:inEvent", "foaf:primaryTopic", "rdf:type", "rdf:value");

    private PropertyGroups() {}

    /** The group's index and the predicate's place in it; unknown predicates go last. */
    static int[] place(String prefixedName) {
        for (int g = 0; g < GROUPS.size(); g++) {
            int i = GROUPS.get(g).predicates().indexOf(prefixedName);
            if (i >= 0) {
                return new int[] {g, i};
            }
        }
        return new int[] {GROUPS.size(), Integer.MAX_VALUE};
    }

    static String groupKey(int index) {
        return index < GROUPS.size() ? GROUPS.get(index).key() : "other";
    }
}
