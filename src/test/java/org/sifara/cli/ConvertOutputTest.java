package org.sifara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sifara.cli.MainTest.Run;
import org.sifara.testing.TestData;

/**
 * Where convert writes: the output is switched in one rename, nothing an earlier run left beside
 * it survives, and nothing is ever written into the data folder.
 */
class ConvertOutputTest {

    static List<String> beside(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theOutputIsALinkSwitchedInOneRename(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, MainTest.run("convert", "--out", out.toString()).code());
        assertTrue(Files.isSymbolicLink(out), "--out is a link, so that one rename replaces it");
        Path first = Files.readSymbolicLink(out);
        Run again = MainTest.run("convert", "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        Path second = Files.readSymbolicLink(out);
        assertFalse(first.equals(second), "a new folder each run");
        assertEquals(List.of(second.toString(), "out"), beside(temp), "the previous folder is gone");
        assertTrue(Files.isRegularFile(out.resolve("sifara.ttl")));
    }

    @Test
    void whatEarlierRunsLeftIsRemoved(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        for (String kind : List.of("tmp", "old")) {
            Path leftover = Files.createDirectories(temp.resolve(".out." + kind + "-" + UUID.randomUUID()));
            Files.writeString(leftover.resolve("sifara.ttl"), "half");
        }
        Files.createDirectories(temp.resolve(".out.notes"));
        assertEquals(0, MainTest.run("convert", "--out", out.toString()).code());
        assertEquals(List.of(".out.notes", Files.readSymbolicLink(out).toString(), "out"), beside(temp),
                "leftovers removed; a folder convert did not make is kept");
    }

    @Test
    void anOutputWrittenAsAPlainFolderIsReplaced(@TempDir Path temp) throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("sifara.ttl"), "old");
        assertEquals(0, MainTest.run("convert", "--out", out.toString()).code());
        assertTrue(Files.isSymbolicLink(out));
        assertFalse(Files.readString(out.resolve("sifara.ttl")).equals("old"));
        assertEquals(2, beside(temp).size(), "the old folder is gone: " + beside(temp));
    }

    @Test
    void anOutputInsideTheDataFolderIsRefused(@TempDir Path temp) throws IOException {
        Path data = temp.resolve("data");
        TestData.copyTree(TestData.DATA, data);
        for (Path out : List.of(data.resolve("articles/x"), data.resolve("out"))) {
            Run r = MainTest.run("convert", "--data", data.toString(), "--out", out.toString());
            assertEquals(Main.EXIT_DATA_ERROR, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("inside the data folder"), r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
        assertEquals(List.of("data"), beside(temp));
    }
}
