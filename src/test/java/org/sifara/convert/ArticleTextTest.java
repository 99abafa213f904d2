package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Positions count Unicode code points, not Java chars. */
class ArticleTextTest {

    @Test
    void charactersOutsideTheBmpCountOnce() {
        ArticleText text = new ArticleText("𝐀 عنوان 😀\n😀😀 التقى أحمد");
        int charIndex = text.occurrences("التقى").get(0);
        ArticleText.Span span = text.spanAt(charIndex, "التقى");

        assertEquals(17, charIndex, "in chars: 𝐀 and each 😀 take two");
        assertEquals(13, span.start());
        assertEquals(18, span.end());
        assertEquals("التقى", text.slice(span.start(), span.end()));
    }

    @Test
    void contextIsThirtyTwoCodePointsOrWhatThereIs() {
        String before = "😀".repeat(40);
        ArticleText text = new ArticleText(before + "X" + "y".repeat(3));
        ArticleText.Span span = text.spanAt(text.occurrences("X").get(0), "X");

        assertEquals("😀".repeat(32), span.prefix());
        assertEquals("yyy", span.suffix());
        assertEquals(40, span.start());
    }

    @Test
    void findsOverlappingOccurrences() {
        assertEquals(List.of(0, 1, 2), new ArticleText("aaaa").occurrences("aa"));
    }
}
