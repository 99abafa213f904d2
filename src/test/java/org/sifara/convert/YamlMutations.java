package org.sifara.convert;

import static org.sifara.convert.Mutation.FACTS;
import static org.sifara.convert.Mutation.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Mutations that go after the YAML reader and its limits: anchors and aliases (the billion laughs),
 * tags, directives, several documents, odd keys, deep nesting, long lists, huge values and files,
 * and characters that no output format can carry.
 */
final class YamlMutations {

    private static final String EN_HEADLINE = "en: Libya and Pakistan affirm strengthening military cooperation and supporting peace";
    private static final String LABEL = "label: {ar: المصادر, en: the sources (unnamed)}";
    private static final String TOPICS = "topics: [regional-and-international-affairs]";

    List<Mutation> all() {
        List<Mutation> out = new ArrayList<>();
        out.addAll(features());
        out.addAll(nesting());
        out.addAll(sizes());
        out.addAll(characters());
        return out;
    }

    private List<Mutation> features() {
        String laughs = "lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "lol" + i + ": &a" + i + " [" + ("*a" + (i - 1) + ", ").repeat(8) + "*a" + (i - 1) + "]\n")
                .collect(Collectors.joining());
        return List.of(
                append("YAML anchors/aliases bomb (billion laughs)", laughs).mustFailWith("aliases"),
                facts("alias of a mapping (a label reused)", LABEL, "label: &l {ar: المصادر, en: the sources (unnamed)}",
                        "label: {ar: مصادر مطلعة, en: informed sources (unnamed)}", "label: *l").mustFailWith("aliases"),
                facts("anchor and alias of a text", "type: official-visit", "type: &t official-visit",
                        "type: bilateral-meeting", "type: *t"),
                append("a recursive alias", "loop: &loop [*loop]\n").mustFail(),
                facts("an undefined alias", "type: official-visit", "type: *nowhere").mustFail(),
                facts("a merge key (<<)", "  language: ar\n", "  <<: {language: ar}\n").mustFail(),
                facts("tag !!binary on a text", "language: ar", "language: !!binary YXI="),
                facts("a local tag on a text", "type: official-visit", "type: !custom official-visit"),
                facts("tag !!int on an id", "- id: sidhu-receives-saddam-haftar", "- id: !!int 5"),
                facts("tag !!map on a text", "language: ar", "language: !!map ar"),
                prepend("directive %YAML 1.1", "%YAML 1.1\n---\n"),
                prepend("directive %YAML 2.0", "%YAML 2.0\n---\n"),
                prepend("directive %TAG", "%TAG !e! tag:example.org,2026:\n---\n"),
                append("a second document", "\n---\nsecond: document\n").mustFail(),
                facts("a document end marker in the middle", "\nevents:\n", "\n...\nevents:\n"),
                Mutation.text(FACTS, "a literal block as the document", t -> "--- |\n  some text\n").mustFailWith("top level"),
                prepend("a complex key (? [a, b])", "? [a, b]\n: c\n").mustFailWith("a key must be a plain word"),
                prepend("a flow mapping as a key", "{a: b}: c\n").mustFailWith("a key must be a plain word"),
                prepend("a key of 100 000 characters", "k".repeat(100_000) + ": v\n").mustFail(),
                prepend("an explicit key of 100 000 characters", "? " + "k".repeat(100_000) + "\n: v\n").mustFailWith("unknown key"),
                prepend("20 000 unknown keys", IntStream.range(0, 20_000).mapToObj(i -> "k" + i + ": v\n")
                        .collect(Collectors.joining())).mustFailWith("unknown key 'k0'"),
                facts("a quoted key with a newline", "type: official-visit", "\"ty\\npe\": official-visit").mustFail());
    }

    private List<Mutation> nesting() {
        String blocks = IntStream.range(0, 1000).mapToObj(i -> " ".repeat(i + 1) + "k:\n").collect(Collectors.joining());
        return List.of(
                facts("deep nesting [[[[...]]]] 10000 levels", TOPICS, "topics: " + "[".repeat(10_000) + "]".repeat(10_000))
                        .mustFailWith("nest"),
                facts("deep nesting {a: {a: ...}} 10000 levels", TOPICS, "topics: " + "{a: ".repeat(10_000) + "b" + "}".repeat(10_000))
                        .mustFailWith("nest"),
                facts("deep nesting [{a: [{a: ...}]}] 5000 levels", TOPICS, "topics: " + "[{a: ".repeat(5_000) + "}]".repeat(5_000))
                        .mustFailWith("nest"),
                append("deep block nesting 1000 levels", "deep:\n" + blocks).mustFailWith("nest"),
                facts("nesting 100 levels", TOPICS, "topics: " + "[".repeat(100) + "]".repeat(100)).mustFailWith("nest"),
                facts("nesting 20 levels", TOPICS, "topics: " + "[".repeat(20) + "x" + "]".repeat(20))
                        .mustFailWith("must be a text value, not a list"),
                facts("a 100 000-item list", "roles: [guest]", "roles: [" + "guest, ".repeat(99_999) + "guest]"),
                facts("a 10 000-item list of unknown topics", TOPICS, "topics: [" + "x, ".repeat(9_999) + "x]")
                        .mustFailWith("unknown topic"),
                facts("2000 mentions", "mentions:\n", "mentions:\n"
                        + "  - {entity: libya, evidence: [{quote: ليبيا وباكستان, occurrence: 1}]}\n".repeat(2_000)));
    }

    private List<Mutation> sizes() {
        return List.of(
                facts("huge value 5 MB", EN_HEADLINE, "en: " + "x".repeat(5_000_000)).mustFailWith("limit"),
                facts("huge value 900 000 characters", EN_HEADLINE, "en: \"" + "x".repeat(900_000) + "\"").mustFailWith("limit"),
                facts("huge value 20 000 characters", EN_HEADLINE, "en: " + "x".repeat(20_000)).mustFailWith("the limit is 10000"),
                facts("long value 9 000 characters", EN_HEADLINE, "en: " + "x ".repeat(4_500)),
                append("a comment of 900 000 characters", "# " + "x".repeat(900_000) + "\n"),
                append("5 MB of blank lines", "\n".repeat(5_000_000)).mustFailWith("limit"),
                append("a 20 MB file", "# " + "x".repeat(20_000_000) + "\n").mustFailWith("limit"),
                append("a line of 500 000 spaces", " ".repeat(500_000) + "\n"));
    }

    private List<Mutation> characters() {
        List<Mutation> out = new ArrayList<>();
        String[][] escapes = {
            {"\\0", "NUL characters"}, {"\\a", "a bell character"}, {"\\x1B", "an escape character"},
            {"\\v", "a vertical tab"}, {"\\uFFFE", "the non-character U+FFFE"}, {"\\uFFFF", "the non-character U+FFFF"},
            {"\\uD800", "a lone high surrogate"}, {"\\uDC00", "a lone low surrogate"}};
        for (String[] e : escapes) {
            out.add(facts(e[1] + " (escaped " + e[0] + ") in a label", EN_HEADLINE, "en: \"Libya" + e[0] + "Pakistan\"").mustFail());
        }
        String[][] harmless = {
            {"\\U0001F600", "an emoji"}, {"\\u202E", "a right-to-left override"}, {"\\N", "a next-line character"},
            {"\\x7F", "a delete character"}, {"\\r\\n", "a CRLF"}, {"\\t", "a tab"}, {"\\u2028", "a line separator"}};
        for (String[] e : harmless) {
            out.add(facts(e[1] + " (escaped " + e[0] + ") in a label", EN_HEADLINE, "en: \"Libya" + e[0] + "Pakistan\""));
        }
        out.add(facts("NUL characters (escaped \\0) in an id", "- id: sidhu-receives-saddam-haftar", "- id: \"sidhu\\0receives\"")
                .mustFailWith("cannot be published"));
        out.add(facts("NUL characters (escaped \\0) in a key", "type: official-visit", "\"ty\\0pe\": official-visit").mustFail());
        // Raw control characters are refused by the YAML reader: the error must say where they are.
        String[][] raw = {{"\u0000", "NUL"}, {"\u0007", "BEL"}, {"\u001B", "ESC"}, {"\u009F", "APC"}, {"\uFFFE", "U+FFFE"}};
        for (String[] r : raw) {
            out.add(facts("raw " + r[1] + " character on line 15, column 14", "  language: ar\n", "  language: a" + r[0] + "r\n")
                    .mustFailWith("facts.yaml:15:14: "));
        }
        return out;
    }

    private static Mutation append(String what, String tail) {
        return Mutation.text(FACTS, what, text -> text + (text.endsWith("\n") ? "" : "\n") + tail);
    }

    private static Mutation prepend(String what, String head) {
        return Mutation.text(FACTS, what, text -> head + text);
    }
}
