package org.sifara.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.sifara.server.http.QueryAdmission;
import org.sifara.store.Truncation;

/**
 * Fuseki's query service for {@code /sparql}, with one addition: each query carries, in its own
 * context, a {@link Truncation} that sets the {@code X-Sifara-Truncated} header when the row cap
 * cuts the answer. The cap reads one row ahead before the first is written, so the header is set
 * while the response can still take headers.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        new Truncation(rows -> action.getResponse().setHeader(QueryAdmission.TRUNCATED, Long.toString(rows)))
                .putIn(action.getContext());
        return super.createQueryExec(action, query, dataset);
    }
}
