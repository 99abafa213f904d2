package org.sifara.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sifara.convert.Converter;
import org.sifara.facts.ArticleReader;

/**
 * A data folder of N articles made from the seed: the registry files are shared as they are, and
 * each copy of the seed article gets its own folder ({@code <slug>-c00042}) in which every id the
 * article defines (its actors, events, agreements and claims, the {@code - id:} lines of
 * facts.yaml) and every reference to one gets the same suffix. References to the registry are
 * left alone, so all copies point at the same people, places and organisations.
 */
public final class SyntheticCorpus {

    private static final Pattern DEFINED_ID = Pattern.compile("(?m)^\\s*-\\s+id:\\s*([a-z0-9-]+)\\s*$");

    private SyntheticCorpus() {}

    /** Writes {@code articles} articles into the empty folder {@code target}. */
    public static void generate(Path seed, int articles, Path target) throws IOException {
        try (Stream<Path> top = Files.list(seed)) {
            for (Path file : top.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
        List<Path> folders;
        try (Stream<Path> list = Files.list(seed.resolve(Converter.ARTICLES_DIR))) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        for (int i = 0; i < articles; i++) {
            Path source = folders.get(i % folders.size());
            copy(source, target.resolve(Converter.ARTICLES_DIR), String.format(Locale.ROOT, "-c%05d", i + 1));
        }
    }

    private static void copy(Path article, Path articlesDir, String suffix) throws IOException {
        Path folder = Files.createDirectories(articlesDir.resolve(article.getFileName() + suffix));
        try (Stream<Path> files = Files.list(article)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals(ArticleReader.FACTS_FILE)) {
                    String facts = Files.readString(file, StandardCharsets.UTF_8);
                    Files.writeString(folder.resolve(ArticleReader.FACTS_FILE), renameIds(facts, suffix), StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, folder.resolve(file.getFileName().toString()));
                }
            }
        }
    }

    /** Every id the file defines, wherever it is written, with {@code suffix} appended. */
    static String renameIds(String facts, String suffix) {
        List<String> ids = new ArrayList<>();
        Matcher defined = DEFINED_ID.matcher(facts);
        while (defined.find()) {
            ids.add(Pattern.quote(defined.group(1)));
        }
        if (ids.isEmpty()) {
            return facts;
        }
        ids.sort(Comparator.comparingInt(String::length).reversed());
        Pattern any = Pattern.compile("(?<![a-z0-9-])(" + String.join("|", ids) + ")(?![a-z0-9-])");
        return any.matcher(facts).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + suffix));
    }

    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
