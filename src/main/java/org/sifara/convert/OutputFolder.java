package org.sifara.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sifara.SifaraException;
import org.sifara.rdf.RdfForm;
import org.sifara.rdf.SortedWriter;

/**
 * The output folder of {@code sifara convert}: the dataset in every {@link RdfForm}, as
 * {@code sifara.<ext>}. It is replaced atomically: files go to a temporary folder beside it, which
 * takes its place only once every file is written; on any failure the previous content stays.
 */
public final class OutputFolder {

    private static final Set<String> OUTPUT_FILES = Arrays.stream(RdfForm.values())
            .map(RdfForm::datasetFile).collect(Collectors.toUnmodifiableSet());

    private final Path outDir;

    private OutputFolder(Path outDir) {
        this.outDir = outDir;
    }

    /** The folder, once checked that replacing it destroys nothing but an earlier output. */
    public static OutputFolder checked(Path outDir) {
        checkReplaceable(outDir);
        return new OutputFolder(outDir);
    }

    /**
     * Writes every form of {@code dataset} into the folder, replacing what was there only after all files are
     * written. On any failure the previous content of {@code outDir} is untouched.
     */
    public void replaceWith(DatasetGraph dataset, PrefixMap prefixes) {
        checkReplaceable(outDir);
        Map<RdfForm, byte[]> files = new SortedWriter(prefixes).writeAll(dataset);
        Path absolute = outDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path temp = parent.resolve("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
        Path old = parent.resolve("." + absolute.getFileName() + ".old-" + UUID.randomUUID());
        boolean movedAside = false;
        try {
            Files.createDirectories(parent);
            Files.createDirectory(temp);
            for (var file : files.entrySet()) {
                writeDurably(temp.resolve(file.getKey().datasetFile()), file.getValue());
            }
            if (Files.exists(absolute)) {
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
                movedAside = true;
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            if (movedAside) {
                restore(old, absolute);
            }
            deleteQuietly(temp);
            throw new SifaraException("Cannot write the dataset to " + outDir + ": " + e.getMessage(), e);
        }
        deleteQuietly(old);
    }

    /** Writes a file and forces it to disk, so a crash after the swap cannot leave it empty. */
    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Puts the previous output back where it was, after the new one could not take its place. */
    private static void restore(Path old, Path absolute) {
        try {
            Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SifaraException("Cannot put the previous output back: it is in " + old + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Refuses an output folder that replacing would destroy anything but an earlier output: a
     * file, a folder holding other files (such as the data folder), or the working folder or one
     * of its parents. A missing folder is fine.
     */
    static void checkReplaceable(Path outDir) {
        Path absolute = outDir.toAbsolutePath().normalize();
        if (absolute.getParent() == null || Path.of("").toAbsolutePath().normalize().startsWith(absolute)) {
            throw new SifaraException("Refusing to replace " + outDir
                    + ": it holds the working folder; choose an output folder of its own, such as out");
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new SifaraException("Refusing to replace " + outDir + ": it is not a folder");
        }
        try (Stream<Path> entries = Files.list(absolute)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(name -> !OUTPUT_FILES.contains(name))
                    .sorted().findFirst().ifPresent(name -> {
                        throw new SifaraException("Refusing to replace " + outDir + ": it holds " + name
                                + ", which convert did not write; choose an empty or new output folder");
                    });
        } catch (IOException e) {
            throw new SifaraException("Cannot read the output folder " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temporary folder does not touch the output
        }
    }
}
