package org.sifara.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sifara.config.Kind;
import org.sifara.convert.Category;
import org.sifara.convert.IdIndex;
import org.sifara.convert.Minter;
import org.sifara.facts.Labels;
import org.sifara.facts.SourcePosition;

/**
 * What a build recorded about one article: the hash of its folder (and its {@link SourceHashes#stamp},
 * to know it unchanged without reading it), the other articles whose ids it
 * uses (it is rebuilt when one of them changes), its fact count, and the ids it declares, so that
 * the next build can index every id without reading the articles that did not change.
 */
record ArticleEntry(String slug, String hash, String stamp, Set<String> uses, long facts, List<IdIndex.Target> declared) {

    ArticleEntry {
        uses = Set.copyOf(uses);
        declared = List.copyOf(declared);
    }

    /** The rows of the entry in the build record; positions are kept relative to the data folder. */
    List<String[]> rows(Path dataDir) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"article", slug, hash, String.join(",", new TreeSet<>(uses)), Long.toString(facts), stamp});
        for (IdIndex.Target t : declared) {
            rows.add(new String[] {"declares", slug, t.id(), t.category().name(), t.kind().name(), label(t.label(), true),
                    label(t.label(), false), dataDir.relativize(t.at().file()).toString(),
                    Integer.toString(t.at().line()), Integer.toString(t.at().column())});
        }
        return rows;
    }

    /** Adds a {@code declares} row to the entry it belongs to. */
    static IdIndex.Target declaration(String[] row, Minter minter, Path dataDir) {
        Kind kind = Kind.valueOf(row[4]);
        Labels labels = row[5].isEmpty() && row[6].isEmpty() ? null : new Labels(text(row[5]), text(row[6]));
        SourcePosition at = new SourcePosition(dataDir.resolve(row[7]), Integer.parseInt(row[8]), Integer.parseInt(row[9]));
        return new IdIndex.Target(row[2], Category.valueOf(row[3]), kind, minter.node(kind, row[2]), labels, at, row[1]);
    }

    static ArticleEntry of(String[] row, List<IdIndex.Target> declared) {
        Set<String> uses = row[3].isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(row[3].split(",")));
        return new ArticleEntry(row[1], row[2], row.length > 5 ? row[5] : "", uses, Long.parseLong(row[4]), declared);
    }

    /** The same entry, with the folder's stamp as it is now. */
    ArticleEntry withStamp(String now) {
        return new ArticleEntry(slug, hash, now, uses, facts, declared);
    }

    /** A label as a field: empty for none, {@code =text} for a text (which may be empty). */
    private static String label(Labels labels, boolean arabic) {
        if (labels == null) {
            return "";
        }
        String text = arabic ? labels.ar() : labels.en();
        return text == null ? "" : "=" + text;
    }

    private static String text(String field) {
        return field.isEmpty() ? null : field.substring(1);
    }
}
