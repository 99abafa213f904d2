package org.sifara.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sifara.query.PagedAnswer;
import org.sifara.query.Paging;
import org.sifara.query.Parameter;
import org.sifara.query.ParameterType;
import org.sifara.query.ResultFormat;
import org.sifara.query.SavedQuery;

/**
 * HTML for people: the list of saved queries, and one query's page: a form for its parameters
 * (select lists filled from the data for IRIs, the languages for {@code lang}), its answer as a
 * table one page at a time ({@code offset}, {@code limit}, as {@link Paging} reads them), and links to the same answer in every
 * other format, to its source and to the query editor.
 */
public final class QueryPages {

    private final Site site;

    public QueryPages(Site site) {
        this.site = site;
    }

    public String list(View view, List<SavedQuery> queries) {
        Map<String, Object> m = site.model(view);
        List<Map<String, Object>> items = new ArrayList<>();
        for (SavedQuery q : queries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", q.name());
            item.put("href", view.local("/queries/" + q.name()));
            item.put("summary", q.header().summary());
            item.put("description", q.header().description());
            item.put("parameters", q.parameters().stream().map(p -> Map.of("name", p.name(), "description",
                    p.description(), "type", p.type().word(), "required", p.mustBeGiven())).toList());
            item.put("formats", ResultFormat.forQuery(q).stream().map(f -> Map.of("key", f.key(),
                    "href", "/queries/" + q.name() + "?format=" + f.key())).toList());
            item.put("source", "/queries/" + q.name() + ".rq");
            items.add(item);
        }
        m.put("queries", items);
        String title = site.word(view, "nav_queries");
        return site.page(view, "queries", m, title, "queries", List.of(), List.of());
    }

    /**
     * One saved query's page.
     *
     * @param given the parameter values the URL gave (the query's own), after the page's own were taken out
     * @param page the page of the answer, or null when the parameters were refused ({@code error} says why)
     * @param editorText the query with its parameters bound, for the editor, or null
     */
    public String answer(View view, SavedQuery q, Map<String, String> given, PagedAnswer page, String error,
                         String editorText, List<Site.HeadLink> head) {
        Map<String, Object> m = site.model(view);
        m.put("name", q.name());
        m.put("summary", q.header().summary());
        m.put("description", q.header().description());
        m.put("action", "/queries/" + q.name());
        m.put("fields", fields(view, q, given));
        m.put("pinnedLang", view.pinned() && q.parameters().stream().noneMatch(p -> p.name().equals("lang"))
                ? view.lang().code() : null);
        if (page != null) {
            long offset = page.paging().offset();
            int limit = page.paging().limit();
            Map<String, Object> table = new AnswerTable(site, view).page(page.answer(), offset, page.hasNext(), true);
            m.put("answer", table);
            if (offset > 0) {
                m.put("previous", pageHref(q, given, view, Math.max(0, offset - limit), limit));
            }
            if (Boolean.TRUE.equals(table.get("more"))) {
                m.put("next", pageHref(q, given, view, (Long) table.get("nextOffset"), limit));
            }
        } else {
            m.put("answer", Map.of("error", error));
        }
        List<Map<String, Object>> formats = new ArrayList<>();
        for (ResultFormat f : ResultFormat.forQuery(q)) {
            formats.add(Map.of("key", f.key(), "type", f.mediaType(), "href", href(q, given, "format", f.key())));
        }
        m.put("formats", formats);
        m.put("source", "/queries/" + q.name() + ".rq");
        m.put("editor", editorText == null ? null
                : view.local("/sparql?query=" + URLEncoder.encode(editorText, StandardCharsets.UTF_8)));
        m.put("all", view.local("/queries"));
        return site.page(view, "query", m, q.header().summary(), "queries", head, List.of(new Site.Script("/assets/table.js")));
    }

    private List<Map<String, Object>> fields(View view, SavedQuery q, Map<String, String> given) {
        FactQueries facts = new FactQueries(site.pub());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Parameter p : q.parameters()) {
            String current = given.getOrDefault(p.name(), p.defaultValue() == null ? "" : p.defaultValue());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", p.name());
            f.put("id", "param-" + p.name());
            f.put("label", site.messages().has(view.lang(), "param_" + p.name())
                    ? site.word(view, "param_" + p.name()) : p.name());
            f.put("hint", p.description());
            f.put("value", current);
            f.put("required", p.mustBeGiven());
            List<Map<String, Object>> options = null;
            if (!p.allowed().isEmpty()) {
                options = new ArrayList<>();
                for (String v : p.allowed()) {
                    String label = p.name().equals("lang") && Lang.byCode(v).isPresent()
                            ? site.messages().get(Lang.byCode(v).get(), "language_name") : v;
                    options.add(option(v, label, v.equals(current)));
                }
            } else if (p.type() == ParameterType.IRI) {
                Optional<List<ParameterChoices.Choice>> choices = ParameterChoices.of(facts, p.name(), view.lang());
                if (choices.isPresent()) {
                    options = new ArrayList<>();
                    if (!p.mustBeGiven()) {
                        options.add(option("", site.word(view, "param_any"), current.isEmpty()));
                    }
                    boolean found = false;
                    for (ParameterChoices.Choice c : choices.get()) {
                        found |= c.iri().equals(current);
                        options.add(option(c.iri(), c.label(), c.iri().equals(current)));
                    }
                    if (!found && !current.isEmpty()) {
                        options.add(0, option(current, current, true));
                    }
                }
            }
            f.put("options", options);
            f.put("select", options != null);
            f.put("inputType", switch (p.type()) {
                case DATE -> "date";
                case INTEGER -> "number";
                case IRI -> "url";
                default -> "text";
            });
            out.add(f);
        }
        return out;
    }

    private static Map<String, Object> option(String value, String label, boolean selected) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("value", value);
        o.put("label", label);
        o.put("selected", selected);
        return o;
    }

    private static String pageHref(SavedQuery q, Map<String, String> given, View view, long offset, int limit) {
        String href = href(q, given, "offset", Long.toString(offset));
        if (limit != Paging.DEFAULT_LIMIT) {
            href = View.withParams(href, "limit", Integer.toString(limit));
        }
        return view.pinned() && !given.containsKey("lang") ? View.withParams(href, "lang", view.lang().code()) : href;
    }

    /** This query's URL with the given values, plus one more parameter. */
    private static String href(SavedQuery q, Map<String, String> given, String name, String value) {
        List<String> pairs = new ArrayList<>();
        given.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        pairs.add(name);
        pairs.add(value);
        return View.withParams("/queries/" + q.name(), pairs.toArray(String[]::new));
    }
}
