package org.sifara.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sifara.facts.Problems;

/**
 * What a build did.
 *
 * @param generation the generation it wrote, now the store's current one
 * @param how how it wrote it: in place, in another generation, copied, or loaded afresh
 * @param articles the articles of the data folder
 * @param converted those it converted and validated (changed, new, or linked to a changed one)
 * @param removed the articles whose folder is gone
 * @param triples the triples of the store now (union of all graphs)
 * @param warnings dates and numbers no evidence covers, in the articles converted
 * @param steps the seconds each step took, in order
 */
public record BuildReport(String generation, String how, int articles, int converted, int removed, long triples, double seconds,
        List<Problems.Problem> warnings, Map<String, Double> steps) {

    public BuildReport {
        warnings = List.copyOf(warnings);
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    /** Whether the store was already up to date (nothing written). */
    public boolean upToDate() {
        return how.equals("up to date");
    }
}
