package org.sifara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Values in error messages stay on one line and are never cut inside a character. */
class OneLineTest {

    @Test
    void lineBreaksAreFlattened() {
        assertEquals("a b c d", OneLine.abbreviate("a\nb\r\nc\u2028d".replace("\r\n", "\n"), 80));
    }

    @Test
    void aCutFallsBetweenCodePoints() {
        String text = "x".repeat(56) + "\uD83D\uDE00".repeat(10);
        String cut = OneLine.abbreviate(text, 60);
        assertEquals(60, cut.codePointCount(0, cut.length()));
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 4)), "no half of a pair before the dots: " + cut);
        assertEquals("x".repeat(56) + "\uD83D\uDE00" + "...", cut);
    }

    @Test
    void shortValuesAreKept() {
        assertEquals("خليفة حفتر", OneLine.abbreviate("خليفة حفتر", 60));
    }
}
