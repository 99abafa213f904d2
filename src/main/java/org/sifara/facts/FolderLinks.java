package org.sifara.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses symbolic links that lead out of the data folder: converting them would publish whatever
 * file they name ({@code /etc/passwd} as an article) and make the output depend on files outside
 * the folder being converted. Links within the folder are fine; a link that leads nowhere is
 * left to the readers, which say the file is missing.
 */
public final class FolderLinks {

    private FolderLinks() {}

    public static void check(Path dataDir, Problems problems) {
        Path root;
        try {
            root = dataDir.toRealPath();
        } catch (IOException e) {
            return; // a missing data folder is reported by the converter
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isSymbolicLink).sorted().forEach(link -> {
                Path target = target(link);
                if (!target.startsWith(root)) {
                    problems.error(SourcePosition.startOf(dataDir.resolve(root.relativize(link).toString())),
                            "a symbolic link to " + target + ", outside the data folder; copy the file into the data folder instead");
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.error(SourcePosition.startOf(dataDir), "the data folder cannot be read: " + e.getMessage());
        }
    }

    /** Where a link leads: its real path, or, for a link to nothing, its target as written. */
    private static Path target(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException e) {
            try {
                return link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
            } catch (IOException unreadable) {
                return link;
            }
        }
    }
}
