package org.sifara.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sifara.config.BaseIri;
import org.sifara.convert.Conversion;
import org.sifara.convert.Converter;
import org.sifara.testing.TestData;

/** The benchmark's synthetic corpus is valid data: copies of the seed convert, each with its own ids. */
class SyntheticCorpusTest {

    @Test
    void threeCopiesOfTheSeedConvertWithThreeTimesItsFacts(@TempDir Path dir) throws Exception {
        SyntheticCorpus.generate(TestData.DATA, 3, dir);
        Conversion seed = TestData.seed();
        Conversion copies = new Converter(BaseIri.defaultBase()).convert(dir);
        assertEquals(3, copies.articles());
        assertEquals(3 * seed.facts(), copies.facts());
    }

    @Test
    void idsAndTheirReferencesGetTheSuffixButRegistryIdsDoNot() {
        String facts = """
                events:
                  - id: visit
                    place: pakistan
                  - id: meeting
                    part-of: visit
                """;
        assertEquals("""
                events:
                  - id: visit-c00001
                    place: pakistan
                  - id: meeting-c00001
                    part-of: visit-c00001
                """, SyntheticCorpus.renameIds(facts, "-c00001"));
    }
}
