package org.sifara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sifara.testing.ExternalTool;

/**
 * The packaged jar, run as users run it ({@code java -jar target/sifara.jar}): a shaded jar that
 * lost Jena's META-INF/services would fail here, not in the unit tests.
 */
class JarIT {

    static Path jar;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("sifara.jar", "target/sifara.jar"));
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
    }

    static ExternalTool.Result java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return ExternalTool.run(command);
    }

    @Test
    void helpPrintsTheCommands() throws Exception {
        ExternalTool.Result r = java("--help");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("Usage: sifara"), r.stdout());
        assertTrue(r.stdout().contains("convert"), r.stdout());
    }

    @Test
    void versionPrintsTheBuildVersion() throws Exception {
        ExternalTool.Result r = java("--version");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("sifara 0."), r.stdout());
        assertTrue(r.stdout().contains("(Apache Jena 5.6.0, Java "), r.stdout());
    }

    @Test
    void anUnknownOptionExitsTwoWithOneLine() throws Exception {
        ExternalTool.Result r = java("--frobnicate");
        assertEquals(2, r.exitCode());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
    }

    @Test
    void theJarConvertsWithJenaFullyInitialised(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("out");
        ExternalTool.Result r = java("convert", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(RDFDataMgr.loadGraph(out.resolve("sifara.jsonld").toString()).size() > 2000,
                "JSON-LD written by the jar reads back");
        assertTrue(RDFDataMgr.loadDatasetGraph(out.resolve("sifara.trig").toString()).listGraphNodes().hasNext());
    }
}
