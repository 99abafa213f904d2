package org.sifara.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryCancelledException;
import org.sifara.SifaraException;
import org.sifara.config.QueryLimits;
import org.sifara.publish.Publication;
import org.sifara.query.Answer;
import org.sifara.query.BadParameterException;
import org.sifara.query.Parameter;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.QueryRunner;
import org.sifara.query.ResultFormat;
import org.sifara.query.SavedQuery;
import org.sifara.store.QueryGuard;
import org.sifara.store.QueryRefusedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sifara query}: run a saved query against the local data, no server needed. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query (queries/<name>.rq) against the local data, or list them. Parameters are bound as RDF terms; a wrong value is a one-line error (exit 2).")
final class QueryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--list", description = "List the saved queries with their parameters.")
    private boolean list;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The saved query to run.")
    private String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value; repeat for more.")
    private List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, tsv, json, xml (rows) or ttl, jsonld, nt, rdf (graphs). Default: table on a terminal, tsv otherwise.")
    private String format;

    @Mixin
    private DataOptions data;

    @Mixin
    private LimitOptions limits;

    @Override
    public Integer call() {
        QueryCatalogue catalogue = QueryCatalogue.load(data.base);
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            catalogue.all().forEach(q -> out.println(describe(q)));
            return 0;
        }
        if (name == null) {
            throw new Main.UsageException("sifara: give a query name, or --list (see 'sifara query --help')");
        }
        SavedQuery query = catalogue.get(name).orElseThrow(() ->
                new Main.UsageException("sifara: unknown query '" + name + "' (see 'sifara query --list')"));
        ResultFormat form = format(query);
        Map<String, List<String>> given = parameters();
        QueryLimits queryLimits = limits.limits();
        Publication pub = Publication.load(data.base, data.data);
        try (QueryGuard guard = QueryGuard.forThisJena()) {
            Answer answer = new QueryRunner(guard.guard(pub.unionView(), queryLimits)).run(query, given);
            write(form.write(answer, pub.prefixes()));
            if (answer.truncatedAt() > 0) {
                spec.commandLine().getErr().println("warning: the answer was cut at " + answer.truncatedAt() + " rows");
            }
        } catch (BadParameterException e) {
            throw new Main.UsageException("sifara: " + e.getMessage());
        } catch (QueryRefusedException e) {
            throw new SifaraException("sifara: query '" + name + "' was refused: " + e.getMessage());
        } catch (QueryCancelledException e) {
            throw new SifaraException("sifara: query '" + name + "' ran past its time limit of "
                    + queryLimits.timeout().toMillis() + " ms (--query-timeout)");
        }
        return 0;
    }

    private ResultFormat format(SavedQuery query) {
        List<ResultFormat> allowed = ResultFormat.forQuery(query);
        if (format == null) {
            return query.isGraph() ? ResultFormat.TTL : System.console() != null ? ResultFormat.TABLE : ResultFormat.TSV;
        }
        return ResultFormat.byKey(format).filter(allowed::contains).orElseThrow(() -> new Main.UsageException(
                "sifara: --format must be one of " + ResultFormat.keys(allowed) + " for query '" + query.name() + "'"));
    }

    private Map<String, List<String>> parameters() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new Main.UsageException("sifara: --param takes NAME=VALUE, not '" + p + "'");
            }
            given.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
        }
        return given;
    }

    private void write(byte[] bytes) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(new String(bytes, StandardCharsets.UTF_8));
        out.flush();
    }

    static String describe(SavedQuery q) {
        StringBuilder sb = new StringBuilder(q.name()).append(" — ").append(q.header().summary());
        for (Parameter p : q.parameters()) {
            sb.append("\n    ").append(p.name()).append(" (").append(p.type().word())
                    .append(p.mustBeGiven() ? ", required" : p.required() ? "" : ", optional");
            if (p.defaultValue() != null) {
                sb.append(", default ").append(p.defaultValue());
            }
            if (!p.allowed().isEmpty()) {
                sb.append(", one of ").append(String.join("|", p.allowed()));
            }
            sb.append(')');
            if (!p.description().isEmpty()) {
                sb.append(": ").append(p.description());
            }
        }
        return sb.toString();
    }
}
