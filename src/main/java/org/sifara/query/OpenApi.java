package org.sifara.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;

/**
 * The OpenAPI 3 description of the saved-query API, generated from the query headers: one GET
 * operation per query, its parameters with their types, defaults and enumerations, and the media
 * types it answers in.
 */
public final class OpenApi {

    private OpenApi() {}

    public static JsonObject describe(List<SavedQuery> queries, String version) {
        JsonObject doc = new JsonObject();
        doc.put("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.put("title", "Sifara saved queries");
        info.put("description", "Answers about the actors, events, agreements and statements of diplomatic news, "
                + "from saved SPARQL queries. Every parameter is bound as an RDF term.");
        info.put("version", version);
        JsonObject license = new JsonObject();
        license.put("name", "CC BY 4.0 (data)");
        license.put("url", "https://creativecommons.org/licenses/by/4.0/");
        info.put("license", license);
        doc.put("info", info);
        JsonArray servers = new JsonArray();
        JsonObject server = new JsonObject();
        server.put("url", "/");
        servers.add(server);
        doc.put("servers", servers);
        JsonObject paths = new JsonObject();
        paths.put("/queries", listOperation());
        for (SavedQuery q : queries) {
            JsonObject path = new JsonObject();
            path.put("get", operation(q));
            paths.put("/queries/" + q.name(), path);
        }
        doc.put("paths", paths);
        return doc;
    }

    /** A paging parameter: a whole number from {@code min} (to {@code max}, if not negative). */
    private static JsonObject paging(String name, String description, long min, long max, long dflt) {
        JsonObject param = new JsonObject();
        param.put("name", name);
        param.put("in", "query");
        param.put("required", false);
        param.put("description", description);
        JsonObject schema = new JsonObject();
        schema.put("type", "integer");
        schema.put("minimum", min);
        if (max >= 0) {
            schema.put("maximum", max);
        }
        schema.put("default", dflt);
        param.put("schema", schema);
        return param;
    }

    private static JsonObject listOperation() {
        JsonObject op = new JsonObject();
        op.put("operationId", "listQueries");
        op.put("summary", "The saved queries, with their parameters");
        JsonObject responses = new JsonObject();
        responses.put("200", response("The saved queries", List.of("application/json", "text/html")));
        op.put("responses", responses);
        JsonObject path = new JsonObject();
        path.put("get", op);
        return path;
    }

    private static JsonObject operation(SavedQuery q) {
        JsonObject op = new JsonObject();
        op.put("operationId", camel(q.name()));
        op.put("summary", q.header().summary());
        if (!q.header().description().isEmpty()) {
            op.put("description", q.header().description());
        }
        JsonArray tags = new JsonArray();
        q.header().tags().forEach(t -> tags.add(new JsonString(t)));
        if (!tags.isEmpty()) {
            op.put("tags", tags);
        }
        JsonArray params = new JsonArray();
        for (Parameter p : q.parameters()) {
            JsonObject param = new JsonObject();
            param.put("name", p.name());
            param.put("in", "query");
            param.put("required", p.mustBeGiven());
            if (!p.description().isEmpty()) {
                param.put("description", p.description());
            }
            JsonObject schema = new JsonObject();
            schema.put("type", p.type().jsonType());
            if (p.type().jsonFormat() != null) {
                schema.put("format", p.type().jsonFormat());
            }
            if (!p.allowed().isEmpty()) {
                JsonArray values = new JsonArray();
                p.allowed().forEach(v -> values.add(new JsonString(v)));
                schema.put("enum", values);
            }
            if (p.defaultValue() != null) {
                schema.put("default", p.defaultValue());
            }
            param.put("schema", schema);
            params.add(param);
        }
        List<ResultFormat> formats = ResultFormat.forQuery(q);
        JsonObject format = new JsonObject();
        format.put("name", "format");
        format.put("in", "query");
        format.put("required", false);
        format.put("description", "The form of the answer, instead of the Accept header.");
        JsonObject formatSchema = new JsonObject();
        formatSchema.put("type", "string");
        JsonArray keys = new JsonArray();
        formats.forEach(f -> keys.add(new JsonString(f.key())));
        formatSchema.put("enum", keys);
        format.put("schema", formatSchema);
        params.add(format);
        params.add(paging("limit", "How many rows the page holds (" + Paging.DEFAULT_LIMIT + " if not given, at most " + Paging.MAX_LIMIT
                + "); a Link header with rel=\"next\" says when more follow.", 1, Paging.MAX_LIMIT, Paging.DEFAULT_LIMIT));
        params.add(paging("offset", "How many rows of the answer come before the page.", 0, -1, 0));
        op.put("parameters", params);
        JsonObject responses = new JsonObject();
        List<String> types = new ArrayList<>(formats.stream().map(ResultFormat::mediaType).toList());
        types.add("text/html");
        JsonObject answer = response("The answer (text/html: a table for people)", types);
        answer.put("headers", header("X-Sifara-Truncated",
                "Present when the answer was cut at the server's row limit: that limit", "integer"));
        responses.put("200", answer);
        responses.put("304", plain("Not modified: the answer is the one you have (If-None-Match)"));
        responses.put("400", plain("A parameter is unknown, missing or has a wrong value; the body says which, in one line"));
        responses.put("406", plain("None of the accepted media types is available"));
        JsonObject busy = plain("Too many queries are running, or the query ran out of time; try again later");
        busy.put("headers", header("Retry-After", "Seconds to wait, when the server was busy", "integer"));
        responses.put("503", busy);
        op.put("responses", responses);
        return op;
    }

    private static JsonObject response(String description, List<String> mediaTypes) {
        JsonObject r = new JsonObject();
        r.put("description", description);
        JsonObject content = new JsonObject();
        for (String type : mediaTypes) {
            JsonObject media = new JsonObject();
            JsonObject schema = new JsonObject();
            schema.put("type", type.contains("json") ? "object" : "string");
            media.put("schema", schema);
            content.put(type, media);
        }
        r.put("content", content);
        return r;
    }

    private static JsonObject header(String name, String description, String type) {
        JsonObject schema = new JsonObject();
        schema.put("type", type);
        JsonObject header = new JsonObject();
        header.put("description", description);
        header.put("schema", schema);
        JsonObject headers = new JsonObject();
        headers.put(name, header);
        return headers;
    }

    private static JsonObject plain(String description) {
        JsonObject r = new JsonObject();
        r.put("description", description);
        return r;
    }

    static String camel(String kebab) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
