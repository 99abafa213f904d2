package org.sifara.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.sifara.publish.DownloadParts;
import org.sifara.publish.StoreRecord;
import org.sifara.store.GenerationLock;
import org.sifara.store.StoreDirectory;

/**
 * What a finished build tidies in a store: generations no one uses beyond the current and the
 * previous one (which a server may still serve, and which the next build will catch up), download
 * parts no kept generation names, and record files the database no longer names.
 */
final class Housekeeping {

    private Housekeeping() {}

    /** Deletes the generations no one uses but the two newest kept, and the parts none of those kept names. */
    static void collectGarbage(StoreDirectory dir, String target, String previous) {
        Set<String> hashes = new HashSet<>();
        for (String gen : dir.generations()) {
            boolean keep = gen.equals(target) || gen.equals(previous);
            if (!keep) {
                Optional<GenerationLock> lock = dir.tryUse(gen);
                if (lock.isPresent()) {
                    lock.get().close();
                    dir.delete(gen);
                    continue;
                }
            }
            hashes.addAll(partsOf(dir, gen));
        }
        DownloadParts.keepOnly(dir.parts(), hashes);
    }

    private static Set<String> partsOf(StoreDirectory dir, String gen) {
        Set<String> hashes = new HashSet<>();
        try (var files = Files.list(dir.generation(gen))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("record-")).toList()) {
                StoreRecord.read(f).graphs().forEach(g -> hashes.add(g.parts().hash()));
            }
        } catch (IOException | RuntimeException e) {
            // A generation whose record cannot be read keeps nothing alive.
        }
        return hashes;
    }

    static void deleteOtherRecords(Path record) {
        try (var files = Files.list(record.getParent())) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("record-") && !p.equals(record)).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // an old record left behind is harmless: the database names the current one
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more to do
        }
    }

}
