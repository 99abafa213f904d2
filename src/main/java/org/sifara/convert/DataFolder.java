package org.sifara.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/** Facts about the data folder itself. */
public final class DataFolder {

    private DataFolder() {}

    /** When any source file last changed: the dataset's Last-Modified. */
    public static Instant lastModified(Path dataDir) {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).map(DataFolder::modified).max(Instant::compareTo).orElse(Instant.EPOCH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
