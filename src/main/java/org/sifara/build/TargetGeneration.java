package org.sifara.build;

import java.util.Optional;

import org.sifara.publish.StoreRecord;
import org.sifara.store.GenerationLock;
import org.sifara.store.StoreDirectory;
import org.sifara.store.Tdb2Store;

/**
 * The generation a build writes, chosen so that no server's generation is ever written: the
 * current one when no server has it open (updated in place, in one transaction); else another
 * generation no one uses (one build behind: it catches up from its own record), or a copy of the
 * current one; or, when everything must be converted, a new, empty generation loaded in bulk.
 */
final class TargetGeneration implements AutoCloseable {

    private final StoreDirectory dir;
    final Tdb2Store store;
    /** Empty and new: loaded in bulk, and thrown away if the build fails. */
    final boolean fresh;
    /** In words, for the report. */
    final String how;
    /** What the generation was built from, if a finished build recorded it. */
    final StoreRecord prior;

    private TargetGeneration(StoreDirectory dir, Tdb2Store store, boolean fresh, String how) {
        this.dir = dir;
        this.store = store;
        this.fresh = fresh;
        this.how = how;
        this.prior = fresh ? null : readable(store);
    }

    /** The record of a generation, or null if it has none this version can read (it is then rebuilt whole). */
    private static StoreRecord readable(Tdb2Store store) {
        try {
            return store.record().map(StoreRecord::read).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    String name() {
        return store.generation();
    }

    StoreDirectory directory() {
        return dir;
    }

    static TargetGeneration choose(StoreDirectory dir) {
        Optional<String> current = dir.current();
        for (String gen : dir.generations()) {
            if (!current.equals(Optional.of(gen)) && dir.isUnfinished(gen)) {
                dir.tryUse(gen).ifPresent(lock -> {
                    lock.close();
                    dir.delete(gen); // a bulk load that was killed
                });
            }
        }
        if (current.isEmpty()) {
            return fresh(dir);
        }
        Optional<GenerationLock> own = dir.tryUse(current.get());
        if (own.isPresent()) {
            return new TargetGeneration(dir, Tdb2Store.openTaken(dir, current.get(), own.get()), false, "in place");
        }
        for (String gen : dir.generations()) {
            if (gen.equals(current.get()) || !java.nio.file.Files.isDirectory(dir.database(gen))) {
                continue;
            }
            Optional<GenerationLock> lock = dir.tryUse(gen);
            if (lock.isPresent()) {
                return new TargetGeneration(dir, Tdb2Store.openTaken(dir, gen, lock.get()), false,
                        "in " + gen + ", as " + current.get() + " is being served");
            }
        }
        String copy = dir.newGeneration();
        GenerationLock lock = dir.tryUse(copy).orElseThrow();
        dir.copy(current.get(), copy);
        return new TargetGeneration(dir, Tdb2Store.openTaken(dir, copy, lock), false,
                "in " + copy + ", a copy of " + current.get() + ", which is being served");
    }

    static TargetGeneration fresh(StoreDirectory dir) {
        String gen = dir.newGeneration();
        GenerationLock lock = dir.tryUse(gen).orElseThrow();
        dir.markBuilding(gen, true);
        return new TargetGeneration(dir, Tdb2Store.openTaken(dir, gen, lock), true, "loaded afresh into " + gen);
    }

    /** Lets go of this generation and gives a new, empty one instead. */
    TargetGeneration freshInstead() {
        close();
        if (fresh) {
            dir.delete(name());
        }
        return fresh(dir);
    }

    /** The build failed: a new generation is thrown away; another is left as its last commit left it. */
    void discard() {
        close();
        if (fresh) {
            dir.delete(name());
        }
    }

    /** The build succeeded. */
    void finished() {
        if (fresh) {
            dir.markBuilding(name(), false);
        }
        close();
    }

    @Override
    public void close() {
        store.close();
    }
}
