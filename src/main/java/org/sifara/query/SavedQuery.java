package org.sifara.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.sifara.SifaraException;
import org.sifara.config.BaseIri;

/**
 * One saved query ({@code queries/<name>.rq}): its header, its parameters (the variables named
 * {@code ?_name} or, when optional, {@code ?__name}), and the parsed query. The text is plain
 * SPARQL 1.1; its IRIs are relative to the base, which is given when it is parsed.
 */
public record SavedQuery(String name, String source, QueryHeader header, List<Parameter> parameters, Query query) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PARAM_VAR = Pattern.compile("[?$](__?[A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern PARAM_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** Names the HTTP API uses for itself. */
    static final List<String> RESERVED = List.of("format", "limit", "offset");

    public SavedQuery {
        parameters = List.copyOf(parameters);
    }

    /** Reads {@code <name>.rq}; every problem is one {@code file:line: problem}. */
    public static SavedQuery parse(String file, String name, String source, BaseIri base) {
        if (!NAME.matcher(name).matches()) {
            throw new SifaraException(file + ":1: the file name must be kebab-case, e.g. who-met-whom.rq");
        }
        QueryHeader header = HeaderParser.parse(file, source);
        Query query;
        try {
            query = QueryFactory.create(source, base.value(), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            int line = e.getLine() > 0 ? e.getLine() : 1;
            throw new SifaraException(file + ":" + line + ": SPARQL syntax: " + firstLine(e.getMessage()));
        }
        return new SavedQuery(name, source, header, parameters(file, header, query, base), query);
    }

    private static List<Parameter> parameters(String file, QueryHeader header, Query query, BaseIri base) {
        Map<String, Parameter> found = new LinkedHashMap<>();
        Matcher m = PARAM_VAR.matcher(query.serialize());
        TreeSet<String> variables = new TreeSet<>();
        while (m.find()) {
            variables.add(m.group(1));
        }
        for (String variable : variables) {
            boolean optional = variable.startsWith("__");
            String rest = variable.substring(optional ? 2 : 1);
            ParameterType type = ParameterType.ofVariable(rest);
            String name = rest.substring(0, rest.length() - type.suffix().length());
            if (!PARAM_NAME.matcher(name).matches() || RESERVED.contains(name)) {
                throw new SifaraException(file + ":1: parameter variable ?" + variable + " gives the name '" + name
                        + "', which is not allowed (lowercase letters, digits, '_'; not " + RESERVED + ")");
            }
            if (found.containsKey(name)) {
                throw new SifaraException(file + ":1: two variables give the parameter name '" + name + "'");
            }
            String defaultValue = header.defaults().get(name);
            if (type == ParameterType.IRI && defaultValue != null && !defaultValue.matches("(?i)https?:.*")) {
                defaultValue = base.value() + defaultValue; // written relative to the base, like the query's IRIs
            }
            found.put(name, new Parameter(name, variable, type, !optional, defaultValue,
                    header.enumerate().getOrDefault(name, List.of()), header.parameterDescriptions().getOrDefault(name, "")));
        }
        for (Map<String, ?> section : List.of(header.defaults(), header.enumerate(), header.parameterDescriptions())) {
            for (String key : section.keySet()) {
                if (!found.containsKey(key)) {
                    throw new SifaraException(file + ":1: the header names a parameter '" + key
                            + "' that the query does not have (parameters: " + found.keySet() + ")");
                }
            }
        }
        List<Parameter> params = new ArrayList<>(found.values());
        params.sort(java.util.Comparator.comparing(Parameter::name));
        for (Parameter p : params) {
            if (p.defaultValue() != null) {
                try {
                    ParameterBinder.toNode(p, p.defaultValue());
                } catch (BadParameterException e) {
                    throw new SifaraException(file + ":1: the default of '" + p.name() + "' is wrong: " + e.getMessage());
                }
            }
        }
        return params;
    }

    public boolean isSelect() {
        return query.isSelectType();
    }

    public boolean isGraph() {
        return query.isConstructType() || query.isDescribeType();
    }

    /** The source as published: a BASE line is added so that the relative IRIs resolve anywhere. */
    public String publishedSource(BaseIri base) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.length && lines[i].startsWith("#")) {
            out.append(lines[i++]).append('\n');
        }
        out.append("BASE <").append(base.value()).append(">\n");
        for (; i < lines.length; i++) {
            out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
        }
        return out.toString();
    }

    /**
     * The query with the given values written in place of its parameter variables: plain SPARQL
     * that runs anywhere (the query editor opens it), as Jena serializes it.
     */
    public String boundText(Map<String, List<String>> given) {
        Map<Var, Node> values = new LinkedHashMap<>();
        ParameterBinder.bind(this, given).forEach(values::put);
        return QueryTransformOps.replaceVars(query, values).serialize();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
