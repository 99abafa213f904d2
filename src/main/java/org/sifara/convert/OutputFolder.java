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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sifara.SifaraException;
import org.sifara.rdf.RdfForm;
import org.sifara.rdf.SortedWriter;

/**
 * The output folder, replaced in one step. {@code --out} is a symbolic link to a folder beside it,
 * {@code .<name>.v-<uuid>}; a run writes every file into a new such folder, makes a new link to it
 * and renames that link over {@code --out}. A rename is atomic, so whoever reads {@code --out},
 * and whenever a run is killed, finds the whole previous output or the whole new one, never none
 * and never a mix. The previous folder is then deleted, and so is anything an interrupted run left
 * beside the output ({@code .<name>.tmp-}, {@code .old-}, {@code .link-} and unlinked
 * {@code .v-} folders), but only once a new output is about to be written: a run that fails
 * deletes nothing. An output written as a plain folder by an earlier version is turned into a
 * link the first time (that one swap takes two renames).
 */
public final class OutputFolder {

    /** The files a run writes: the dataset in every {@link RdfForm}. */
    private static final Set<String> OUTPUT_FILES = Arrays.stream(RdfForm.values())
            .map(RdfForm::datasetFile).collect(Collectors.toUnmodifiableSet());

    private final Path given;
    private final Path out;
    private final Path parent;
    private final String name;
    private final Set<String> outputFiles;
    /** The folders and links a run makes beside the output: {@code .<name>.<kind>-<uuid>}. */
    private final Pattern ours;

    private OutputFolder(Path out, Set<String> outputFiles) {
        this.given = out;
        this.out = out.toAbsolutePath().normalize();
        this.parent = this.out.getParent();
        this.name = this.out.getFileName() == null ? "" : this.out.getFileName().toString();
        this.outputFiles = outputFiles;
        this.ours = Pattern.compile(Pattern.quote("." + name + ".")
                + "(tmp|old|link|v)-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    }

    /**
     * The output folder {@code out}, once checked: replacing it destroys nothing but an earlier
     * output, and it is not inside the data folder. Checked before any work is done.
     */
    public static OutputFolder checked(Path out, Path data) {
        OutputFolder folder = new OutputFolder(out, OUTPUT_FILES);
        folder.checkReplaceable(out);
        folder.checkOutside(out, data);
        return folder;
    }

    /**
     * Writes every form of {@code dataset} (sorted, fixed prefixes) as the new output, replacing the
     * old one in one atomic step once every file is written. On any failure the previous output is
     * untouched.
     */
    public void replaceWith(DatasetGraph dataset, PrefixMap prefixes) {
        checkReplaceable(given);
        Map<String, byte[]> files = new LinkedHashMap<>();
        new SortedWriter(prefixes).writeAll(dataset).forEach((form, bytes) -> files.put(form.datasetFile(), bytes));
        try {
            replace(files);
        } catch (IOException | UncheckedIOException e) {
            throw new SifaraException("Cannot write the dataset to " + given + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code files} (name to bytes) as the new output, replacing the old one in one rename. */
    private void replace(Map<String, byte[]> files) throws IOException {
        Files.createDirectories(parent);
        Path previous = currentVersion();
        removeLeftovers(previous);
        Path version = sibling("v");
        Path link = sibling("link");
        Path movedAside = null;
        try {
            Files.createDirectory(version);
            for (var file : files.entrySet()) {
                writeDurably(version.resolve(file.getKey()), file.getValue());
            }
            Files.createSymbolicLink(link, version.getFileName());
            if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                // An output of an earlier version, a plain folder: a rename cannot replace a folder by a link.
                movedAside = sibling("old");
                Files.move(out, movedAside, StandardCopyOption.ATOMIC_MOVE);
                previous = movedAside;
            }
            Files.move(link, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (movedAside != null && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(movedAside, out, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteQuietly(link);
            if (!version.equals(currentVersion())) {
                deleteQuietly(version);
            }
            throw e;
        }
        if (previous != null) {
            deleteQuietly(previous);
        }
    }

    /** The folder {@code --out} links to, if it is one of ours. */
    private Path currentVersion() throws IOException {
        if (!Files.isSymbolicLink(out)) {
            return null;
        }
        Path target = Files.readSymbolicLink(out);
        var m = ours.matcher(target.toString());
        return target.getParent() == null && m.matches() && m.group(1).equals("v") ? parent.resolve(target) : null;
    }

    private void removeLeftovers(Path keep) throws IOException {
        try (Stream<Path> beside = Files.list(parent)) {
            for (Path p : beside.toList()) {
                if (ours.matcher(p.getFileName().toString()).matches() && !p.equals(keep)) {
                    deleteQuietly(p);
                }
            }
        }
    }

    private Path sibling(String kind) {
        return parent.resolve("." + name + "." + kind + "-" + UUID.randomUUID());
    }

    /**
     * Refuses an output that replacing would destroy anything but an earlier output: a file, a
     * folder holding other files (such as the data folder), a link convert did not make, or the
     * working folder or one of its parents. A missing folder is fine.
     */
    private void checkReplaceable(Path given) {
        if (parent == null || Path.of("").toAbsolutePath().normalize().startsWith(out)) {
            throw new SifaraException("Refusing to replace " + given
                    + ": it holds the working folder; choose an output folder of its own, such as out");
        }
        try {
            if (Files.isSymbolicLink(out)) {
                if (currentVersion() == null) {
                    throw new SifaraException("Refusing to replace " + given + ": it is a symbolic link convert did not make");
                }
                return;
            }
        } catch (IOException e) {
            throw new SifaraException("Cannot read the link " + given + ": " + e.getMessage(), e);
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new SifaraException("Refusing to replace " + given + ": it is not a folder");
        }
        try (Stream<Path> entries = Files.list(out)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(file -> !outputFiles.contains(file))
                    .sorted().findFirst().ifPresent(file -> {
                        throw new SifaraException("Refusing to replace " + given + ": it holds " + file
                                + ", which convert did not write; choose an empty or new output folder");
                    });
        } catch (IOException e) {
            throw new SifaraException("Cannot read the output folder " + given + ": " + e.getMessage(), e);
        }
    }

    /** Refuses an output inside the data folder: the next run would read it as data. */
    private void checkOutside(Path givenOut, Path data) {
        Path realData = real(data.toAbsolutePath().normalize());
        if (real(out).startsWith(realData)) {
            throw new SifaraException("Refusing to write into " + givenOut + ": it is inside the data folder " + data
                    + ", where the next run would read it; choose an output folder outside it, such as out");
        }
    }

    /** The path with every link in its existing part resolved (a missing tail is kept as written). */
    private static Path real(Path absolute) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void deleteQuietly(Path path) {
        try {
            if (Files.isSymbolicLink(path) || !Files.exists(path)) {
                Files.deleteIfExists(path);
                return;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: the next run removes what is left
        }
    }
}
