package org.sifara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sifara.cli.MainTest.Run;
import org.sifara.testing.TestData;

/**
 * What convert reads and says: never a file through a link out of the data folder, and a hundred
 * warnings with a count of the rest, not millions.
 */
class ConvertInputTest {

    static final String TEXT = "articles/2026-02-03-haftar-meets-sharif/article.ar.txt";

    @Test
    void aLinkOutOfTheDataFolderIsRefused(@TempDir Path temp) throws IOException {
        Path data = temp.resolve("data");
        TestData.copyTree(TestData.DATA, data);
        Path outside = Files.copy(data.resolve(TEXT), temp.resolve("elsewhere.txt"));
        Files.delete(data.resolve(TEXT));
        Files.createSymbolicLink(data.resolve(TEXT), outside);
        Run r = MainTest.run("convert", "--data", data.toString(), "--out", temp.resolve("out").toString());
        assertEquals(Main.EXIT_DATA_ERROR, r.code(), r.err());
        assertEquals(List.of(data.resolve(TEXT) + ":1:1: a symbolic link to " + outside
                + ", outside the data folder; copy the file into the data folder instead"), r.err().lines().toList());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aLinkWithinTheDataFolderIsFollowed(@TempDir Path temp) throws IOException {
        Path data = temp.resolve("data");
        TestData.copyTree(TestData.DATA, data);
        Files.move(data.resolve(TEXT), data.resolve("text.txt"));
        Files.createSymbolicLink(data.resolve(TEXT), Path.of("../../text.txt"));
        Run r = MainTest.run("convert", "--data", data.toString(), "--out", temp.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void warningsAreCappedWithACountOfTheRest(@TempDir Path temp) throws IOException {
        Path data = temp.resolve("data");
        TestData.copyTree(TestData.DATA, data);
        StringBuilder numbers = new StringBuilder("\n");
        for (int i = 0; i < 500; i++) {
            numbers.append(900_000 + i).append(' ');
        }
        Files.writeString(data.resolve(TEXT), Files.readString(data.resolve(TEXT)) + numbers.toString().strip() + "\n");
        Run r = MainTest.run("convert", "--data", data.toString(), "--out", temp.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(101, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("warning: " + data.resolve(TEXT) + ":")), r.err());
        assertTrue(lines.get(100).endsWith(": 400 more warnings, from here on, are not listed"), lines.get(100));
    }
}
