package org.sifara.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.sifara.config.BaseIri;
import org.sifara.config.BuildInfo;
import org.sifara.facts.RegistryReader;
import org.sifara.vocab.OntologyFiles;

/**
 * The content hashes a build compares with those it recorded: an article's folder (every file in
 * it, by name and bytes), the registry ({@code entities.yaml} and {@code verified-links.yaml}),
 * and what every article's conversion depends on beyond that (the ontology, the shapes, the base
 * and the version of Sifara). Contents, not file times: a copied or touched file is not a change
 * (file times only spare reading a folder whose files all look as they did when it was hashed).
 */
final class SourceHashes {

    /** Raised whenever the conversion's output changes for the same input, to rebuild every store. */
    static final String CONVERSION_FORMAT = "1";

    private SourceHashes() {}

    static String article(Path folder) {
        MessageDigest d = digest();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                d.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                d.update(Files.readAllBytes(f));
                d.update((byte) 0);
            }
        } catch (IOException e) {
            // An unreadable folder changed: the conversion will say what is wrong with it.
            d.update(("unreadable " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
        return hex(d);
    }

    /**
     * What the folder's files look like from outside (names, sizes, modification times), to tell
     * without reading them that they did not change since their content was hashed, as git does;
     * empty when a file changed less than two seconds before {@code now}, as a write within the
     * same tick could then leave the same stamp.
     */
    static String stamp(Path folder, long now) {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                long modified = Files.getLastModifiedTime(f).toMillis();
                if (modified > now - 2000) {
                    return "";
                }
                b.append(f.getFileName()).append(':').append(Files.size(f)).append(':').append(modified).append('/');
            }
        } catch (IOException e) {
            return "";
        }
        return hex(digestOf(b.toString()));
    }

    private static MessageDigest digestOf(String text) {
        MessageDigest d = digest();
        d.update(text.getBytes(StandardCharsets.UTF_8));
        return d;
    }

    static String registry(Path dataDir) {
        MessageDigest d = digest();
        for (String name : List.of(RegistryReader.ENTITIES_FILE, RegistryReader.VERIFIED_LINKS_FILE)) {
            Path f = dataDir.resolve(name);
            d.update(name.getBytes(StandardCharsets.UTF_8));
            try {
                d.update(Files.isRegularFile(f) ? Files.readAllBytes(f) : new byte[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hex(d);
    }

    static String shared(BaseIri base) {
        MessageDigest d = digest();
        d.update((base.value() + "\n" + BuildInfo.version() + "\n" + CONVERSION_FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
        for (String resource : List.of(OntologyFiles.ONTOLOGY, OntologyFiles.SHAPES)) {
            try (InputStream in = SourceHashes.class.getClassLoader().getResourceAsStream(resource)) {
                d.update(in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hex(d);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest(), 0, 16);
    }
}
