package org.sifara.convert;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.sifara.facts.Problems;
import org.sifara.facts.SourcePosition;

/**
 * One article converted: its graph, where each of its nodes was written (for validation errors),
 * what went wrong (errors, and warnings of dates and numbers no evidence covers), and the other
 * articles whose ids it used: its graph must be rebuilt, and revalidated, when any of them changes.
 *
 * @param factsFile the article's facts.yaml, where a problem without a better place is reported
 * @param facts how many facts the article holds
 */
public record ArticleResult(String slug, Path factsFile, Graph graph, Map<Node, SourcePosition> positions, Problems problems,
        Set<String> usesArticles, long facts) {

    public ArticleResult {
        usesArticles = Set.copyOf(usesArticles);
    }
}
