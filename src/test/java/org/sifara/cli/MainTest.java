package org.sifara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, version, usage errors as one line with exit 2, convert. */
class MainTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code);
        assertTrue(r.out.contains("convert"), r.out);
    }

    @Test
    void versionNamesSifaraAndJena() {
        Run r = run("--version");
        assertEquals(0, r.code);
        assertTrue(r.out.matches("(?s)sifara \\S+ \\(Apache Jena 5\\.6\\.0.*"), r.out);
    }

    @Test
    void anUnknownOptionIsOneLineAndExitTwo() {
        Run r = run("--frobnicate");
        assertEquals(Main.EXIT_USAGE, r.code);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.startsWith("sifara: Unknown option: '--frobnicate'"), r.err);
    }

    @Test
    void anUnknownSubcommandOptionIsOneLineAndExitTwo() {
        Run r = run("convert", "--nope");
        assertEquals(Main.EXIT_USAGE, r.code);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.contains("see 'sifara convert --help'"), r.err);
    }

    @Test
    void aBadBaseIsAUsageError() {
        Run r = run("convert", "--base", "ftp://example.org/x");
        assertEquals(Main.EXIT_USAGE, r.code);
        assertEquals(1, r.err.lines().count(), r.err);
    }

    @Test
    void convertWritesEveryFormatAndSaysSo(@TempDir Path temp) {
        Path out = temp.resolve("out");
        Run r = run("convert", "--out", out.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.startsWith("Converted 1 article(s)"), r.out);
        for (String f : new String[] {"sifara.trig", "sifara.ttl", "sifara.nt", "sifara.jsonld", "sifara.rdf"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
    }

    @Test
    void aMissingDataFolderIsOneLineAndExitOne(@TempDir Path temp) {
        Run r = run("convert", "--data", temp.resolve("nope").toString(), "--out", temp.resolve("out").toString());
        assertEquals(Main.EXIT_DATA_ERROR, r.code);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.contains("the data folder does not exist"), r.err);
    }

    @Test
    void convertRefusesToReplaceAFolderItDidNotWrite(@TempDir Path temp) throws Exception {
        Path out = Files.createDirectory(temp.resolve("notes"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Run r = run("convert", "--out", out.toString());
        assertEquals(Main.EXIT_DATA_ERROR, r.code);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.contains("it holds keep.txt"), r.err);
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void convertRefusesTheDataFolderAndTheWorkingFolder() throws Exception {
        long before;
        try (var files = Files.walk(Path.of("data"))) {
            before = files.count();
        }
        for (String out : new String[] {"data", ".", ".."}) {
            Run r = run("convert", "--out", out);
            assertEquals(Main.EXIT_DATA_ERROR, r.code, out);
            assertTrue(r.err.startsWith("Refusing to replace " + out + ":"), r.err);
        }
        try (var files = Files.walk(Path.of("data"))) {
            assertEquals(before, files.count());
        }
    }

    @Test
    void convertReplacesItsOwnEarlierOutput(@TempDir Path temp) {
        Path out = temp.resolve("out");
        assertEquals(0, run("convert", "--out", out.toString()).code);
        Run again = run("convert", "--out", out.toString());
        assertEquals(0, again.code, again.err);
        assertTrue(Files.isRegularFile(out.resolve("sifara.ttl")));
    }
}
