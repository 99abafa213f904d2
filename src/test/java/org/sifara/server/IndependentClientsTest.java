package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.testing.ExternalTool;
import org.sifara.testing.TestServer;

/**
 * Clients that share no code with Jena: Python's rdflib dereferences a person's IRI with its own
 * default Accept header, follows the 303, and reads a non-empty graph; and it queries the endpoint.
 */
class IndependentClientsTest {

    static final String PYTHON = "/usr/bin/python3";
    @RegisterExtension
    static final TestServer server = TestServer.seed();

    static boolean rdflib() throws Exception {
        boolean present = ExternalTool.installed("python3") && new java.io.File(PYTHON).canExecute()
                && ExternalTool.run(List.of(PYTHON, "-c", "import rdflib")).exitCode() == 0;
        if (!present) {
            ExternalTool.reportSkipped("python3-rdflib", "rdflib dereferences and queries Sifara");
        }
        return present;
    }

    @Test
    void rdflibDereferencesAPersonWithItsDefaultAccept() throws Exception {
        assumeTrue(rdflib(), "python3-rdflib is not installed");
        String script = """
                import sys, rdflib
                g = rdflib.Graph()
                g.parse(sys.argv[1])
                me = rdflib.URIRef("https://w3id.org/sifara/id/person/khalifa-haftar")
                labels = sorted(str(o) for o in g.objects(me, rdflib.RDFS.label))
                print(len(g)); print("|".join(labels))
                """;
        ExternalTool.Result r = ExternalTool.run(List.of(PYTHON, "-c", script, server.url("/id/person/khalifa-haftar")));
        assertEquals(0, r.exitCode(), r.stderr());
        String[] lines = r.stdout().strip().split("\n");
        assertTrue(Integer.parseInt(lines[0]) > 20, "a real graph: " + r.stdout());
        assertEquals("Khalifa Haftar|خليفة حفتر", lines[1]);
    }

    @Test
    void rdflibQueriesTheEndpoint() throws Exception {
        assumeTrue(rdflib(), "python3-rdflib is not installed");
        String script = """
                import sys
                from rdflib.plugins.stores.sparqlstore import SPARQLStore
                store = SPARQLStore(sys.argv[1], returnFormat="json")
                rows = list(store.query("SELECT ?p WHERE { <https://w3id.org/sifara/id/person/ishaq-dar> ^<http://www.w3.org/ns/org#member>/<https://w3id.org/sifara/ontology#post> ?p } ORDER BY ?p"))
                print(len(rows)); print(rows[0][0])
                """;
        ExternalTool.Result r = ExternalTool.run(List.of(PYTHON, "-c", script, server.url("/sparql")));
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("2\nhttps://w3id.org/sifara/id/post/deputy-prime-minister-of-pakistan"), r.stdout());
    }
}
