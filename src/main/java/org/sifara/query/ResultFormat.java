package org.sifara.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.sifara.convert.SortedGraph;

/** The forms an answer can be written in, by name ({@code --format}, {@code ?format=}) and media type. */
public enum ResultFormat {
    JSON("json", "application/sparql-results+json", true),
    XML("xml", "application/sparql-results+xml", true),
    CSV("csv", "text/csv", true),
    TSV("tsv", "text/tab-separated-values", true),
    TABLE("table", "text/plain", true),
    TTL("ttl", "text/turtle", false),
    JSONLD("jsonld", "application/ld+json", false),
    NT("nt", "application/n-triples", false),
    RDF("rdf", "application/rdf+xml", false);

    private final String key;
    private final String mediaType;
    private final boolean forRows;

    ResultFormat(String key, String mediaType, boolean forRows) {
        this.key = key;
        this.mediaType = mediaType;
        this.forRows = forRows;
    }

    public String key() {
        return key;
    }

    public String mediaType() {
        return mediaType;
    }

    public String contentType() {
        return this == JSON || this == JSONLD || this == RDF || this == XML ? mediaType : mediaType + "; charset=utf-8";
    }

    /** Whether this form can hold rows (SELECT, ASK) rather than triples (CONSTRUCT, DESCRIBE). */
    public boolean forRows() {
        return forRows;
    }

    public static Optional<ResultFormat> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** The forms that suit a query, in the server's order of preference. */
    public static List<ResultFormat> forQuery(SavedQuery q) {
        return Arrays.stream(values()).filter(f -> f.forRows == !q.isGraph()).toList();
    }

    public static String keys(List<ResultFormat> formats) {
        return String.join("|", formats.stream().map(ResultFormat::key).toList());
    }

    public byte[] write(Answer answer, PrefixMap prefixes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (answer instanceof Answer.Rows rows) {
            if (this == TABLE) {
                RowSetOps.out(out, RowSetStream.create(rows.vars(), rows.rows().iterator()), prefixes);
            } else {
                ResultsWriter.create().lang(rowLang()).build().write(out, RowSetStream.create(rows.vars(), rows.rows().iterator()));
            }
        } else if (answer instanceof Answer.Bool bool) {
            if (this == TABLE) {
                out.writeBytes((bool.value() ? "yes\n" : "no\n").getBytes(StandardCharsets.UTF_8));
            } else {
                ResultsWriter.create().lang(rowLang()).build().write(out, bool.value());
            }
        } else if (answer instanceof Answer.Triples triples) {
            SortedGraph sorted = new SortedGraph(triples.graph());
            sorted.getPrefixMapping().setNsPrefixes(prefixes.getMapping());
            RDFWriter.source(sorted).format(graphFormat()).output(out);
        }
        return out.toByteArray();
    }

    private Lang rowLang() {
        return switch (this) {
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> throw new BadParameterException("format '" + key + "' is for graphs, and this query answers rows");
        };
    }

    private RDFFormat graphFormat() {
        return switch (this) {
            case TTL -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11_PRETTY;
            case NT -> RDFFormat.NTRIPLES;
            case RDF -> RDFFormat.RDFXML_PLAIN;
            default -> throw new BadParameterException("format '" + key + "' is for rows, and this query answers a graph");
        };
    }
}
