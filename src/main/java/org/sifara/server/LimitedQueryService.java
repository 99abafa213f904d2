package org.sifara.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.sifara.server.http.Permit;
import org.sifara.server.http.QueryAdmission;
import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.store.DescribeCap;
import org.sifara.store.QueryRefusedException;
import org.sifara.store.QueryTextCheck;
import org.sifara.store.StoreUnavailableException;
import org.sifara.store.Truncation;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Fuseki's query service for {@code /sparql}, with these changes:
 * <ul>
 *   <li>the query's text is checked before Fuseki parses or logs it ({@link QueryTextCheck}), and
 *       a query the guard refuses (a value past its limits, {@link QueryRefusedException}) is a
 *       400 with the guard's sentence, not Fuseki's 503 for a timeout;</li>
 *   <li>a DESCRIBE answer is cut in triples and bytes as a CONSTRUCT one is ({@link DescribeCap});</li>
 *   <li>each query carries, in its own context, a {@link Truncation} that sets the
 *       {@code X-Sifara-Truncated} header when the row cap cuts the answer (before anything is
 *       written, so the header can still be set);</li>
 *   <li>a SELECT's rows are all read before the answer is written (they are at most the row limit),
 *       so the query's time limit ends the query with a 503, never a cut answer after a 200, and
 *       the query's place at the gate ({@link Permit}) is given back before a slow client reads;</li>
 *   <li>a query too deeply nested for the parser, the log or a regular expression (a
 *       {@link StackOverflowError}) is a 400, not a 500;</li>
 *   <li>over a remote store, the query is sent to it with the limits ({@code store.QueryTarget}),
 *       and a store that does not answer is a 503, not a 500.</li>
 * </ul>
 */
final class LimitedQueryService extends SPARQL_QueryDataset {

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            // Before Fuseki parses and logs it: a megabyte numeral costs minutes there.
            QueryTextCheck.check(queryString);
            super.execute(queryString, action);
        } catch (QueryRefusedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        } catch (StoreUnavailableException e) {
            action.log.warn("[{}] {}", action.id, e.getMessage());
            ServletOps.error(HttpServletResponse.SC_SERVICE_UNAVAILABLE, ReadOnlyServlet.STORE_UNAVAILABLE);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query is too deeply nested (an expression or pattern of very many parts), "
                    + "or its regular expression recurses too deeply on its text, to be read or run.");
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Truncation truncation = new Truncation(rows -> action.getResponse().setHeader(QueryAdmission.TRUNCATED, Long.toString(rows)));
        ServedPublication served = LiveSite.of(action.getRequest());
        if (served != null && served.target.remote()) {
            // The store runs it, sent the limits; the empty dataset Fuseki was given stands in.
            return served.target.exec(query, BindingFactory.empty(), truncation);
        }
        truncation.putIn(action.getContext());
        return super.createQueryExec(action, query, dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        QueryExecResult result = requestQuery.isSelectType() ? new QueryExecResult(queryExec.select().materialize())
                : requestQuery.isDescribeType() ? new QueryExecResult(DescribeCap.describe(queryExec))
                : super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        Permit.releaseHeldBy(action.getRequest());
        return result;
    }
}
