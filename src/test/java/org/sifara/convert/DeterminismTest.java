package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sifara.config.BaseIri;
import org.sifara.config.ConvertConfig;
import org.sifara.testing.TestData;

/** Converting twice gives byte-identical files, in every format. */
class DeterminismTest {

    @Test
    void twoConversionsWriteTheSameBytes(@TempDir Path temp) {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Converter.run(new ConvertConfig(TestData.DATA, first, BaseIri.defaultBase()));
        Converter.run(new ConvertConfig(TestData.DATA, second, BaseIri.defaultBase()));

        Map<String, byte[]> a = TestData.snapshot(first);
        Map<String, byte[]> b = TestData.snapshot(second);
        assertEquals(5, a.size(), "TriG, Turtle, N-Triples, JSON-LD, RDF/XML: " + a.keySet());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((file, bytes) -> assertArrayEquals(bytes, b.get(file), file + " differs between runs"));
    }
}
