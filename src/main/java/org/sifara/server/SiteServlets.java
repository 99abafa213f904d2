package org.sifara.server;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.sifara.convert.DatasetWriter;
import org.sifara.server.html.ResourcePage;
import org.sifara.server.pages.HomePage;
import org.sifara.server.pages.OntologyPage;
import org.sifara.server.http.Negotiation;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;
import org.sifara.server.http.Serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The home page, the ontology, the downloads, the dataset description, and the 404 backstop. */
final class SiteServlets {

    private SiteServlets() {}

    /** {@code /}: what the dataset is, with links to everything. */
    static final class Home extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final transient Publication pub;

        Home(Publication pub) {
            this.pub = pub;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Serve.download(req, resp, pub.html("home", () -> new HomePage(pub).render()), pub.lastModified(), false, false);
        }
    }

    /**
     * The vocabulary: {@code /ontology} answers 303 to {@code /ontology.<ext>} by Accept;
     * {@code /ontology/shapes} likewise for the SHACL shapes; a version IRI, {@code /ontology/0.1.0},
     * is that released version, frozen ({@link FrozenOntology}).
     */
    static final class Ontology extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final transient Publication pub;
        private final transient FrozenOntology frozen;

        Ontology(Publication pub) {
            this.pub = pub;
            this.frozen = new FrozenOntology(pub);
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
            if (FrozenOntology.handles(path)) {
                frozen.serve(req, resp, path);
                return;
            }
            if (path.equals("/ontology") || path.equals("/ontology/shapes")) {
                boolean shapes = path.endsWith("/shapes");
                Optional<Representation> form = DocumentServlets.negotiate(req)
                        .map(f -> shapes && f == Representation.HTML ? Representation.TURTLE : f);
                if (form.isEmpty()) {
                    DocumentServlets.notAcceptable(resp);
                } else {
                    Serve.seeOther(resp, (shapes ? "/ontology/shapes." : "/ontology.") + form.get().extension());
                }
                return;
            }
            boolean shapes = path.startsWith("/ontology/shapes.");
            String ext = path.substring(path.lastIndexOf('.') + 1);
            Optional<Representation> form = path.startsWith(shapes ? "/ontology/shapes." : "/ontology.")
                    ? Representation.byExtension(ext) : Optional.empty();
            if (form.isEmpty() || shapes && form.get() == Representation.HTML) {
                Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No document at " + path + ".");
                return;
            }
            Graph graph = shapes ? pub.shapes() : pub.ontology();
            String name = shapes ? "sifara-shapes" : "sifara";
            Download body = form.get() == Representation.HTML
                    ? pub.html("ontology", () -> new OntologyPage(pub, DocumentServlets.alternates("/ontology")).render())
                    : pub.rdf(name, graph, form.get(), name + "." + form.get().extension());
            Serve.download(req, resp, body, pub.lastModified(), false, false);
        }
    }

    /** {@code /download/sifara.<ext>}: the whole dataset. */
    static final class Downloads extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final transient Publication pub;

        Downloads(Publication pub) {
            this.pub = pub;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = subPath(req);
            for (DatasetWriter.Format format : DatasetWriter.Format.values()) {
                if (format.fileName().equals(name)) {
                    Serve.download(req, resp, pub.downloads().get(format), pub.lastModified(), true, false);
                    return;
                }
            }
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No download named '" + name
                    + "'; see the list on the home page.");
        }
    }

    /**
     * {@code /.well-known/void}: the VoID and DCAT description, by Accept, or in the form its
     * extension names ({@code /.well-known/void.ttl}); {@code /dataset}, the dataset's IRI, answers
     * 303 to it.
     */
    static final class VoidDocument extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final transient Publication pub;

        VoidDocument(Publication pub) {
            this.pub = pub;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String path = req.getServletPath();
            if (path.equals("/dataset")) {
                Serve.seeOther(resp, "/.well-known/void");
                return;
            }
            boolean negotiated = path.equals("/.well-known/void");
            Optional<Representation> form = negotiated ? DocumentServlets.negotiate(req)
                    : Representation.byExtension(path.substring(path.lastIndexOf('.') + 1));
            if (form.isEmpty()) {
                DocumentServlets.notAcceptable(resp);
                return;
            }
            Download body = form.get() == Representation.HTML
                    ? pub.html("void", () -> new ResourcePage(pub.voidGraph(), VoidDescription.datasetIri(pub.base()),
                            pub.labeler(), pub.base()).render(DocumentServlets.alternates("/.well-known/void")))
                    : pub.rdf("void", pub.voidGraph(), form.get(), "void." + form.get().extension());
            Serve.download(req, resp, body, pub.lastModified(), false, negotiated);
        }
    }

    /**
     * {@code /graph/...}: a named graph's IRI dereferences to its triples, by Accept. A graph is an
     * information resource, so it answers 200 itself, not 303.
     */
    static final class NamedGraph extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;
        private final transient Publication pub;

        NamedGraph(Publication pub) {
            this.pub = pub;
        }

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String path = "graph/" + subPath(req);
            if (!pub.hasNamedGraph(path)) {
                Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No named graph <" + pub.base().value() + path + ">.");
                return;
            }
            Optional<Representation> form = Negotiation.choose(req.getHeader("Accept"), Representation.rdfOffers())
                    .flatMap(Representation::byMediaType);
            if (form.isEmpty()) {
                Responses.notAcceptable(resp, Representation.available(Representation.rdfForms()));
                return;
            }
            Serve.download(req, resp, pub.namedGraph(path, form.get()), pub.lastModified(), false, true);
        }
    }

    /** Everything else: 404 with one line. */
    static final class NotFound extends ReadOnlyServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing here: " + req.getRequestURI());
        }
    }
}
