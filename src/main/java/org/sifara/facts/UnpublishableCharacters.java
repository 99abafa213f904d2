package org.sifara.facts;

import java.util.OptionalInt;

/**
 * Finds characters that no output can carry. RDF/XML is XML 1.0, whose characters exclude the
 * control characters other than tab and line breaks, U+FFFE, U+FFFF and halves of surrogate
 * pairs; a value with one of them cannot be written. YAML lets a curator type them as escapes
 * ({@code "\0"}, {@code "\x07"}, {@code "\uD800"}), and an article text may contain them.
 */
final class UnpublishableCharacters {

    private UnpublishableCharacters() {}

    /** The {@code char} index of the first such character in {@code text}, if any. */
    static OptionalInt find(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isXmlChar(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** "U+0007 (a control character)", for the character at {@code index}. */
    static String describe(String text, int index) {
        char c = text.charAt(index);
        String kind = Character.isSurrogate(c) ? "half of a surrogate pair" : c >= 0xFFFE ? "a non-character" : "a control character";
        return String.format("U+%04X (%s)", (int) c, kind);
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
