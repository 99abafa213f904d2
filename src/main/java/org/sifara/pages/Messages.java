package org.sifara.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The words of the interface in each language, read from {@code pages/messages_<lang>.properties}
 * (UTF-8), and the labels of the reused vocabularies' terms that the ontology does not label
 * ({@code pages/terms_<lang>.properties}: {@code org_holds} for {@code org:holds}, and
 * {@code org_holds.inverse} for the words that name the link from the other end).
 */
public final class Messages {

    private final Map<Lang, Map<String, String>> words = new EnumMap<>(Lang.class);
    private final Map<Lang, Map<String, String>> terms = new EnumMap<>(Lang.class);

    public Messages() {
        for (Lang lang : Lang.values()) {
            words.put(lang, Collections.unmodifiableMap(read("pages/messages_" + lang.code() + ".properties")));
            terms.put(lang, Collections.unmodifiableMap(read("pages/terms_" + lang.code() + ".properties")));
        }
        if (!words.get(Lang.EN).keySet().equals(words.get(Lang.AR).keySet())) {
            throw new IllegalStateException("messages_en and messages_ar must have the same keys");
        }
    }

    private static Map<String, String> read(String resource) {
        Properties props = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        props.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    /** Every message of a language, for templates: {@code {{t.nav_home}}}. */
    public Map<String, String> all(Lang lang) {
        return words.get(lang);
    }

    public String get(Lang lang, String key) {
        String text = words.get(lang).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        return text;
    }

    public boolean has(Lang lang, String key) {
        return words.get(lang).containsKey(key);
    }

    /** A message with {@code {0}}, {@code {1}}... replaced by the arguments, as text. */
    public String format(Lang lang, String key, Object... args) {
        String text = get(lang, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The prefixed names of the reused terms that have words here ({@code org:holds}...). */
    public java.util.SortedSet<String> termNames() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        for (String key : terms.get(Lang.EN).keySet()) {
            if (!key.endsWith(".inverse") && key.indexOf('_') > 0) {
                names.add(key.replaceFirst("_", ":"));
            }
        }
        return names;
    }

    /** The label of a reused term by its prefixed name ({@code org:holds}), if this file has one. */
    public Optional<String> term(Lang lang, String prefixedName, boolean inverse) {
        String key = prefixedName.replace(':', '_') + (inverse ? ".inverse" : "");
        return Optional.ofNullable(terms.get(lang).get(key));
    }
}
