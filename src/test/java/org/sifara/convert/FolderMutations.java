package org.sifara.convert;

import static org.sifara.convert.Mutation.ARTICLE;
import static org.sifara.convert.Mutation.ENTITIES;
import static org.sifara.convert.Mutation.FACTS;
import static org.sifara.convert.Mutation.LINKS;
import static org.sifara.convert.Mutation.TEXT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.sifara.testing.TestData;

/**
 * Mutations of the article text (the quotes no longer found, characters no output can carry,
 * thousands of numbers) and of the data folder itself (files missing, doubled or of the wrong kind).
 */
final class FolderMutations {

    private final Random random;

    FolderMutations(Random random) {
        this.random = random;
    }

    List<Mutation> all() {
        List<Mutation> out = new ArrayList<>();
        out.addAll(text());
        out.addAll(folders());
        return out;
    }

    private List<Mutation> text() {
        List<Mutation> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double keep = random.nextDouble();
            out.add(Mutation.text(TEXT, "article text truncated to " + Math.round(keep * 100) + "% (quotes no longer found)",
                    t -> t.substring(0, t.offsetByCodePoints(0, (int) (t.codePointCount(0, t.length()) * keep)))));
        }
        out.add(Mutation.text(TEXT, "article text truncated to half", t -> t.substring(0, t.length() / 2))
                .mustFailWith("quote not found"));
        out.add(Mutation.text(TEXT, "article text twice (every quote ambiguous)", t -> t + "\n" + t).mustFailWith("ambiguous quote"));
        out.add(Mutation.text(TEXT, "article text in Latin letters", t -> "Lorem ipsum dolor sit amet.\n").mustFailWith("quote not found"));
        out.add(Mutation.text(TEXT, "a NUL character at the end of the text", t -> t + "\u0000").mustFail());
        out.add(Mutation.text(TEXT, "a control character U+0001 at the start of the text", t -> "\u0001" + t).mustFail());
        out.add(Mutation.text(TEXT, "a vertical tab in the text", t -> t.replaceFirst("\n", "\u000B\n")).mustFail());
        out.add(Mutation.text(TEXT, "the non-character U+FFFE at the end of the text", t -> t + "\uFFFE").mustFail());
        out.add(Mutation.text(TEXT, "an emoji at the end of the text", t -> t + "\uD83D\uDE00"));
        out.add(Mutation.text(TEXT, "200 000 numbers appended to the text", t -> t + "\n" + "1 ".repeat(200_000)));
        out.add(Mutation.text(TEXT, "2 MB of letters appended to the text", t -> t + "\n" + "ك".repeat(1_000_000)));
        out.add(Mutation.text(TEXT, "20 MB of letters appended to the text", t -> t + "\n" + "ك".repeat(10_000_000))
                .mustFailWith("limit"));
        return out;
    }

    private List<Mutation> folders() {
        return List.of(
                Mutation.of("facts.yaml deleted", dir -> Files.delete(dir.resolve(FACTS))).mustFailWith("has no facts.yaml"),
                Mutation.of("facts.yaml a folder", dir -> {
                    Files.delete(dir.resolve(FACTS));
                    Files.createDirectory(dir.resolve(FACTS));
                }).mustFailWith("has no facts.yaml"),
                Mutation.of("entities.yaml deleted", dir -> Files.delete(dir.resolve(ENTITIES))).mustFailWith("registry is missing"),
                Mutation.of("entities.yaml a folder", dir -> {
                    Files.delete(dir.resolve(ENTITIES));
                    Files.createDirectory(dir.resolve(ENTITIES));
                }).mustFailWith("registry is missing"),
                Mutation.of("verified-links.yaml deleted", dir -> Files.delete(dir.resolve(LINKS)))
                        .mustFailWith("not in verified-links.yaml"),
                Mutation.of("the article text deleted", dir -> Files.delete(dir.resolve(TEXT))).mustFailWith("no text file"),
                Mutation.of("the article text renamed article.AR.txt",
                        dir -> Files.move(dir.resolve(TEXT), dir.resolve(ARTICLE + "/article.AR.txt"))).mustFailWith("no text file"),
                Mutation.of("a second text file article.en.txt",
                        dir -> Files.writeString(dir.resolve(ARTICLE + "/article.en.txt"), "Libya and Pakistan"))
                        .mustFailWith("more than one text file"),
                Mutation.of("the articles folder deleted", dir -> TestData.deleteTree(dir.resolve("articles")))
                        .mustFailWith("articles folder does not exist"),
                Mutation.of("the article folder renamed 'Haftar Meets Sharif'",
                        dir -> Files.move(dir.resolve(ARTICLE), dir.resolve("articles/Haftar Meets Sharif")))
                        .mustFailWith("must be a slug"),
                Mutation.of("an empty second article folder", dir -> Files.createDirectory(dir.resolve("articles/empty-article")))
                        .mustFail(),
                Mutation.of("the article text a symbolic link to /dev/zero", dir -> {
                    Files.delete(dir.resolve(TEXT));
                    Files.createSymbolicLink(dir.resolve(TEXT), Path.of("/dev/zero"));
                }).mustFailWith("outside the data folder"),
                Mutation.of("the article text a symbolic link to nowhere", dir -> {
                    Files.delete(dir.resolve(TEXT));
                    Files.createSymbolicLink(dir.resolve(TEXT), dir.resolve("nowhere"));
                }).mustFailWith("not a regular file"),
                Mutation.of("facts.yaml a symbolic link to /dev/zero", dir -> {
                    Files.delete(dir.resolve(FACTS));
                    Files.createSymbolicLink(dir.resolve(FACTS), Path.of("/dev/zero"));
                }).mustFailWith("outside the data folder"),
                Mutation.of("a stray file in articles/", dir -> Files.writeString(dir.resolve("articles/README.txt"), "notes")),
                Mutation.of("a second article, a copy of the first",
                        dir -> TestData.copyTree(dir.resolve(ARTICLE), dir.resolve("articles/2026-02-04-copy")))
                        .mustFailWith("duplicate id"));
    }
}
