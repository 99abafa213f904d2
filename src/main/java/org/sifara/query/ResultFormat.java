package org.sifara.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.sifara.rdf.RdfForm;
import org.sifara.rdf.SortedWriter;

/**
 * The forms an answer can be written in, by name ({@code --format}, {@code ?format=}) and media
 * type: the SPARQL result forms for rows, and the {@link RdfForm}s for graphs.
 */
public enum ResultFormat {
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON, null),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML, null),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV, null),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV, null),
    TABLE("table", "text/plain", null, null),
    TTL("ttl", null, null, RdfForm.TURTLE),
    JSONLD("jsonld", null, null, RdfForm.JSONLD),
    NT("nt", null, null, RdfForm.NTRIPLES),
    RDF("rdf", null, null, RdfForm.RDFXML);

    private final String key;
    private final String rowMediaType;
    private final Lang rowLang;
    private final RdfForm graphForm;

    ResultFormat(String key, String rowMediaType, Lang rowLang, RdfForm graphForm) {
        this.key = key;
        this.rowMediaType = rowMediaType;
        this.rowLang = rowLang;
        this.graphForm = graphForm;
    }

    public String key() {
        return key;
    }

    public String mediaType() {
        return graphForm != null ? graphForm.mediaType() : rowMediaType;
    }

    /** The Content-Type header: JSON and XML carry their own encoding; text forms say UTF-8. */
    public String contentType() {
        if (graphForm != null) {
            return graphForm.contentType();
        }
        return this == JSON || this == XML ? rowMediaType : rowMediaType + "; charset=utf-8";
    }

    /** Whether this form can hold rows (SELECT, ASK) rather than triples (CONSTRUCT, DESCRIBE). */
    public boolean forRows() {
        return graphForm == null;
    }

    public static Optional<ResultFormat> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The forms that suit a query, in the server's order of preference. */
    public static List<ResultFormat> forQuery(SavedQuery q) {
        return Arrays.stream(values()).filter(f -> f.forRows() == !q.isGraph()).toList();
    }

    public static String keys(List<ResultFormat> formats) {
        return String.join("|", formats.stream().map(ResultFormat::key).toList());
    }

    public byte[] write(Answer answer, PrefixMap prefixes) {
        if (answer instanceof Answer.Triples triples) {
            if (graphForm == null) {
                throw new BadParameterException("format '" + key + "' is for rows, and this query answers a graph");
            }
            return new SortedWriter(prefixes).write(triples.graph(), graphForm);
        }
        if (graphForm != null) {
            throw new BadParameterException("format '" + key + "' is for graphs, and this query answers rows");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (answer instanceof Answer.Rows rows) {
            if (this == TABLE) {
                RowSetOps.out(out, RowSetStream.create(rows.vars(), rows.rows().iterator()), prefixes);
            } else {
                ResultsWriter.create().lang(rowLang).build().write(out, RowSetStream.create(rows.vars(), rows.rows().iterator()));
            }
        } else if (answer instanceof Answer.Bool bool) {
            if (this == TABLE) {
                out.writeBytes((bool.value() ? "yes\n" : "no\n").getBytes(StandardCharsets.UTF_8));
            } else {
                ResultsWriter.create().lang(rowLang).build().write(out, bool.value());
            }
        }
        return out.toByteArray();
    }
}
