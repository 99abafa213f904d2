package org.sifara.facts;

import java.nio.file.Path;

/** A place in a source file, 1-based, as editors and compilers show it: {@code file:line:column}. */
public record SourcePosition(Path file, int line, int column) {

    public static SourcePosition startOf(Path file) {
        return new SourcePosition(file, 1, 1);
    }

    /**
     * Where the {@code char} at {@code index} of a file's {@code text} is; columns count code
     * points, as the YAML reader's do.
     */
    public static SourcePosition in(Path file, String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, text.codePointCount(lineStart, index) + 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
