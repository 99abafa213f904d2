package org.sifara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The arrows between packages point one way, along the data's path: facts -> convert -> publish
 * -> pages -> server, with config, rdf, vocab, store and query beside them, and cli on top. Read
 * from the sources themselves: every mention of {@code org.sifara.<package>.<Class>} in a main
 * source file, imports and qualified names alike, must be to a package its own may use.
 * {@code mvn test -Dtest=LayeringTest} checks it; a failure names the file and the arrow.
 */
class LayeringTest {

    static final Path MAIN = Path.of("src/main/java/org/sifara");

    /** What each package may use, besides itself and the root ({@code SifaraException}, {@code OneLine}). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("", Set.of()),
            Map.entry("config", Set.of()),
            Map.entry("rdf", Set.of()),
            Map.entry("vocab", Set.of("config")),
            Map.entry("facts", Set.of("config", "vocab")),
            Map.entry("convert", Set.of("config", "rdf", "vocab", "facts", "store")),
            Map.entry("store", Set.of("config")),
            Map.entry("query", Set.of("config", "rdf", "vocab", "store")),
            Map.entry("remote", Set.of("config", "rdf", "vocab", "store", "publish")),
            Map.entry("publish", Set.of("config", "rdf", "vocab", "facts", "convert", "store", "query")),
            Map.entry("build", Set.of("config", "rdf", "vocab", "facts", "convert", "store", "publish")),
            Map.entry("pages", Set.of("config", "rdf", "vocab", "facts", "publish", "query")),
            Map.entry("server.http", Set.of("config", "rdf", "publish", "query", "store")),
            Map.entry("server", Set.of("config", "rdf", "vocab", "facts", "store", "query", "publish", "pages", "server.http")),
            Map.entry("cli", Set.of("config", "rdf", "vocab", "facts", "convert", "store", "query", "publish", "build", "pages",
                    "server", "server.http", "remote")));

    private static final Pattern MENTION = Pattern.compile("org\\.sifara\\.((?:[a-z]+\\.)*)[A-Z]");

    @Test
    void everyArrowPointsDownTheLayers() throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, Set<String>> seen = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = packageOf(file);
                assertTrue(ALLOWED.containsKey(pkg), "a package the layering does not know: '" + pkg + "' (" + file
                        + "); add it to LayeringTest.ALLOWED with the packages it may use");
                String text = Files.readString(file).replaceFirst("(?m)^package .*;$", "");
                Matcher m = MENTION.matcher(text);
                while (m.find()) {
                    String used = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
                    seen.computeIfAbsent(pkg, k -> new TreeSet<>()).add(used);
                    if (!used.equals(pkg) && !used.isEmpty() && !ALLOWED.get(pkg).contains(used)) {
                        wrong.add(MAIN.relativize(file) + ": " + name(pkg) + " -> " + name(used));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().toList(), "arrows against the layering; what each package uses: " + seen);
        assertTrue(seen.getOrDefault("server", Set.of()).contains("publish"), "the test reads the sources: " + seen);
    }

    @Test
    void nothingButTheCommandLineUsesIt() throws IOException {
        ALLOWED.forEach((pkg, uses) -> assertTrue(pkg.equals("cli") || !uses.contains("cli"), name(pkg) + " may not use cli"));
        everyArrowPointsDownTheLayers();
    }

    private static String packageOf(Path file) {
        Path dir = MAIN.relativize(file).getParent();
        return dir == null ? "" : dir.toString().replace(java.io.File.separatorChar, '.');
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "org.sifara" : pkg;
    }
}
