package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.testing.ExternalTool;
import org.sifara.testing.TestServer;

/**
 * Comunica, a JavaScript SPARQL engine that shares no code with Jena, queries the endpoint,
 * dereferences an IRI (following the 303), and reads the Turtle dump. .ci/run installs it with
 * npm into ~/.cache/sifara-comunica.
 */
class ComunicaTest {

    static final Path COMUNICA = Path.of(System.getProperty("user.home"), ".cache", "sifara-comunica", "node_modules", ".bin",
            "comunica-sparql");
    @RegisterExtension
    static final TestServer server = TestServer.seed();

    static boolean installed() {
        boolean present = new File(COMUNICA.toString()).canExecute();
        if (!present) {
            ExternalTool.reportSkipped(COMUNICA.toString(), "Comunica queries and dereferences Sifara");
        }
        return present;
    }

    static String comunica(String source, String query) throws Exception {
        ExternalTool.Result r = ExternalTool.run(List.of(COMUNICA.toString(), source, query));
        assertEquals(0, r.exitCode(), r.stderr());
        return r.stdout();
    }

    @Test
    void queriesTheEndpoint() throws Exception {
        assumeTrue(installed(), "Comunica is not installed");
        String out = comunica("sparql@" + server.url("/sparql"),
                "SELECT ?p WHERE { <https://w3id.org/sifara/id/person/ishaq-dar> ^<http://www.w3.org/ns/org#member>/<https://w3id.org/sifara/ontology#post> ?p }");
        assertTrue(out.contains("https://w3id.org/sifara/id/post/deputy-prime-minister-of-pakistan"), out);
        assertTrue(out.contains("https://w3id.org/sifara/id/post/foreign-minister-of-pakistan"), out);
    }

    @Test
    void dereferencesAnIriAndReadsTheDump() throws Exception {
        assumeTrue(installed(), "Comunica is not installed");
        String labels = comunica(server.url("/id/person/khalifa-haftar"),
                "SELECT ?l WHERE { <https://w3id.org/sifara/id/person/khalifa-haftar> <http://www.w3.org/2000/01/rdf-schema#label> ?l }");
        assertTrue(labels.contains("Khalifa Haftar") && labels.contains("خليفة حفتر"), labels);
        String count = comunica(server.url("/download/sifara.ttl"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertTrue(count.matches("(?s).*\"\\\\\"(\\d{4,})\\\\\"\\^\\^.*"), count);
    }
}
