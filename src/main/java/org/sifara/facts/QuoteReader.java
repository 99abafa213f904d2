package org.sifara.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads evidence: a quote as plain text, or {@code {quote: ..., occurrence: n}}. */
final class QuoteReader {

    private QuoteReader() {}

    static List<Quote> evidence(YamlMap map, String key, boolean required) {
        List<YamlValue> items = required ? map.requiredList(key) : map.list(key);
        List<Quote> quotes = new ArrayList<>();
        for (YamlValue item : items) {
            quote(item, key).ifPresent(quotes::add);
        }
        return quotes;
    }

    static Optional<Quote> quote(YamlValue item, String key) {
        if (!item.isMap()) {
            return item.string(key).map(text -> new Quote(text, 0, item.at()));
        }
        return item.map(key).flatMap(m -> {
            m.allowOnly(Set.of("quote", "occurrence"));
            String text = m.requiredString("quote");
            int occurrence = m.string("occurrence").map(n -> occurrence(m, n)).orElse(0);
            return text == null || occurrence < 0 ? Optional.empty() : Optional.of(new Quote(text, occurrence, m.at("quote")));
        });
    }

    private static int occurrence(YamlMap m, String n) {
        try {
            int value = Integer.parseInt(n);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        m.problems().error(m.at("occurrence"), "'occurrence' must be a whole number from 1");
        return -1;
    }
}
