package org.sifara.query;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The saved queries described as JSON, for machines: names, summaries, parameters, formats, URLs. */
public final class CatalogueListing {

    private CatalogueListing() {}

    public static JsonArray json(QueryCatalogue catalogue) {
        JsonArray array = new JsonArray();
        for (SavedQuery q : catalogue.all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("summary", q.header().summary());
            o.put("description", q.header().description());
            JsonArray tags = new JsonArray();
            q.header().tags().forEach(tags::add);
            o.put("tags", tags);
            JsonArray params = new JsonArray();
            q.parameters().forEach(p -> params.add(parameter(p)));
            o.put("parameters", params);
            JsonArray formats = new JsonArray();
            ResultFormat.forQuery(q).forEach(f -> formats.add(f.key()));
            o.put("formats", formats);
            o.put("url", "/queries/" + q.name());
            o.put("source", "/queries/" + q.name() + ".rq");
            array.add(o);
        }
        return array;
    }

    private static JsonObject parameter(Parameter p) {
        JsonObject po = new JsonObject();
        po.put("name", p.name());
        po.put("type", p.type().word());
        po.put("required", p.mustBeGiven());
        if (p.defaultValue() != null) {
            po.put("default", p.defaultValue());
        }
        JsonArray allowed = new JsonArray();
        p.allowed().forEach(allowed::add);
        po.put("enum", allowed);
        po.put("description", p.description());
        return po;
    }
}
