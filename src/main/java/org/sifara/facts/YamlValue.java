package org.sifara.facts;

import java.nio.file.Path;
import java.util.Optional;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** One YAML value in a list or a field, read as text or as a mapping. */
public final class YamlValue {

    private final Path file;
    private final Node node;
    private final Problems problems;

    private YamlValue(Path file, Node node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
    }

    static YamlValue of(Path file, Node node, Problems problems) {
        return new YamlValue(file, node, problems);
    }

    public SourcePosition at() {
        return YamlMap.positionOf(file, node);
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    /** The value as text; {@code what} names the field in the error when it is not text. */
    public Optional<String> string(String what) {
        if (!(node instanceof ScalarNode scalar)) {
            problems.error(at(), "'" + what + "' must be a text value, not a " + (isMap() ? "mapping" : "list"));
            return Optional.empty();
        }
        String text = scalar.getValue();
        if (text.length() > YamlMap.MAX_VALUE_LENGTH) {
            problems.error(at(), "'" + what + "' is " + text.length() + " characters long; the limit is "
                    + YamlMap.MAX_VALUE_LENGTH);
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.error(at(), "'" + what + "' must not be empty");
            return Optional.empty();
        }
        var bad = UnpublishableCharacters.find(text);
        if (bad.isPresent()) {
            problems.error(at(), "'" + what + "' contains " + UnpublishableCharacters.describe(text, bad.getAsInt())
                    + ", which cannot be published");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    public Optional<YamlMap> map(String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, mapping, problems));
        }
        problems.error(at(), "'" + what + "' must be a mapping of keys to values");
        return Optional.empty();
    }
}
