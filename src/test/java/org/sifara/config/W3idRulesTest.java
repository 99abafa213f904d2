package org.sifara.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The w3id.org rules in {@code w3id/sifara/.htaccess} send every kind of Sifara IRI to the same
 * path on the deployment, with a redirect, so that the deployment can negotiate. The rules are
 * applied as mod_rewrite would (first matching rule, its pattern against the path below
 * {@code sifara/}); these patterns mean the same in Java as in PCRE.
 */
class W3idRulesTest {

    private static final Path RULES = Path.of("w3id/sifara/.htaccess");
    private static final Pattern RULE = Pattern.compile("^RewriteRule\\s+(\\S+)\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s*$");
    private static final String DEPLOYMENT = "https://sifara.example.org/";

    private record Rule(Pattern pattern, String target, String flags) {}

    @ParameterizedTest
    @ValueSource(strings = {"", "ontology", "ontology/0.1.0", "ontology.ttl", "ontology/shapes", "id/person/khalifa-haftar",
            "id/event/haftar-sharif-meeting-2026-02-03", "doc/person/khalifa-haftar.ttl", "graph/entities",
            "graph/article/2026-02-03-haftar-meets-sharif", "sparql", "queries/event-records", "download/sifara.ttl",
            ".well-known/void", "dataset"})
    void everyPathGoesToTheSamePathOnTheDeployment(String path) throws IOException {
        Rule rule = rules().stream().filter(r -> r.pattern().matcher(path).matches()).findFirst()
                .orElseThrow(() -> new AssertionError("no rule matches '" + path + "'"));
        Matcher m = rule.pattern().matcher(path);
        assertTrue(m.matches());
        String target = rule.target();
        for (int i = m.groupCount(); i >= 1; i--) {
            target = target.replace("$" + i, Optional.ofNullable(m.group(i)).orElse(""));
        }
        assertEquals(DEPLOYMENT + path, target);
        assertTrue(rule.flags().matches("R=30[237],L"), "a redirect that ends the rules: " + rule.flags());
    }

    private static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        assertTrue(Files.readString(RULES).contains("RewriteEngine on"), "the rules need RewriteEngine on");
        for (String line : Files.readAllLines(RULES)) {
            Matcher m = RULE.matcher(line.trim());
            if (m.matches()) {
                rules.add(new Rule(Pattern.compile(m.group(1)), m.group(2), m.group(3)));
            }
        }
        return rules;
    }
}
