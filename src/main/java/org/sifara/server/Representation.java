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
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES),
    HTML("html", "text/html", null);

    private final String extension;
    private final String mediaType;
    private final RDFFormat format;

    Representation(String extension, String mediaType, RDFFormat format) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.format = format;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header, with the charset where the type is text. */
    public String contentType() {
        return this == RDFXML || this == JSONLD || this == NTRIPLES || this == TURTLE || this == HTML
                ? mediaType + "; charset=utf-8" : mediaType;
    }

    public RDFFormat format() {
        return format;
    }

    public static List<MediaType> offers() {
        return Arrays.stream(values()).map(r -> MediaType.create(r.mediaType)).toList();
    }

    public static Optional<Representation> byExtension(String ext) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(ext)).findFirst();
    }

    public static Optional<Representation> byMediaType(MediaType type) {
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(type.getContentTypeStr())).findFirst();
    }

    /** "text/turtle, application/ld+json, ..." for a 406 message. */
    public static String available() {
        return String.join(", ", Arrays.stream(values()).map(Representation::mediaType).toList());
    }
}
