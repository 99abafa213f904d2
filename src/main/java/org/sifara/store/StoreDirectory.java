package org.sifara.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sifara.SifaraException;

/**
 * A Sifara store on disk, as {@code sifara build} writes it and {@code sifara serve --store} reads
 * it:
 * <pre>
 * STORE/
 *   CURRENT               the name of the generation to serve, replaced in one atomic rename
 *   build.lock            held by a running build
 *   gen-000007/           a generation: a TDB2 database (tdb2/) and its build record
 *     in-use.lock         held by whoever has the generation open: a server, or a build writing it
 *     BUILDING            present while a build loads it in bulk (outside a transaction)
 *   parts/                the download files' parts, named by content, shared by generations
 * </pre>
 * A build writes into a generation no one else uses (the current one when no server holds it,
 * else another), and a server watching the store switches to it when CURRENT names it.
 */
public final class StoreDirectory {

    public static final String CURRENT = "CURRENT";
    static final String BUILDING = "BUILDING";
    private static final Pattern GENERATION = Pattern.compile("gen-\\d{6}");

    private final Path dir;

    private StoreDirectory(Path dir) {
        this.dir = dir;
    }

    public static StoreDirectory at(Path dir) {
        return new StoreDirectory(dir.toAbsolutePath().normalize());
    }

    public Path path() {
        return dir;
    }

    /** The generation CURRENT names, if there is one. */
    public Optional<String> current() {
        Path file = dir.resolve(CURRENT);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(file, StandardCharsets.UTF_8).strip();
            return GENERATION.matcher(name).matches() && Files.isDirectory(dir.resolve(name)) ? Optional.of(name) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Every generation on disk, newest first. */
    public List<String> generations() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> GENERATION.matcher(n).matches())
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path generation(String name) {
        return dir.resolve(name);
    }

    /** The TDB2 database of a generation. */
    public Path database(String name) {
        return generation(name).resolve("tdb2");
    }

    /** Where the download parts are kept. */
    public Path parts() {
        return dir.resolve("parts");
    }

    /** A new, empty generation, numbered after every other. */
    public String newGeneration() {
        int next = generations().stream().mapToInt(n -> Integer.parseInt(n.substring(4))).max().orElse(0) + 1;
        String name = String.format("gen-%06d", next);
        try {
            Files.createDirectories(database(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    /** Makes {@code name} the generation to serve, in one atomic rename. */
    public void switchTo(String name) {
        try {
            // Under the build lock, one build at a time writes this file; readable by a server of another user.
            Path tmp = dir.resolve(".current.tmp");
            Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the store for a build; another build running is an error, said in one line. */
    public GenerationLock lockForBuild() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SifaraException("sifara: cannot create the store " + dir + ": " + e.getMessage());
        }
        return GenerationLock.tryTake(dir.resolve("build.lock")).orElseThrow(() ->
                new SifaraException("sifara: another build is writing the store " + dir + "; wait for it to end"));
    }

    /** Takes a generation for use if no one else has it open. */
    public Optional<GenerationLock> tryUse(String name) {
        return GenerationLock.tryTake(generation(name).resolve("in-use.lock"));
    }

    /** Takes a generation for use, waiting up to {@code wait} for a build that writes it to end. */
    public GenerationLock use(String name, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<GenerationLock> lock = tryUse(name);
            if (lock.isPresent()) {
                return lock.get();
            }
            if (System.nanoTime() > deadline) {
                throw new SifaraException("sifara: the store generation " + generation(name) + " is in use by another process "
                        + "(a build writing it, or another server: one process at a time may open a generation)");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SifaraException("sifara: interrupted while waiting for " + generation(name));
            }
        }
    }

    /** Whether a build left this generation half loaded (killed while loading it in bulk). */
    public boolean isUnfinished(String name) {
        return Files.exists(generation(name).resolve(BUILDING));
    }

    /** Marks a generation as being loaded in bulk, or no longer. */
    public void markBuilding(String name, boolean building) {
        Path marker = generation(name).resolve(BUILDING);
        try {
            if (building) {
                Files.writeString(marker, "a build is loading this generation; if no build runs, it was killed: delete it\n");
            } else {
                Files.deleteIfExists(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a generation (which no one may be using). */
    public void delete(String name) {
        deleteTree(generation(name));
    }

    /**
     * Copies a generation (its database and build records) into another, but not its locks: a
     * server reading it changes nothing, so it may go on serving it meanwhile.
     */
    public void copy(String from, String to) {
        Path source = generation(from);
        Path target = generation(to);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (!p.getFileName().toString().endsWith(".lock") && !p.getFileName().toString().equals(BUILDING)) {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
