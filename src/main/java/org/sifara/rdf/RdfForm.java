package org.sifara.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms Sifara writes RDF in: downloads, documents, named graphs, query answers and the
 * command line all name a form through this one enum. The order is the server's preference on a
 * tie in content negotiation (Turtle first), and the order of the downloads.
 */
public enum RdfForm {
    TURTLE("ttl", "text/turtle", "Turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", Lang.RDFXML, RDFFormat.RDFXML_PLAIN),
    NTRIPLES("nt", "application/n-triples", "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES),
    /** Named graphs kept apart: a dataset form, never a document's. */
    TRIG("trig", "application/trig", "TriG", Lang.TRIG, RDFFormat.TRIG_BLOCKS);

    private final String extension;
    private final String mediaType;
    private final String label;
    private final Lang lang;
    private final RDFFormat format;

    RdfForm(String extension, String mediaType, String label, Lang lang, RDFFormat format) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
        this.lang = lang;
        this.format = format;
    }

    /** The file extension, without the dot ({@code ttl}). */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name people know the form by ("JSON-LD"). */
    public String label() {
        return label;
    }

    public Lang lang() {
        return lang;
    }

    /** The writer Sifara uses for the form: pretty where people read it, streaming N-Triples. */
    public RDFFormat format() {
        return format;
    }

    /**
     * Jena's streaming writer of the form, for files too big to pretty-print (Turtle and TriG in
     * blocks, N-Triples); JSON-LD and RDF/XML, which Jena cannot stream, are written by
     * {@link BlockWriter}'s own writers.
     */
    public RDFFormat streamingFormat() {
        return switch (this) {
            case TURTLE -> RDFFormat.TURTLE_BLOCKS;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            default -> throw new IllegalArgumentException(label + " has no streaming writer in Jena");
        };
    }

    /**
     * The Content-Type header. Text forms say UTF-8; JSON-LD and RDF/XML carry their own encoding
     * (JSON is UTF-8 by definition, XML declares it), so a charset parameter is not theirs to have.
     */
    public String contentType() {
        return this == JSONLD || this == RDFXML ? mediaType : mediaType + "; charset=utf-8";
    }

    /** Whether the form holds one graph; TriG holds a dataset. */
    public boolean holdsGraph() {
        return this != TRIG;
    }

    /**
     * The file the whole dataset is written to in this form ({@code sifara.ttl}): the name of
     * {@code convert}'s output files and of the server's downloads alike.
     */
    public String datasetFile() {
        return "sifara." + extension;
    }

    /** A key for enum-like names in URLs and IRIs ({@code turtle}, {@code trig}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The forms of one graph, in the order of preference. */
    public static List<RdfForm> graphForms() {
        return Arrays.stream(values()).filter(RdfForm::holdsGraph).toList();
    }

    public static Optional<RdfForm> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    public static Optional<RdfForm> byMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }
}
