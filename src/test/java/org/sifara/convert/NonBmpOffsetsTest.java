package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sifara.config.BaseIri;
import org.sifara.testing.Sparql;
import org.sifara.testing.TestData;

/** A whole conversion of a text with characters outside the Basic Multilingual Plane. */
class NonBmpOffsetsTest {

    @Test
    void positionSelectorsCountCodePoints() {
        Conversion c = new Converter(BaseIri.defaultBase()).convert(TestData.CASES.resolve("non-bmp/data"));
        Map<String, int[]> offsets = new HashMap<>();
        Sparql.select(c.dataset(), """
                SELECT ?exact ?start ?end WHERE { GRAPH ?g {
                  ?t oa:hasSelector ?qs, ?ps . ?qs oa:exact ?exact . ?ps oa:start ?start ; oa:end ?end } }""")
                .forEach(r -> offsets.put(r.getLiteral("exact").getString(),
                        new int[] {r.getLiteral("start").getInt(), r.getLiteral("end").getInt()}));
        // "𝐀 عنوان 😀\n" is 10 code points (12 chars); "😀😀 " 3 more.
        assertEquals(13, offsets.get("التقى أحمد علي سامي حسن يوم 5 مارس 2026")[0]);
        assertEquals(52, offsets.get("التقى أحمد علي سامي حسن يوم 5 مارس 2026")[1]);
        assertEquals(11, offsets.get("😀 التقى")[0]);
        assertEquals(18, offsets.get("😀 التقى")[1]);
    }
}
