package org.sifara.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The page templates ({@code pages/templates/<name>.mustache}), compiled once with JMustache.
 * Every {@code {{value}}} is HTML-escaped ({@code & < > " '}; attributes are always quoted); the one raw insertion, {@code {{{body}}}} in the layout,
 * takes a page these templates rendered. A missing variable is an error, not an empty string, so a
 * mistyped name fails the tests instead of leaving a hole in a page.
 */
public final class Templates {

    static final List<String> PAGES = List.of("layout", "home", "list", "resource", "article", "queries", "query",
            "editor", "ontology", "timeline", "error");

    private final Map<String, Template> compiled = new HashMap<>();

    public Templates() {
        Mustache.Compiler compiler = Mustache.compiler()
                .withEscaper(Escapers.simple(new String[][] {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"},
                        {"\"", "&quot;"}, {"'", "&#39;"}}))
                .emptyStringIsFalse(true)
                .nullValue("")
                .withLoader(Templates::partial);
        for (String name : PAGES) {
            try (Reader reader = open(name)) {
                compiled.put(name, compiler.compile(reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Reader partial(String name) {
        return open(name);
    }

    private static Reader open(String name) {
        String resource = "pages/templates/" + name + ".mustache";
        InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing template " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    public String render(String name, Object context) {
        Template template = compiled.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no template '" + name + "'");
        }
        return template.execute(context);
    }
}
