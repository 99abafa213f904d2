package org.sifara.server;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.sifara.config.Kind;
import org.sifara.server.html.ResourcePage;
import org.sifara.server.http.Negotiation;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferencing: {@code /id/<kind>/<slug>} answers 303 See Other to the document about the
 * resource in the form the client accepts, {@code /doc/<kind>/<slug>.<ext>}, which is served
 * directly. Unknown resources get 404 with one line.
 */
final class DocumentServlets {

    private static final Pattern PATH = Pattern.compile("([a-z]+)/([a-z0-9]+(?:-{1,2}[a-z0-9]+)*)(?:\\.([a-z]+))?");

    private DocumentServlets() {}

    /** A parsed {@code <kind>/<slug>[.<ext>]}. */
    record Target(Kind kind, String slug, String extension) {}

    static Optional<Target> parse(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Kind.fromSegment(m.group(1)).map(kind -> new Target(kind, m.group(2), m.group(3)));
    }

    static Optional<Representation> negotiate(HttpServletRequest req) {
        Optional<MediaType> chosen = Negotiation.choose(req.getHeader("Accept"), Representation.offers());
        return chosen.flatMap(Representation::byMediaType);
    }

    static void notAcceptable(HttpServletResponse resp) throws IOException {
        Responses.notAcceptable(resp, Representation.available());
    }

    /** {@code /id/*}: 303 to the document. */
    static final class Dereference extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final transient Publication pub;

        Dereference(Publication pub) {
            this.pub = pub;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Optional<Target> target = parse(subPath(req)).filter(t -> t.extension() == null);
            String iri = pub.base().value() + "id/" + subPath(req);
            if (target.isEmpty() || pub.document(target.get().kind(), target.get().slug()).isEmpty()) {
                Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing is known about <" + iri + ">.");
                return;
            }
            Optional<Representation> form = negotiate(req);
            if (form.isEmpty()) {
                notAcceptable(resp);
                return;
            }
            Target t = target.get();
            Serve.seeOther(resp, "/doc/" + t.kind().segment() + "/" + t.slug() + "." + form.get().extension());
        }
    }

    /** {@code /doc/*}: the document in the form its extension names (or 303 to one, by Accept). */
    static final class Document extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final transient Publication pub;

        Document(Publication pub) {
            this.pub = pub;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Optional<Target> target = parse(subPath(req));
            Optional<Graph> doc = target.flatMap(t -> pub.document(t.kind(), t.slug()));
            if (doc.isEmpty()) {
                Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No document at /doc/" + subPath(req) + ".");
                return;
            }
            Target t = target.get();
            String path = "doc/" + t.kind().segment() + "/" + t.slug();
            if (t.extension() == null) {
                Optional<Representation> form = negotiate(req);
                if (form.isEmpty()) {
                    notAcceptable(resp);
                } else {
                    Serve.seeOther(resp, "/" + path + "." + form.get().extension());
                }
                return;
            }
            Optional<Representation> form = Representation.byExtension(t.extension());
            if (form.isEmpty()) {
                Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No document at /doc/" + subPath(req)
                        + "; the forms are ." + String.join(", .", java.util.Arrays.stream(Representation.values())
                        .map(Representation::extension).toList()) + ".");
                return;
            }
            Download body = form.get() == Representation.HTML
                    ? pub.html(path, () -> new ResourcePage(doc.get(), pub.node("id/" + t.kind().segment() + "/" + t.slug()),
                            pub.labeler(), pub.base()).render(alternates("/" + path)))
                    : pub.rdf(path, doc.get(), form.get(), t.slug() + "." + form.get().extension());
            Serve.download(req, resp, body, pub.lastModified(), false, false);
        }
    }

    static List<ResourcePage.Alternate> alternates(String pathWithoutExtension) {
        return Representation.rdfForms().stream()
                .map(r -> new ResourcePage.Alternate(r.label(), r.mediaType(), pathWithoutExtension + "." + r.extension()))
                .toList();
    }
}
