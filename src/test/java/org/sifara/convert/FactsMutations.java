package org.sifara.convert;

import static org.sifara.convert.Mutation.ENTITIES;
import static org.sifara.convert.Mutation.FACTS;
import static org.sifara.convert.Mutation.entities;
import static org.sifara.convert.Mutation.facts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations that know what the facts mean: swapped types, duplicate and malformed ids, unknown
 * references, broken quotes and occurrences, in {@code facts.yaml} and {@code entities.yaml}.
 * Where the data is picked at random, the {@link Random} is seeded.
 */
final class FactsMutations {

    private static final Pattern ID_LINE = Pattern.compile("(?m)^ *- id: ([a-z0-9-]+)$");
    private static final Pattern ARABIC = Pattern.compile("[\\u0621-\\u064A]");

    private final Random random;
    private final String facts;
    private final List<String> factsIds;
    private final List<String> entityIds;

    FactsMutations(Random random, Path dataDir) {
        this.random = random;
        try {
            this.facts = Files.readString(dataDir.resolve(FACTS));
            this.factsIds = ids(facts);
            this.entityIds = ids(Files.readString(dataDir.resolve(ENTITIES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Mutation> all() {
        List<Mutation> out = new ArrayList<>();
        out.addAll(types());
        out.addAll(ids());
        out.addAll(references());
        out.addAll(quotes(16));
        out.addAll(occurrences());
        return out;
    }

    private List<Mutation> types() {
        return List.of(
                facts("swap type official-visit->person", "type: official-visit", "type: person").mustFail(),
                facts("swap type bilateral-meeting->reception", "type: bilateral-meeting", "type: reception"),
                facts("swap type talks->negotiation", "type: talks", "type: negotiation"),
                facts("type in capitals (Official-Visit)", "type: official-visit", "type: Official-Visit").mustFailWith("slug"),
                facts("type with a space (official visit)", "type: official-visit", "type: official visit").mustFailWith("slug"),
                facts("swap actor type anonymous-source->person", "type: anonymous-source", "type: person"),
                facts("swap actor type delegation->country", "type: delegation", "type: country"),
                facts("unknown actor type emperor", "type: anonymous-source", "type: emperor").mustFailWith("unknown entity type"),
                entities("swap type person->country", "\n    type: person\n", "\n    type: country\n").mustFailWith("only for people"),
                entities("swap type country->person", "\n    type: country\n", "\n    type: person\n"),
                entities("swap type city->organization", "type: city", "type: organization"),
                entities("swap type organization->person", "type: organization", "type: person"),
                entities("swap type office->city", "type: office", "type: city").mustFailWith("only for organisations"),
                entities("unknown type emperor", "\n    type: person\n", "\n    type: emperor\n").mustFailWith("unknown entity type"));
    }

    private List<Mutation> ids() {
        List<Mutation> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String kept = pick(factsIds);
            String renamed = pick(factsIds.stream().filter(id -> !id.equals(kept)).toList());
            out.add(facts("duplicate id " + kept + " (was " + renamed + ")", "- id: " + renamed + "\n", "- id: " + kept + "\n")
                    .mustFailWith("duplicate id '" + kept + "'"));
        }
        out.add(facts("duplicate id khalifa-haftar (registry id reused by an actor)",
                "- id: haftar-visit-2026-the-sources\n", "- id: khalifa-haftar\n").mustFailWith("duplicate id 'khalifa-haftar'"));
        out.add(entities("duplicate id khalifa-haftar (was saddam-haftar)", "- id: saddam-haftar\n", "- id: khalifa-haftar\n")
                .mustFailWith("duplicate id 'khalifa-haftar'"));
        out.add(entities("duplicate id pakistan (a rank)", "- id: field-marshal\n", "- id: pakistan\n")
                .mustFailWith("duplicate id 'pakistan'"));
        List<String[]> slugs = List.of(
                new String[] {"uppercase", "Khalifa-Haftar"}, new String[] {"spaces", "khalifa haftar"},
                new String[] {"Arabic", "خليفة-حفتر"}, new String[] {"leading hyphen", "-haftar"},
                new String[] {"trailing hyphen", "haftar-"}, new String[] {"double hyphen", "khalifa--haftar"},
                new String[] {"slash", "people/haftar"}, new String[] {"dot", "khalifa.haftar"},
                new String[] {"underscore", "khalifa_haftar"}, new String[] {"right-to-left override", "\u202Ekhalifa"},
                new String[] {"percent-encoded", "khalifa%20haftar"}, new String[] {"angle brackets", "\"<haftar>\""});
        for (String[] slug : slugs) {
            boolean inFacts = random.nextBoolean();
            String id = pick(inFacts ? factsIds : entityIds);
            Mutation m = inFacts ? facts("non-slug id (" + slug[0] + ") for " + id, "- id: " + id + "\n", "- id: " + slug[1] + "\n")
                    : entities("non-slug id (" + slug[0] + ") for " + id, "- id: " + id + "\n", "- id: " + slug[1] + "\n");
            out.add(m.mustFailWith("must be a slug"));
        }
        out.add(facts("empty id", "- id: haftar-visit-to-pakistan-2026\n", "- id: \"\"\n").mustFailWith("must not be empty"));
        out.add(facts("id of 20 000 characters", "- id: haftar-visit-to-pakistan-2026\n", "- id: " + "a".repeat(20_000) + "\n")
                .mustFailWith("the limit is"));
        out.add(facts("id of 9 000 characters", "- id: sidhu-receives-saddam-haftar\n", "- id: " + "a".repeat(9_000) + "\n"));
        out.add(facts("id that is a number", "- id: sidhu-receives-saddam-haftar\n", "- id: 12345\n"));
        return out;
    }

    private List<Mutation> references() {
        return List.of(
                facts("unknown actor", "- actor: khalifa-haftar", "- actor: nobody-at-all").mustFailWith("unknown id 'nobody-at-all'"),
                facts("unknown actor of 9 000 characters", "- actor: khalifa-haftar", "- actor: " + "a".repeat(9_000))
                        .mustFailWith("unknown id"),
                facts("actor that is not a slug", "- actor: khalifa-haftar", "- actor: Khalifa Haftar").mustFailWith("slug"),
                facts("unknown part-of", "part-of: haftar-visit-to-pakistan-2026", "part-of: no-such-visit").mustFailWith("unknown id"),
                facts("a person as a place", "place: benghazi", "place: khalifa-haftar").mustFailWith("expects"),
                facts("unknown claimant", "claimants: khalifa-haftar", "claimants: nobody").mustFailWith("unknown id 'nobody'"),
                facts("an event that follows itself", "follows: munir-haftar-reception-benghazi-2025",
                        "follows: haftar-visit-to-pakistan-2026"),
                facts("an event part of itself", "part-of: haftar-visit-to-pakistan-2026", "part-of: haftar-sharif-meeting-2026-02-03"),
                facts("unknown role", "roles: [guest]", "roles: [emperor]").mustFailWith("unknown role"),
                facts("unknown evidential status", "evidential-status: stated-by-article", "evidential-status: certain")
                        .mustFailWith("unknown evidential status 'certain'"),
                facts("unknown factuality", "factuality: occurred", "factuality: certain").mustFailWith("unknown factuality 'certain'"),
                facts("the 0.1.0 modality key", "factuality: occurred", "modality: asserted").mustFailWith("unknown key 'modality'"),
                facts("no factuality", "    factuality: occurred\n", "").mustFailWith("missing required field 'factuality'"),
                facts("evidential status as a list", "evidential-status: stated-by-article", "evidential-status: []"),
                facts("unknown topic", "topics: [diplomatic-representation]", "topics: [gossip]").mustFail(),
                entities("unknown rank", "rank: field-marshal\n", "rank: admiral\n").mustFail(),
                entities("post in an unknown organisation", "in: pakistan-army", "in: no-such-army").mustFail(),
                entities("post without 'in'", "Chief of Defence Forces of Pakistan}\n    cameo-actor: PAKMIL\n    in: pakistan-defence-forces",
                        "Chief of Defence Forces of Pakistan}\n    cameo-actor: PAKMIL")
                        .mustFailWith("missing required field 'in'"),
                entities("unverified wikidata link", "links: {wikidata: Q2096387}", "links: {wikidata: Q999999}")
                        .mustFailWith("not in verified-links.yaml"),
                entities("a malformed CAMEO actor code", "cameo-actor: PAKGOV", "cameo-actor: PAK-GOV").mustFailWith("is not a CAMEO actor code"),
                entities("an ISO code on an organisation", "    cameo-actor: PAKMIL\n    in: pakistan-territory",
                        "    cameo-actor: PAKMIL\n    iso3166: PAK\n    in: pakistan-territory").mustFailWith("'iso3166' is only for states"),
                facts("an unknown source actor", "source-actor: khalifa-haftar", "source-actor: nobody-at-all")
                        .mustFailWith("unknown id 'nobody-at-all' in 'source-actor'"),
                facts("a place as a target actor", "target-actor: pakistan", "target-actor: pakistan-territory")
                        .mustFailWith("expects"),
                facts("an unknown CAMEO code on a statement", "cameo: \"0312\"", "cameo: \"999\"").mustFailWith("unknown CAMEO code '999'"),
                entities("a GeoNames link on a state", "links: {wikidata: Q843}", "links: {wikidata: Q843, geonames: \"1168579\"}")
                        .mustFailWith("a GeoNames feature is a place"),
                entities("a territory without its state", "    territory-of: pakistan\n", "")
                        .mustFailWith("missing required field 'territory-of'"),
                facts("a post held as of a day after the article", "    post: prime-minister-of-pakistan\n",
                        "    post: prime-minister-of-pakistan\n    as-of: 2026-03-01\n").mustFailWith("after the article's date"),
                facts("a post holding that began after it was held", "    post: prime-minister-of-pakistan\n",
                        "    post: prime-minister-of-pakistan\n    since: 2026-02-04\n").mustFailWith("'since' 2026-02-04 is after"),
                facts("a rank held as a post", "post: prime-minister-of-pakistan", "post: field-marshal").mustFailWith("is a rank"),
                entities("posts back in the registry", "    rank: air-chief-marshal\n",
                        "    rank: air-chief-marshal\n    posts: [chief-of-air-staff-pakistan]\n").mustFailWith("post-holdings"),
                facts("a state as an event's place", "place: pakistan-territory", "place: pakistan").mustFailWith("expects a place"),
                entities("wikidata link in lowercase", "links: {wikidata: Q2096387}", "links: {wikidata: q2096387}")
                        .mustFailWith("is not a wikidata identifier"),
                entities("geonames link that is not a number", "geonames: \"88319\"", "geonames: \"88319x\"").mustFail(),
                entities("unknown link scheme", "links: {wikidata: Q2096387}", "links: {dbpedia: Shehbaz_Sharif}")
                        .mustFailWith("unknown key 'dbpedia'"),
                entities("khalifa-haftar deleted", "  - id: khalifa-haftar\n", "  - id: someone-else\n")
                        .mustFailWith("unknown id 'khalifa-haftar'"));
    }

    /** Evidence that no longer matches the text, or no longer parses. */
    private List<Mutation> quotes(int n) {
        List<Mutation> out = new ArrayList<>();
        String[] lines = facts.split("\n", -1);
        List<Integer> evidence = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (ARABIC.matcher(t).find() && (t.startsWith("- ") || t.startsWith("evidence: [") || t.startsWith("quote:"))) {
                evidence.add(i);
            }
        }
        String[] kinds = {"a Latin letter inside", "a fatha inside", "a tatweel inside", "its closing bracket removed",
            "an opening double quote only", "a trailing space", "a leading space", "ي written as ى"};
        Collections.shuffle(evidence, random);
        for (int i = 0; i < Math.min(n, evidence.size()); i++) {
            int line = evidence.get(i);
            String kind = kinds[i % kinds.length];
            Mutation m = Mutation.text(FACTS, "break quote on line " + (line + 1) + ": " + kind,
                    text -> lineReplaced(text, line, l -> breakQuote(l, kind)));
            out.add(i % kinds.length < 3 ? m.mustFail() : m);
        }
        out.add(facts("an ambiguous quote (a single common word)", "evidence: [وفد رسمي مرافق]", "evidence: [في]")
                .mustFailWith("ambiguous quote"));
        out.add(facts("a quote with trailing space", "evidence: [للجيش الليبي]", "evidence: [\"للجيش الليبي \"]"));
        out.add(facts("a quote made of spaces", "evidence: [للجيش الليبي]", "evidence: [\"   \"]")
                .mustFailWith("must not be empty"));
        return out;
    }

    private static String breakQuote(String line, String kind) {
        Matcher arabic = ARABIC.matcher(line);
        arabic.find();
        int at = arabic.start() + 1;
        String head = line.substring(0, at - 1);
        String rest = line.substring(at - 1);
        String close = rest.endsWith("]") ? "]" : "";
        String value = rest.substring(0, rest.length() - close.length());
        return switch (kind) {
            case "a Latin letter inside" -> line.substring(0, at) + "X" + line.substring(at);
            case "a fatha inside" -> line.substring(0, at) + "\u064E" + line.substring(at);
            case "a tatweel inside" -> line.substring(0, at) + "\u0640" + line.substring(at);
            case "its closing bracket removed" -> close.isEmpty() ? line + "]" : head + value;
            case "an opening double quote only" -> head + "\"" + rest;
            case "a trailing space" -> head + "\"" + value + " \"" + close;
            case "a leading space" -> head + "\" " + value + "\"" + close;
            default -> head + rest.replaceFirst("ي", "ى");
        };
    }

    private List<Mutation> occurrences() {
        List<Mutation> out = new ArrayList<>();
        String[][] values = {
            {"0", "from 1"}, {"-1", "from 1"}, {"99", "not 99"}, {"3", "not 3"}, {"1.5", "from 1"}, {"one", "from 1"},
            {"2147483648", "from 1"}, {"1e3", "from 1"}, {"~", "from 1"}, {"[1]", "must be a text value"},
            {"{n: 1}", "must be a text value"}, {"\"1\"", null}, {"+1", null}, {"01", null}, {"1_0", "from 1"}};
        for (String[] v : values) {
            // عاصم منير occurs twice in the article.
            Mutation m = facts("occurrence: " + v[0], "{quote: عاصم منير, occurrence: 1}", "{quote: عاصم منير, occurrence: " + v[0] + "}");
            out.add(v[1] == null ? m : m.mustFailWith(v[1]));
        }
        out.add(facts("occurrence without a quote", "{quote: عاصم منير, occurrence: 1}", "{occurrence: 1}")
                .mustFailWith("missing required field 'quote'"));
        return out;
    }

    private static String lineReplaced(String text, int line, UnaryOperator<String> change) {
        String[] lines = text.split("\n", -1);
        lines[line] = change.apply(lines[line]);
        return String.join("\n", lines);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static List<String> ids(String yaml) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID_LINE.matcher(yaml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
