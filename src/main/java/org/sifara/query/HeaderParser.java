package org.sifara.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.sifara.SifaraException;

/**
 * Reads the header of a saved query: the leading {@code #+ } comment lines, which together are
 * YAML (so the file stays plain SPARQL). Keys are grlc's: {@code summary} (required),
 * {@code description}, {@code tags}, {@code defaults}, {@code enumerate}, {@code method}, and
 * {@code params} for a sentence about each parameter. Anything else fails with
 * {@code file:line: problem}.
 */
final class HeaderParser {

    static final Set<String> KEYS = Set.of("summary", "description", "tags", "defaults", "enumerate", "method", "params");

    private final String file;

    private HeaderParser(String file) {
        this.file = file;
    }

    static QueryHeader parse(String file, String text) {
        return new HeaderParser(file).parse(text);
    }

    private QueryHeader parse(String text) {
        StringBuilder yaml = new StringBuilder();
        String[] lines = text.split("\n", -1);
        int headerLines = 0;
        for (String line : lines) {
            String l = line.stripTrailing();
            if (l.startsWith("#+")) {
                String content = l.substring(2);
                if (!content.isEmpty() && !content.startsWith(" ")) {
                    throw fail(headerLines + 1, "a header line must start with '#+ ' (hash, plus, space)");
                }
                yaml.append(content.isEmpty() ? "" : content.substring(1)).append('\n');
                headerLines++;
            } else {
                break;
            }
        }
        if (headerLines == 0) {
            throw fail(1, "no header: a saved query starts with '#+ summary: ...'");
        }
        MappingNode root = compose(yaml.toString());
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple t : root.getValue()) {
            String key = scalar(t.getKeyNode(), "a key");
            if (!KEYS.contains(key)) {
                throw fail(line(t.getKeyNode()), "unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
            if (entries.put(key, t) != null) {
                throw fail(line(t.getKeyNode()), "duplicate key '" + key + "'");
            }
        }
        String summary = Optional.ofNullable(entries.get("summary")).map(t -> scalar(t.getValueNode(), "summary"))
                .orElseThrow(() -> fail(1, "missing 'summary'"));
        String description = Optional.ofNullable(entries.get("description")).map(t -> scalar(t.getValueNode(), "description")).orElse("");
        Optional.ofNullable(entries.get("method")).map(t -> scalar(t.getValueNode(), "method")).ifPresent(m -> {
            if (!m.equals("GET")) {
                throw fail(line(entries.get("method").getValueNode()), "method must be GET: the data is read-only");
            }
        });
        List<String> tags = Optional.ofNullable(entries.get("tags")).map(t -> strings(t.getValueNode(), "tags")).orElse(List.of());
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, List<String>> enumerate = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        Optional.ofNullable(entries.get("defaults")).ifPresent(t -> pairs(t.getValueNode(), "defaults")
                .forEach((k, v) -> defaults.put(k, scalar(v, "defaults." + k))));
        Optional.ofNullable(entries.get("enumerate")).ifPresent(t -> pairs(t.getValueNode(), "enumerate")
                .forEach((k, v) -> enumerate.put(k, strings(v, "enumerate." + k))));
        Optional.ofNullable(entries.get("params")).ifPresent(t -> pairs(t.getValueNode(), "params")
                .forEach((k, v) -> params.put(k, scalar(v, "params." + k))));
        return new QueryHeader(summary, description, tags, defaults, enumerate, params);
    }

    private MappingNode compose(String yaml) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setMaxAliasesForCollections(0).build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            throw fail(line, "header YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw fail(1, "header YAML: " + e.getMessage());
        }
        if (node.isEmpty() || !(node.get() instanceof MappingNode mapping)) {
            throw fail(1, "the header must be 'key: value' lines");
        }
        return mapping;
    }

    /** grlc writes maps as lists of one-key maps ({@code - lang: en}); plain maps are accepted too. */
    private Map<String, Node> pairs(Node node, String what) {
        Map<String, Node> out = new LinkedHashMap<>();
        List<MappingNode> maps = new ArrayList<>();
        if (node instanceof MappingNode m) {
            maps.add(m);
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode m)) {
                    throw fail(line(item), "'" + what + "' items must be 'name: value'");
                }
                maps.add(m);
            }
        } else {
            throw fail(line(node), "'" + what + "' must list 'name: value' pairs");
        }
        for (MappingNode m : maps) {
            for (NodeTuple t : m.getValue()) {
                String key = scalar(t.getKeyNode(), what);
                if (out.put(key, t.getValueNode()) != null) {
                    throw fail(line(t.getKeyNode()), "'" + key + "' is given twice in '" + what + "'");
                }
            }
        }
        return out;
    }

    private List<String> strings(Node node, String what) {
        if (node instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            seq.getValue().forEach(n -> out.add(scalar(n, what)));
            return out;
        }
        return List.of(scalar(node, what));
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue();
        }
        throw fail(line(node), "'" + what + "' must be a non-empty text value");
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private SifaraException fail(int line, String problem) {
        return new SifaraException(file + ":" + line + ": " + problem);
    }
}
