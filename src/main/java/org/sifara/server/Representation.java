package org.sifara.server;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms a document can take, by file extension and media type. The order is the server's
 * preference on a tie in content negotiation: RDF first, HTML last.
 */
public enum Representation {
    TURTLE("ttl", "text/turtle", "Turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", RDFFormat.JSONLD11_PRETTY),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", RDFFormat.RDFXML_PLAIN),
    NTRIPLES("nt", "application/n-triples", "N-Triples", RDFFormat.NTRIPLES),
    HTML("html", "text/html", "HTML", null);

    private final String extension;
    private final String mediaType;
    private final String label;
    private final RDFFormat format;

    Representation(String extension, String mediaType, String label, RDFFormat format) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
        this.format = format;
    }

    /** The name people know the form by ("JSON-LD"). */
    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: text types say UTF-8; JSON-LD and RDF/XML carry their own encoding, as downloads do. */
    public String contentType() {
        return this == RDFXML || this == JSONLD ? mediaType : mediaType + "; charset=utf-8";
    }

    public RDFFormat format() {
        return format;
    }

    public static List<MediaType> offers() {
        return Arrays.stream(values()).map(r -> MediaType.create(r.mediaType)).toList();
    }

    /** The RDF forms, every one but HTML. */
    public static List<Representation> rdfForms() {
        return Arrays.stream(values()).filter(r -> r != HTML).toList();
    }

    public static List<MediaType> rdfOffers() {
        return rdfForms().stream().map(r -> MediaType.create(r.mediaType)).toList();
    }

    public static Optional<Representation> byExtension(String ext) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(ext)).findFirst();
    }

    public static Optional<Representation> byMediaType(MediaType type) {
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(type.getContentTypeStr())).findFirst();
    }

    /** "text/turtle, application/ld+json, ..., text/html" for a 406 message. */
    public static String available() {
        return available(List.of(values()));
    }

    public static String available(List<Representation> forms) {
        return String.join(", ", forms.stream().map(Representation::mediaType).toList());
    }
}
