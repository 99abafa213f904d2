package org.sifara.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.sifara.SifaraException;
import org.sifara.config.BaseIri;

/**
 * The saved queries, read from {@code queries/} as the build packs it (the classpath), in name
 * order. A broken query stops loading with {@code queries/<file>:<line>: problem}.
 */
public final class QueryCatalogue {

    static final String FOLDER = "queries";

    private final Map<String, SavedQuery> queries;

    private QueryCatalogue(Map<String, SavedQuery> queries) {
        this.queries = queries;
    }

    public static QueryCatalogue load(BaseIri base) {
        Map<String, SavedQuery> queries = new LinkedHashMap<>();
        for (String file : listFiles()) {
            String name = file.substring(0, file.length() - ".rq".length());
            queries.put(name, SavedQuery.parse(FOLDER + "/" + file, name, read(FOLDER + "/" + file), base));
        }
        return new QueryCatalogue(queries);
    }

    public List<SavedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<SavedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    private static String read(String resource) {
        try (InputStream in = QueryCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SifaraException(resource + ": missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The .rq file names in the classpath folder, from a directory or from the jar. */
    static List<String> listFiles() {
        URL url = QueryCatalogue.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        try {
            if (url.getProtocol().equals("jar")) {
                JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(FOLDER + "/") && entry.endsWith(".rq") && entry.indexOf('/', FOLDER.length() + 1) < 0) {
                        names.add(entry.substring(FOLDER.length() + 1));
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new SifaraException("Cannot list " + url + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(names);
    }
}
