package org.sifara.convert;

import static org.sifara.convert.Mutation.ENTITIES;
import static org.sifara.convert.Mutation.FACTS;
import static org.sifara.convert.Mutation.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Mutations of single values in {@code facts.yaml}: impossible dates, numbers where text is
 * expected, nulls, mappings where lists are and lists where text is, odd keys, amounts that no
 * number type should hold, and URLs that are no IRIs.
 */
final class ValueMutations {

    List<Mutation> all() {
        List<Mutation> out = new ArrayList<>();
        out.addAll(dates());
        out.addAll(wrongShapes());
        out.addAll(amounts());
        out.addAll(urls());
        return out;
    }

    private List<Mutation> dates() {
        List<Mutation> out = new ArrayList<>();
        String[][] values = {
            {"2026-13-45", "not a real calendar date"}, {"2026-02-30", "not a real calendar date"},
            {"2026-2-3", "not a date of the form"}, {"2026/02/03", "not a date of the form"}, {"tomorrow", "not a date"},
            {"0000-00-00", "not a real calendar date"}, {"2026-02-03T10:00:00Z", "not a date of the form"},
            {"-2026-02-03", "not a date"}, {"~", "not a date"}, {"[2026-02-03]", "must be a text value"},
            {"9999-12-31", null}, {"0001-01-01", null}, {"+999999999-12-31", "not a date"}};
        for (String[] v : values) {
            Mutation m = facts("date " + v[0], "  date: 2026-02-03\n", "  date: " + v[0] + "\n");
            out.add(v[1] == null ? m : m.mustFailWith(v[1]));
        }
        out.add(facts("event date 2025-02-29 (not a leap year)", "when: {date: 2026-02-03}", "when: {date: 2025-02-29}")
                .mustFailWith("not a real calendar date"));
        out.add(facts("event with a date and a begin", "when: {date: 2026-02-03}", "when: {date: 2026-02-03, begin: 2026-02-01}")
                .mustFailWith("exact day"));
        out.add(facts("date bounds reversed", "when: {earliest-begin: 2025-12-17, latest-end: 2025-12-19}",
                "when: {earliest-begin: 2025-12-19, latest-end: 2025-12-17}").mustFailWith("is before"));
        out.add(facts("empty when", "when: {date: 2026-02-03}", "when: {}").mustFail());
        out.add(facts("misspelt date key", "when: {date: 2026-02-03}", "when: {dat: 2026-02-03}").mustFailWith("unknown key 'dat'"));
        out.add(facts("when as a bare date", "when: {date: 2026-02-03}", "when: 2026-02-03").mustFailWith("must be a mapping"));
        return out;
    }

    /** Numbers where text is expected, nulls, mappings where lists are, lists where text is. */
    private List<Mutation> wrongShapes() {
        return List.of(
                facts("language 1 (a number)", "language: ar", "language: 1").mustFailWith("does not match the text file"),
                facts("cameo 42 (a number)", "cameo: \"042\"", "cameo: 42").mustFail(),
                facts("cameo of 9 000 characters", "cameo: \"042\"", "cameo: " + "4".repeat(9_000)).mustFailWith("unknown CAMEO code"),
                facts("cameo in hexadecimal", "cameo: \"042\"", "cameo: 0x2A").mustFail(),
                facts("headline 7 (a number)", "  headline:\n    quote:", "  headline: 7\n  old-headline:\n    quote:").mustFail(),
                facts("labels that are numbers", "label: {ar: المصادر, en: the sources (unnamed)}", "label: {ar: 12, en: 3.5}"),
                facts("null type (~)", "type: official-visit", "type: ~").mustFail(),
                facts("null type (null)", "type: official-visit", "type: null").mustFail(),
                facts("empty type", "type: official-visit", "type:").mustFail(),
                facts("null label", "label: {ar: المصادر, en: the sources (unnamed)}", "label: ~").mustFail(),
                facts("null evidence", "evidence: [وفد رسمي مرافق]", "evidence: ~").mustFail(),
                facts("empty evidence list", "evidence: [وفد رسمي مرافق]", "evidence: []").mustFailWith("must not be empty"),
                facts("null quote", "quote: ليبيا وباكستان", "quote: ~\n    old: ليبيا وباكستان").mustFail(),
                facts("null article", "article:\n", "article: ~\nold-article:\n").mustFail(),
                facts("a mapping where evidence is expected", "evidence: [وفد رسمي مرافق]", "evidence: {a: b}").mustFail(),
                facts("a mapping where topics are expected", "topics: [diplomatic-representation]", "topics: {gossip: yes}")
                        .mustFailWith("must be a text value, not a mapping"),
                facts("a mapping where roles are expected", "roles: [guest]", "roles: {guest: true}").mustFail(),
                facts("a mapping where the claims list is expected", "claims:\n", "claims: {id: x}\nold-claims:\n").mustFail(),
                facts("a list where an id is expected", "- id: haftar-visit-to-pakistan-2026\n", "- id: [a, b]\n")
                        .mustFailWith("must be a text value, not a list"),
                facts("a list where a label is expected", "label: {ar: المصادر, en: the sources (unnamed)}", "label: [a, b]")
                        .mustFail(),
                facts("a list of lists where evidence is expected", "evidence: [وفد رسمي مرافق]", "evidence: [[وفد رسمي مرافق]]")
                        .mustFail(),
                facts("a bare actor where participants are expected", "    participants:\n      - actor: zaheer-ahmed-babar-sidhu",
                        "    participants: zaheer-ahmed-babar-sidhu\n    old-participants:\n      - actor: zaheer-ahmed-babar-sidhu")
                        .mustFail(),
                facts("a number where the value mapping is expected", "    value:\n      kind:",
                        "    value: 4000000000\n    old-value:\n      kind:").mustFail(),
                facts("the headline in English only",
                        "  headline:\n    quote: ليبيا وباكستان تؤكدان على تعزيز التعاون العسكري ودعم السلام\n", "  headline:\n")
                        .mustFailWith("missing required field 'quote'"),
                facts("a typo in a key (evidnce)", "    evidence:\n      - وذلك في إطار",
                        "    evidnce:\n      - وذلك في إطار").mustFailWith("unknown key 'evidnce'"),
                facts("a key in capitals (Type)", "type: official-visit", "Type: official-visit").mustFailWith("unknown key 'Type'"),
                facts("an Arabic key", "type: official-visit", "نوع: official-visit").mustFailWith("unknown key"),
                facts("a number as a key", "type: official-visit", "42: official-visit").mustFailWith("unknown key '42'"),
                Mutation.text(FACTS, "the whole file a list", t -> "- a\n- b\n").mustFailWith("top level must be a mapping"),
                Mutation.text(FACTS, "the whole file one sentence", t -> "just some text\n").mustFailWith("top level must be a mapping"),
                Mutation.text(FACTS, "the whole file ~", t -> "~\n").mustFail(),
                Mutation.text(FACTS, "the whole file {}", t -> "{}\n").mustFailWith("missing required field 'article'"),
                Mutation.text(FACTS, "only comments", t -> "# nothing here\n# at all\n").mustFailWith("empty"),
                Mutation.text(ENTITIES, "the whole registry a list", t -> "- a\n").mustFailWith("top level must be a mapping"));
    }

    /** The article's URL becomes an IRI: what is not one must be refused, not handed to the writers. */
    private List<Mutation> urls() {
        List<Mutation> out = new ArrayList<>();
        String[] refused = {"not a url", "\"javascript:alert(1)\"", "\"http://example.org/<script>\"",
            "\"http://exa mple.org/\"", "relative/path", "\"http://example.org/a\\\"b\"", "\"http://[::1/\"", "\"urn:x\"",
            "\"http://example.org/{x}\"", "\"\\u0645\\u0642\\u0627\\u0644\""};
        for (String url : refused) {
            out.add(facts("url " + url, "  language: ar\n", "  language: ar\n  url: " + url + "\n")
                    .mustFailWith("is not an absolute http(s) address"));
        }
        for (String url : new String[] {"https://example.org/article", "\"http://example.org/\\u00e9\""}) {
            out.add(facts("url " + url, "  language: ar\n", "  language: ar\n  url: " + url + "\n"));
        }
        return out;
    }

    private List<Mutation> amounts() {
        List<Mutation> out = new ArrayList<>();
        String[][] values = {
            {"-1", "must not be negative"}, {"0", null}, {"1e999999999", "digits"}, {"1E+999999999", "digits"}, {"1e-999999999", "digits"},
            {"-1e999999999", "must not be negative"}, {"1e400", "digits"}, {"0x10", "not a number"}, {".inf", "not a number"},
            {".nan", "not a number"}, {"1_000_000_000", null}, {"four billion", "not a number"},
            {"4,000,000,000", "not a number"}, {"9".repeat(100), null}, {"~", "not a number"}, {"[4000000000]", "must be a text value"}};
        for (String[] v : values) {
            String name = "amount " + (v[0].length() > 20 ? "of " + v[0].length() + " nines" : v[0]);
            Mutation m = facts(name, "amount: 4000000000", "amount: " + v[0]);
            out.add(v[1] == null ? m : m.mustFailWith(v[1]));
        }
        out.add(facts("currency usd (lowercase)", "currency: USD", "currency: usd").mustFailWith("ISO 4217"));
        out.add(facts("currency US$", "currency: USD", "currency: US$").mustFailWith("ISO 4217"));
        out.add(facts("currency 840 (a number)", "currency: USD", "currency: 840").mustFailWith("ISO 4217"));
        out.add(facts("unknown bound kind", "kind: exclusive-lower-bound", "kind: more-than").mustFail());
        return out;
    }
}
