package org.sifara.facts;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.sifara.OneLine;
import org.sifara.config.WebIri;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read by a facts reader: typed access to its fields, each failure recorded as a
 * problem at the value's line and column. Accessors return empty or null after recording the
 * problem, so that reading goes on and one run reports every error.
 */
public final class YamlMap {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Values longer than this are refused: they are typing accidents, not facts. */
    static final int MAX_VALUE_LENGTH = 10_000;
    /**
     * Numbers with more digits are refused. A decimal is published written out in full, so an
     * exponent such as 1e999999999 would otherwise ask for a string of a billion digits.
     */
    static final int MAX_DIGITS = 100;

    private final Path file;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(Path file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(positionOf(file, tuple.getKeyNode()), "a key must be a plain word");
                continue;
            }
            if (entries.putIfAbsent(key.getValue(), tuple) != null) {
                problems.error(positionOf(file, key), "duplicate key '" + abbreviate(key.getValue()) + "'");
            }
        }
    }

    static SourcePosition positionOf(Path file, Node node) {
        return node.getStartMark()
                .map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourcePosition.startOf(file));
    }

    public Path file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }

    /** Where this mapping starts. */
    public SourcePosition at() {
        return positionOf(file, node);
    }

    /** Where the value of {@code key} starts, or the mapping if the key is absent. */
    public SourcePosition at(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? at() : positionOf(file, tuple.getValueNode());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Records every key not in {@code allowed}, naming the keys that are. */
    public YamlMap allowOnly(Set<String> allowed) {
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                problems.error(positionOf(file, tuple.getKeyNode()), "unknown key '" + abbreviate(key) + "' (expected one of: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    private Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    private void missing(String key) {
        problems.error(at(), "missing required field '" + key + "'");
    }

    public Optional<String> string(String key) {
        return value(key).flatMap(v -> YamlValue.of(file, v, problems).string(key));
    }

    /** The text of a required field, or null after recording that it is missing or not text. */
    public String requiredString(String key) {
        if (!has(key)) {
            missing(key);
            return null;
        }
        return string(key).orElse(null);
    }

    /** A required stable id: a slug of lowercase letters, digits and hyphens. */
    public String requiredId(String key) {
        String id = requiredString(key);
        return id == null ? null : checkSlug(id, at(key), key);
    }

    /** An optional reference to another id. */
    public Optional<String> reference(String key) {
        return string(key).map(id -> checkSlug(id, at(key), key));
    }

    String checkSlug(String id, SourcePosition at, String key) {
        if (!SLUG.matcher(id).matches()) {
            problems.error(at, "'" + key + "' value '" + abbreviate(id)
                    + "' must be a slug: lowercase letters, digits and single hyphens");
            return null;
        }
        return id;
    }

    /** A required reference, or null after recording that it is missing or not a slug. */
    public String requiredReference(String key) {
        if (!has(key)) {
            missing(key);
            return null;
        }
        return reference(key).orElse(null);
    }

    /** A required, non-empty list of references (a single id stands for a list of one). */
    public List<String> requiredReferences(String key) {
        if (!has(key)) {
            missing(key);
            return List.of();
        }
        if (list(key).isEmpty()) {
            problems.error(at(key), "'" + key + "' must not be empty");
            return List.of();
        }
        return references(key);
    }

    /** A required date, or null after recording that it is missing or not a date. */
    public LocalDate requiredDate(String key) {
        if (!has(key)) {
            missing(key);
            return null;
        }
        return date(key).orElse(null);
    }

    /** A required number, or null after recording that it is missing or not a number. */
    public BigDecimal requiredDecimal(String key) {
        if (!has(key)) {
            missing(key);
            return null;
        }
        return decimal(key).orElse(null);
    }

    public Optional<YamlMap> map(String key) {
        return value(key).flatMap(v -> YamlValue.of(file, v, problems).map(key));
    }

    public YamlMap requiredMap(String key) {
        if (!has(key)) {
            missing(key);
            return null;
        }
        return map(key).orElse(null);
    }

    /** The items of a list; a single value stands for a list of one. */
    public List<YamlValue> list(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        Node v = value.get();
        if (v instanceof SequenceNode seq) {
            List<YamlValue> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(YamlValue.of(file, item, problems));
            }
            return items;
        }
        if (v instanceof ScalarNode scalar && org.snakeyaml.engine.v2.nodes.Tag.NULL.equals(scalar.getTag())) {
            return List.of();
        }
        return List.of(YamlValue.of(file, v, problems));
    }

    public List<YamlValue> requiredList(String key) {
        if (!has(key)) {
            missing(key);
            return List.of();
        }
        List<YamlValue> items = list(key);
        if (items.isEmpty()) {
            problems.error(at(key), "'" + key + "' must not be empty");
        }
        return items;
    }

    /** A list of ids (slugs); a single id stands for a list of one. */
    public List<String> references(String key) {
        List<String> ids = new ArrayList<>();
        for (YamlValue item : list(key)) {
            item.string(key).map(id -> checkSlug(id, item.at(), key)).ifPresent(ids::add);
        }
        return ids;
    }

    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (YamlValue item : list(key)) {
            item.string(key).ifPresent(out::add);
        }
        return out;
    }

    /** A calendar date written as YYYY-MM-DD. */
    public Optional<LocalDate> date(String key) {
        return string(key).flatMap(text -> {
            if (!ISO_DATE.matcher(text).matches()) {
                problems.error(at(key), "'" + key + "' value '" + abbreviate(text) + "' is not a date of the form YYYY-MM-DD");
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problems.error(at(key), "'" + key + "' value '" + text + "' is not a real calendar date");
                return Optional.empty();
            }
        });
    }

    public Optional<BigDecimal> decimal(String key) {
        return string(key).flatMap(text -> {
            try {
                BigDecimal number = new BigDecimal(text.replace("_", ""));
                if (number.signum() < 0) {
                    problems.error(at(key), "'" + key + "' must not be negative");
                    return Optional.empty();
                }
                if (writtenOutDigits(number) > MAX_DIGITS) {
                    problems.error(at(key), "'" + key + "' value '" + abbreviate(text) + "' has more than " + MAX_DIGITS
                            + " digits when written out");
                    return Optional.empty();
                }
                return Optional.of(number);
            } catch (NumberFormatException e) {
                problems.error(at(key), "'" + key + "' value '" + abbreviate(text) + "' is not a number");
                return Optional.empty();
            }
        });
    }

    /** The digits of {@code number} written without an exponent, as RDF writes xsd:decimal: 1e9 has ten, 0.001 four. */
    private static long writtenOutDigits(BigDecimal number) {
        long scale = number.scale();
        return scale <= 0 ? number.precision() - scale : Math.max(number.precision(), scale + 1);
    }

    /** An absolute http(s) address, which RDF will carry as an IRI. */
    public Optional<String> webAddress(String key) {
        return string(key).filter(url -> {
            if (!WebIri.isAbsolute(url)) {
                problems.error(at(key), "'" + key + "' value '" + abbreviate(url) + "' is not an absolute http(s) address");
                return false;
            }
            return true;
        });
    }

    /** Arabic and English labels: {@code {ar: ..., en: ...}}, both required. */
    public Labels labels(String key, boolean required) {
        Optional<YamlMap> map = required ? Optional.ofNullable(requiredMap(key)) : map(key);
        return map.map(m -> {
            m.allowOnly(Set.of("ar", "en"));
            String ar = m.requiredString("ar");
            String en = m.requiredString("en");
            return ar == null || en == null ? null : new Labels(ar, en);
        }).orElse(null);
    }

    /** Alternative spellings: {@code {ar: [...], en: [...]}}, both optional. */
    public AltLabels altLabels(String key) {
        return map(key).map(m -> {
            m.allowOnly(Set.of("ar", "en"));
            return new AltLabels(m.strings("ar"), m.strings("en"));
        }).orElse(AltLabels.NONE);
    }

    static String abbreviate(String text) {
        return OneLine.abbreviate(text, 60);
    }
}
