package org.sifara.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sifara.publish.Publication;

/**
 * What every page shares: the publication it shows, the templates, the interface's words, and the
 * frame around each page (one layout: the head, the navigation with the language switch, the
 * footer). Made once per server; pages are made per request from it.
 */
public final class Site {

    /** A link in a page's head to another form of it. */
    public record HeadLink(String rel, String type, String href) {}

    /** A script of ours, served as a file from {@code /assets/} (the Content-Security-Policy allows no other). */
    public record Script(String src) {}

    private static final List<String[]> NAV = List.of(
            new String[] {"home", "/"}, new String[] {"editor", "/sparql"}, new String[] {"queries", "/queries"},
            new String[] {"timeline", "/timeline"}, new String[] {"ontology", "/ontology"},
            new String[] {"void", "/.well-known/void"});

    private final Publication pub;
    private final Templates templates = new Templates();
    private final Messages messages = new Messages();

    public Site(Publication pub) {
        this.pub = pub;
    }

    public Publication pub() {
        return pub;
    }

    public Messages messages() {
        return messages;
    }

    public Templates templates() {
        return templates;
    }

    /** Words of the interface, in the view's language. */
    public String word(View view, String key, Object... args) {
        return messages.format(view.lang(), key, args);
    }

    /** A model for a page template, with the view's language and words in it. */
    public Map<String, Object> model(View view) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", messages.all(view.lang()));
        model.put("lang", view.lang().code());
        model.put("dir", view.lang().dir());
        return model;
    }

    /**
     * A whole page: {@code template} rendered with {@code model} inside the layout.
     *
     * @param section the navigation entry this page belongs to ({@code home}, {@code editor}...), or null
     */
    public String page(View view, String template, Map<String, Object> model, String title, String section,
                       List<HeadLink> head, List<Script> scripts) {
        String body = templates.render(template, model);
        Map<String, Object> frame = model(view);
        frame.put("title", title);
        frame.put("body", body);
        frame.put("head", head);
        frame.put("scripts", scripts);
        frame.put("switchHref", view.switchHref());
        frame.put("switchLang", view.lang().other().code());
        frame.put("switchDir", view.lang().other().dir());
        frame.put("switchLabel", messages.get(view.lang().other(), "language_name"));
        frame.put("home", view.local("/"));
        List<Map<String, Object>> nav = new ArrayList<>();
        for (String[] entry : NAV) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("href", view.local(entry[1]));
            item.put("label", messages.get(view.lang(), "nav_" + entry[0]));
            item.put("current", entry[0].equals(section));
            nav.add(item);
        }
        frame.put("nav", nav);
        return templates.render("layout", frame);
    }

    /** The links of a page's head to its other forms. */
    public static List<HeadLink> alternates(List<ResourcePage.Alternate> alternates) {
        return alternates.stream().map(a -> new HeadLink("alternate", a.mediaType(), a.href())).toList();
    }
}
