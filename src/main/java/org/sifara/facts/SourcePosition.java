package org.sifara.facts;

import java.nio.file.Path;

/** A place in a source file, 1-based, as editors and compilers show it: {@code file:line:column}. */
public record SourcePosition(Path file, int line, int column) {

    public static SourcePosition startOf(Path file) {
        return new SourcePosition(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
