package org.sifara.pages;

/**
 * One value as a page shows it: its text, the link it goes to (null for none), the language and
 * direction of the text (null when it has none), and a note in the page's language beside it
 * (a date, a role). The {@code value} partial writes it; every field is escaped there.
 */
public record Value(String text, String href, String lang, String dir, String note, boolean code) {

    public static Value text(String text) {
        return new Value(text, null, null, null, null, false);
    }

    public static Value link(String text, String href) {
        return new Value(text, href, null, null, null, false);
    }

    public Value withNote(String newNote) {
        return new Value(text, href, lang, dir, newNote == null || newNote.isEmpty() ? null : newNote, code);
    }

    public Value withText(String newText) {
        return new Value(newText, href, null, null, note, false);
    }
}
