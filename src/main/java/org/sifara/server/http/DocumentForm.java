package org.sifara.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaType;
import org.sifara.rdf.RdfForm;

/**
 * A form a document is served in: one of the graph {@link RdfForm}s, or the HTML page for people.
 * The order is the server's preference on a tie: RDF first, HTML last, so that {@code *}{@code /*}
 * (curl) gets Turtle and browsers, which name {@code text/html}, get the page.
 */
public record DocumentForm(RdfForm rdf) {

    public static final DocumentForm HTML = new DocumentForm(null);

    public boolean isHtml() {
        return rdf == null;
    }

    public String extension() {
        return isHtml() ? "html" : rdf.extension();
    }

    public String mediaType() {
        return isHtml() ? "text/html" : rdf.mediaType();
    }

    /** Every form, in the order of preference. */
    public static List<DocumentForm> all() {
        List<DocumentForm> forms = new ArrayList<>();
        RdfForm.graphForms().forEach(f -> forms.add(new DocumentForm(f)));
        forms.add(HTML);
        return forms;
    }

    public static Optional<DocumentForm> byExtension(String extension) {
        return all().stream().filter(f -> f.extension().equals(extension)).findFirst();
    }

    /** The form the Accept header asks for, if any fits (else 406). */
    public static Optional<DocumentForm> negotiate(String acceptHeader) {
        return Negotiation.choose(acceptHeader, all().stream().map(f -> MediaType.create(f.mediaType())).toList())
                .flatMap(m -> all().stream().filter(f -> f.mediaType().equals(m.getContentTypeStr())).findFirst());
    }

    /** The graph form the Accept header asks for, if any fits; HTML is not offered. */
    public static Optional<RdfForm> negotiateRdf(String acceptHeader) {
        return Negotiation.choose(acceptHeader, RdfForm.graphForms().stream().map(f -> MediaType.create(f.mediaType())).toList())
                .flatMap(m -> RdfForm.byMediaType(m.getContentTypeStr()));
    }

    /** "text/turtle, application/ld+json, ..., text/html", for a 406 message. */
    public static String available() {
        return String.join(", ", all().stream().map(DocumentForm::mediaType).toList());
    }

    /** The graph forms' media types, for a 406 message where HTML is not offered. */
    public static String availableRdf() {
        return String.join(", ", RdfForm.graphForms().stream().map(RdfForm::mediaType).toList());
    }
}
