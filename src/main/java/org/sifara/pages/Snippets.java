package org.sifara.pages;

/**
 * The words around a quote, cut at word boundaries: the context a selector keeps is a fixed
 * number of characters, so its outer words are usually cut in half ({@code …زيز التعاون}); those
 * partial words are dropped, and line breaks become spaces.
 */
public final class Snippets {

    private Snippets() {}

    /** The text before a quote, from its first whole word. */
    public static String before(String prefix) {
        String flat = prefix.replaceAll("\\s+", " ");
        if (flat.isEmpty() || Character.isWhitespace(prefix.charAt(0))) {
            return flat.strip();
        }
        int space = flat.indexOf(' ');
        return space < 0 ? "" : flat.substring(space + 1);
    }

    /** The text after a quote, up to its last whole word. */
    public static String after(String suffix) {
        String flat = suffix.replaceAll("\\s+", " ");
        if (flat.isEmpty() || Character.isWhitespace(suffix.charAt(suffix.length() - 1))) {
            return flat.stripTrailing();
        }
        int space = flat.lastIndexOf(' ');
        return space < 0 ? "" : flat.substring(0, space);
    }
}
