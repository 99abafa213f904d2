package org.sifara.convert;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.sifara.config.BaseIri;
import org.sifara.facts.Problems.Problem;

/**
 * The result of a conversion that passed validation: the dataset (one named graph per article,
 * one for the entity registry, one for the ontology) and the warnings for the curator.
 *
 * @param facts how many facts the articles hold (events, participations, agreements, statements, mentions)
 */
public record Conversion(BaseIri base, DatasetGraph dataset, List<Problem> warnings, int articles, long facts) {

    public Conversion {
        warnings = List.copyOf(warnings);
    }
}
