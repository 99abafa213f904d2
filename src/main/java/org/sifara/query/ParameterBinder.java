package org.sifara.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.sifara.OneLine;
import org.sifara.config.WebIri;

/**
 * Turns the parameter values a user gives (as text) into RDF terms bound to the query's
 * variables, after checking each against its type and allowed values. Values are never spliced
 * into the query text: {@code "} DELETE {} is a string like any other.
 */
public final class ParameterBinder {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int MAX_LENGTH = 2000;

    private ParameterBinder() {}

    /** The binding for {@code given} (parameter name to value); unset optional parameters stay free. */
    public static Binding bind(SavedQuery query, Map<String, List<String>> given) {
        for (var entry : given.entrySet()) {
            if (query.parameters().stream().noneMatch(p -> p.name().equals(entry.getKey()))) {
                throw new BadParameterException("unknown parameter '" + abbreviate(entry.getKey()) + "' for query '" + query.name()
                        + "'" + (query.parameters().isEmpty() ? " (it takes none)"
                        : " (it takes: " + String.join(", ", query.parameters().stream().map(Parameter::name).toList()) + ")"));
            }
            if (entry.getValue().size() > 1) {
                throw new BadParameterException("parameter '" + entry.getKey() + "' is given more than once");
            }
        }
        BindingBuilder binding = BindingBuilder.create();
        for (Parameter p : query.parameters()) {
            List<String> values = given.get(p.name());
            String value = values == null || values.isEmpty() ? p.defaultValue() : values.get(0);
            if (value == null) {
                if (p.required()) {
                    throw new BadParameterException("parameter '" + p.name() + "' is required");
                }
                continue;
            }
            binding.add(Var.alloc(p.variable()), toNode(p, value));
        }
        return binding.build();
    }

    /** One value as an RDF term, or a one-line reason why it cannot be one. */
    static Node toNode(Parameter p, String value) {
        if (value.length() > MAX_LENGTH) {
            throw new BadParameterException("parameter '" + p.name() + "' is longer than " + MAX_LENGTH + " characters");
        }
        if (!p.allowed().isEmpty() && !p.allowed().contains(value)) {
            throw new BadParameterException("parameter '" + p.name() + "' must be one of " + p.allowed() + ", not '"
                    + abbreviate(value) + "'");
        }
        return switch (p.type()) {
            case IRI -> iri(p, value);
            case INTEGER -> {
                if (!INTEGER.matcher(value).matches()) {
                    throw new BadParameterException("parameter '" + p.name() + "' must be an integer, not '" + abbreviate(value) + "'");
                }
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case DATE -> {
                try {
                    if (!DATE.matcher(value).matches()) {
                        throw new DateTimeParseException("form", value, 0);
                    }
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new BadParameterException("parameter '" + p.name() + "' must be a date YYYY-MM-DD, not '" + abbreviate(value) + "'");
                }
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            }
            case STRING -> NodeFactory.createLiteralString(value);
        };
    }

    private static Node iri(Parameter p, String value) {
        if (!WebIri.isAbsolute(value)) {
            throw new BadParameterException("parameter '" + p.name() + "' must be an absolute http(s) IRI, not '"
                    + abbreviate(value) + "'");
        }
        return NodeFactory.createURI(value);
    }

    static String abbreviate(String s) {
        return OneLine.abbreviate(s, 80);
    }
}
