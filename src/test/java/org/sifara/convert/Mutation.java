package org.sifara.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * One hostile change to a copy of the data folder, named after what it does ("facts.yaml:
 * truncate at byte 1234") so that a failing run says how to reproduce it. {@code expectedError} is
 * null when the change may happen to be valid, otherwise a fragment one error line must contain
 * ("" for any error): the converter must refuse such input.
 */
record Mutation(String name, Change change, String expectedError) {

    static final String ARTICLE = "articles/2026-02-03-haftar-meets-sharif";
    static final String FACTS = ARTICLE + "/facts.yaml";
    static final String TEXT = ARTICLE + "/article.ar.txt";
    static final String ENTITIES = "entities.yaml";
    static final String LINKS = "verified-links.yaml";

    /** What a mutation does to a data folder. */
    @FunctionalInterface
    interface Change {
        void apply(Path dataDir) throws IOException;
    }

    /** A change of the whole data folder; any outcome but a crash is fine. */
    static Mutation of(String name, Change change) {
        return new Mutation(name, change, null);
    }

    /** A change of one file's bytes; the name is prefixed with the file's name. */
    static Mutation bytes(String file, String what, UnaryOperator<byte[]> change) {
        return of(fileName(file) + ": " + what, dir -> {
            Path path = dir.resolve(file);
            Files.write(path, change.apply(Files.readAllBytes(path)));
        });
    }

    /** A change of one file's text (UTF-8); the name is prefixed with the file's name. */
    static Mutation text(String file, String what, UnaryOperator<String> change) {
        return of(fileName(file) + ": " + what, dir -> {
            Path path = dir.resolve(file);
            Files.writeString(path, change.apply(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        });
    }

    /** A change of {@code facts.yaml}: each {@code from, to} pair replaced in turn, as {@link #replacing} does. */
    static Mutation facts(String what, String... fromTo) {
        return text(FACTS, what, replacing(fromTo));
    }

    /** A change of {@code entities.yaml}: each {@code from, to} pair replaced in turn. */
    static Mutation entities(String what, String... fromTo) {
        return text(ENTITIES, what, replacing(fromTo));
    }

    /**
     * Replaces the first occurrence of each {@code from, to} pair in turn; fails loudly if the data
     * no longer has a {@code from}, so that no mutation silently stops applying.
     */
    static UnaryOperator<String> replacing(String... fromTo) {
        return text -> {
            String result = text;
            for (int i = 0; i < fromTo.length; i += 2) {
                int at = result.indexOf(fromTo[i]);
                if (at < 0) {
                    throw new IllegalStateException("the mutation no longer applies: the data has no '" + fromTo[i] + "'");
                }
                result = result.substring(0, at) + fromTo[i + 1] + result.substring(at + fromTo[i].length());
            }
            return result;
        };
    }

    /** The converter must refuse this input, with some error line containing {@code fragment}. */
    Mutation mustFailWith(String fragment) {
        return new Mutation(name, change, fragment);
    }

    /** The converter must refuse this input, whatever the message. */
    Mutation mustFail() {
        return mustFailWith("");
    }

    private static String fileName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return name;
    }
}
