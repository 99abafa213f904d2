package org.sifara.pages;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.sifara.query.Answer;
import org.sifara.query.Parameter;
import org.sifara.query.ResultFormat;
import org.sifara.query.SavedQuery;
import org.sifara.publish.Labeler;

/** HTML for people: the list of saved queries, and one query's answer as a table. */
public final class QueryPages {

    private final Links links;
    private final Labeler labeler;

    public QueryPages(Links links, Labeler labeler) {
        this.links = links;
        this.labeler = labeler;
    }

    public String list(List<SavedQuery> queries) {
        StringBuilder b = new StringBuilder("<h1>Saved queries</h1>\n<p>Each runs over HTTP with its parameters as URL "
                + "query parameters; the answer comes in the form the <code>Accept</code> header or <code>?format=</code> "
                + "asks for. The API is described in " + Html.link("/openapi.json", "OpenAPI") + ".</p>\n");
        for (SavedQuery q : queries) {
            b.append("<h2 id=\"").append(Html.escape(q.name())).append("\">").append(Html.link("/queries/" + q.name(), Html.escape(q.name())))
                    .append("</h2>\n<p><strong>").append(Html.escape(q.header().summary())).append("</strong></p>\n<p>")
                    .append(Html.escape(q.header().description())).append("</p>\n");
            if (!q.parameters().isEmpty()) {
                b.append("<ul>\n");
                for (Parameter p : q.parameters()) {
                    b.append("<li><code>").append(Html.escape(p.name())).append("</code> (").append(p.type().word())
                            .append(p.mustBeGiven() ? ", required" : "").append(p.defaultValue() != null
                                    ? ", default <code>" + Html.escape(p.defaultValue()) + "</code>" : "")
                            .append(p.allowed().isEmpty() ? "" : ", one of " + Html.escape(String.join(", ", p.allowed())))
                            .append(") ").append(Html.escape(p.description())).append("</li>\n");
                }
                b.append("</ul>\n");
            }
            b.append("<p class=\"muted\">Answers: ");
            b.append(String.join(" · ", ResultFormat.forQuery(q).stream()
                    .map(f -> Html.link("/queries/" + q.name() + "?format=" + f.key(), f.key())).toList()));
            b.append(" · ").append(Html.link("/queries/" + q.name() + ".rq", "source")).append("</p>\n");
        }
        return Html.page("Saved queries", "", b.toString());
    }

    /** The answer as a table, with {@code headLinks} (its other formats) in the page head. */
    public String answer(SavedQuery q, Answer answer, String headLinks) {
        return answer(q, answer, headLinks, null, null);
    }

    /**
     * One page of the answer as a table, with links to the previous and next pages ({@code null}
     * where there is none).
     */
    public String answer(SavedQuery q, Answer answer, String headLinks, String previousPage, String nextPage) {
        StringBuilder b = new StringBuilder("<h1>").append(Html.escape(q.header().summary())).append("</h1>\n<p>")
                .append(Html.escape(q.header().description())).append("</p>\n");
        if (answer instanceof Answer.Rows rows) {
            b.append("<p class=\"muted\">").append(rows.rows().size()).append(rows.rows().size() == 1 ? " row" : " rows");
            if (rows.truncatedAt() > 0) {
                b.append(", cut at the server's limit of ").append(rows.truncatedAt())
                        .append(" rows: there are more. Page through them with LIMIT and OFFSET at the ")
                        .append(Html.link("/sparql", "SPARQL endpoint")).append('.');
            }
            b.append("</p>\n<table>\n<tr>");
            rows.vars().forEach(v -> b.append("<th>").append(Html.escape(v.getVarName())).append("</th>"));
            b.append("</tr>\n");
            for (Binding row : rows.rows()) {
                b.append("<tr>");
                for (Var v : rows.vars()) {
                    Node n = row.get(v);
                    b.append("<td>").append(n == null ? "" : cell(n)).append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</table>\n");
            if (previousPage != null || nextPage != null) {
                b.append("<p>");
                if (previousPage != null) {
                    b.append(Html.link(previousPage, "previous page"));
                }
                if (nextPage != null) {
                    b.append(previousPage != null ? " · " : "").append(Html.link(nextPage, "next page"));
                }
                b.append("</p>\n");
            }
        } else if (answer instanceof Answer.Bool bool) {
            b.append("<p>").append(bool.value() ? "Yes" : "No").append("</p>\n");
        }
        b.append("<p class=\"muted\">").append(Html.link("/queries/" + q.name() + ".rq", "The query")).append(" · ")
                .append(Html.link("/queries", "All saved queries")).append("</p>\n");
        return Html.page(q.header().summary(), headLinks, b.toString());
    }

    private String cell(Node n) {
        if (n.isURI()) {
            String href = links.href(n);
            String text = Html.escape(labeler.display(n));
            return href == null ? text : Html.link(href, text);
        }
        if (n.isLiteral()) {
            return Html.lang(n.getLiteralLexicalForm(), n.getLiteralLanguage());
        }
        return Html.escape(n.toString());
    }
}
