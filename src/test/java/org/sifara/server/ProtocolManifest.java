package org.sifara.server;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The W3C SPARQL 1.1 Protocol manifest, read with Jena into plain records: the entries in
 * {@code mf:entries} order, each with its HTTP requests and expected responses, and the graphs
 * ({@code ut:graphData}) the dataset tests expect under fixed names.
 */
record ProtocolManifest(List<Entry> entries, List<GraphData> graphs, int declaredTests) {

    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static final Pattern STATUS_CLASS = Pattern.compile("StatusCode(\\d)xx");

    /** One manifest entry: {@code id} is the local name of its IRI. */
    record Entry(String id, String name, List<Request> requests) {
        String displayName() {
            return id + ": " + name;
        }

        /** The entries the read-only endpoint must refuse whatever the manifest expects. */
        boolean isUpdateEntry() {
            return id.startsWith("update_") || id.startsWith("bad_update_");
        }
    }

    record Header(String name, String value) {}

    /** A body as text in a named character encoding; {@link #bytes} encodes it exactly so. */
    record Body(String chars, String encoding) {
        byte[] bytes() {
            return chars.getBytes(Charset.forName(encoding));
        }
    }

    record Request(String method, String absolutePath, String httpVersion, List<Header> headers, Optional<Body> body,
                   Expected expected) {
        Optional<String> header(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
        }

        String describe() {
            String type = header("content-type").map(t -> " [" + t + "]").orElse("");
            String text = body.map(b -> " " + b.chars().replaceAll("\\s+", " ")).orElse("");
            return method + " " + absolutePath + type + text;
        }
    }

    /**
     * What the manifest expects of a response.
     *
     * @param statusClasses the first digits of the acceptable status codes (2 for 2xx)
     * @param format "boolean", "tabular" or "RDF", when the manifest names one
     */
    record Expected(List<Integer> statusClasses, Optional<String> format, Optional<Boolean> booleanResult) {
        boolean allows(int status) {
            return statusClasses.contains(status / 100);
        }

        String statuses() {
            return String.join(" or ", statusClasses.stream().map(c -> c + "xx").toList());
        }
    }

    /** A graph the dataset tests need: the file, and the name it is to have ({@code rdfs:label}). */
    record GraphData(String name, String fileIri) {}

    static ProtocolManifest read(Path file) {
        Model m = RDFDataMgr.loadModel(file.toAbsolutePath().toUri().toString());
        Resource manifest = m.listSubjectsWithProperty(RDF.type, m.createResource(MF + "Manifest")).next();
        List<Entry> entries = new ArrayList<>();
        Map<String, GraphData> graphs = new LinkedHashMap<>();
        for (RDFNode node : manifest.getPropertyResourceValue(p(MF, "entries")).as(RDFList.class).asJavaList()) {
            Resource entry = node.asResource();
            entries.add(entry(entry));
            entry.listProperties(p(UT, "graphData")).forEachRemaining(s -> {
                Resource g = s.getResource();
                String name = g.getRequiredProperty(RDFS.label).getString();
                graphs.putIfAbsent(name, new GraphData(name, g.getPropertyResourceValue(p(UT, "graph")).getURI()));
            });
        }
        int declared = m.listSubjectsWithProperty(RDF.type, m.createResource(MF + "ProtocolTest")).toList().size();
        return new ProtocolManifest(List.copyOf(entries), List.copyOf(graphs.values()), declared);
    }

    private static Entry entry(Resource entry) {
        String iri = entry.getURI();
        String id = iri.substring(iri.lastIndexOf('#') + 1);
        Resource action = entry.getPropertyResourceValue(p(MF, "action"));
        List<Request> requests = new ArrayList<>();
        for (RDFNode r : list(action, p(HT, "requests"))) {
            requests.add(request(r.asResource()));
        }
        return new Entry(id, entry.getRequiredProperty(p(MF, "name")).getString(), List.copyOf(requests));
    }

    private static Request request(Resource r) {
        List<Header> headers = new ArrayList<>();
        if (r.hasProperty(p(HT, "headers"))) {
            for (RDFNode h : list(r, p(HT, "headers"))) {
                Resource header = h.asResource();
                headers.add(new Header(string(header, p(HT, "fieldName")), string(header, p(HT, "fieldValue"))));
            }
        }
        Optional<Body> body = Optional.ofNullable(r.getPropertyResourceValue(p(HT, "body")))
                .map(b -> new Body(string(b, p(CNT, "chars")), string(b, p(CNT, "characterEncoding"))));
        return new Request(string(r, p(HT, "methodName")), string(r, p(HT, "absolutePath")),
                string(r, p(HT, "httpVersion")), List.copyOf(headers), body,
                expected(r.getPropertyResourceValue(p(HT, "resp"))));
    }

    private static Expected expected(Resource resp) {
        List<Integer> classes = new ArrayList<>();
        for (Statement s : resp.listProperties(p(MF, "expectedStatus")).toList()) {
            String iri = s.getResource().getURI();
            Matcher matcher = STATUS_CLASS.matcher(iri.substring(iri.lastIndexOf('#') + 1));
            if (!matcher.matches()) {
                throw new IllegalStateException("Unknown expected status " + s.getResource() + " in the manifest");
            }
            classes.add(Integer.parseInt(matcher.group(1)));
        }
        classes.sort(null);
        Optional<String> format = Optional.ofNullable(resp.getProperty(p(MF, "expectedFormat"))).map(Statement::getString);
        Optional<Boolean> bool = Optional.ofNullable(resp.getProperty(p(MF, "expectedBoolean"))).map(Statement::getBoolean);
        return new Expected(List.copyOf(classes), format, bool);
    }

    private static List<RDFNode> list(Resource subject, Property property) {
        return subject.getPropertyResourceValue(property).as(RDFList.class).asJavaList();
    }

    private static String string(Resource subject, Property property) {
        return subject.getRequiredProperty(property).getString();
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}
