package org.sifara.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.sifara.query.Answer;

/**
 * A query's answer as a table model for the {@code answer} partial: IRIs by their labels in the
 * page's language, linked to their pages; literals in their language; numbers and dates with a
 * sort key, so that the table sorts right in the browser. One page of rows at a time, and never
 * more than {@link #MAX_CHARACTERS} of text, so that no answer makes a page too big to send.
 */
public final class AnswerTable {

    /**
     * The most bytes of cells one page of an answer holds (text counted twice, as Arabic takes two
     * bytes a letter, plus its link and markup); the rows past it are on the next page.
     */
    static final int MAX_CHARACTERS = 180_000;
    /** The most text one cell shows. */
    static final int MAX_CELL = 2_000;

    private final Site site;
    private final View view;
    private final Values values;

    public AnswerTable(Site site, View view) {
        this.site = site;
        this.view = view;
        this.values = new Values(site, view);
    }

    /**
     * The rows {@code offset} to {@code offset + limit} (fewer if the text would pass the bound).
     *
     * @param dropRepeated leave out a column whose values repeat an earlier column's in every row
     *                     (a saved query's "Arabic name" column when the labels are Arabic already)
     */
    public Map<String, Object> model(Answer answer, long offset, int limit, boolean dropRepeated) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (answer instanceof Answer.Bool bool) {
            m.put("bool", site.word(view, bool.value() ? "answer_yes" : "answer_no"));
            return m;
        }
        List<String> names;
        List<List<Node>> rows = new ArrayList<>();
        if (answer instanceof Answer.Triples triples) {
            names = List.of("subject", "predicate", "object");
            triples.graph().find().forEachRemaining(t -> rows.add(List.of(t.getSubject(), t.getPredicate(), t.getObject())));
            rows.sort(java.util.Comparator.comparing((List<Node> r) -> r.get(0).toString()).thenComparing(r -> r.get(1).toString()));
        } else {
            Answer.Rows r = (Answer.Rows) answer;
            names = r.vars().stream().map(Var::getVarName).toList();
            for (Binding b : r.rows()) {
                List<Node> row = new ArrayList<>();
                r.vars().forEach(v -> row.add(b.get(v)));
                rows.add(row);
            }
        }
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (!(dropRepeated && repeats(rows, c))) {
                shown.add(c);
            }
        }
        List<Map<String, Object>> columns = new ArrayList<>();
        shown.forEach(c -> columns.add(Map.of("name", names.get(c))));
        List<Map<String, Object>> out = new ArrayList<>();
        long characters = 0;
        long end = Math.min(rows.size(), offset + limit);
        long i = Math.max(0, offset);
        for (; i < end && characters < MAX_CHARACTERS; i++) {
            List<Node> row = rows.get((int) i);
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int c : shown) {
                Node n = row.get(c);
                Map<String, Object> cell = new LinkedHashMap<>();
                if (n != null) {
                    Value v = values.of(n);
                    if (v.text().length() > MAX_CELL) {
                        v = new Value(v.text().substring(0, MAX_CELL) + "…", v.href(), v.lang(), v.dir(), v.note(), v.code());
                    }
                    characters += 2L * v.text().length() + (v.href() == null ? 0 : 2L * v.href().length()) + 120;
                    cell.put("value", v);
                    cell.put("sortKey", sortKey(n));
                    cell.put("iri", n.isURI() ? n.getURI() : null);
                }
                cells.add(cell);
            }
            out.add(Map.of("cells", cells));
        }
        m.put("columns", columns);
        m.put("rows", out);
        m.put("total", rows.size());
        m.put("shownFrom", rows.isEmpty() ? 0 : Math.max(0, offset) + 1);
        m.put("shownTo", i);
        m.put("more", i < rows.size());
        m.put("nextOffset", i);
        m.put("summary", rows.size() == out.size() ? site.word(view, "answer_rows", number(rows.size()))
                : site.word(view, "answer_rows_part", number(Math.max(0, offset) + (out.isEmpty() ? 0 : 1)), number(i),
                        number(rows.size())));
        if (answer.truncatedAt() > 0) {
            m.put("truncated", site.word(view, "answer_truncated", number(answer.truncatedAt())));
        }
        m.put("table", true);
        return m;
    }

    /**
     * One page of a longer answer, already cut ({@code page} holds its rows only), whose first row is
     * row {@code firstRow + 1} of the whole; {@code hasNext} says whether rows follow it.
     */
    public Map<String, Object> page(Answer page, long firstRow, boolean hasNext, boolean dropRepeated) {
        Map<String, Object> m = model(page, 0, Integer.MAX_VALUE, dropRepeated);
        if (!m.containsKey("table")) {
            return m;
        }
        long shown = (Long) m.get("shownTo");
        boolean more = hasNext || Boolean.TRUE.equals(m.get("more"));
        m.put("shownFrom", shown == 0 ? 0 : firstRow + 1);
        m.put("shownTo", firstRow + shown);
        m.put("more", more);
        m.put("nextOffset", firstRow + shown);
        m.put("summary", firstRow == 0 && !more ? site.word(view, "answer_rows", number(shown))
                : site.word(view, "answer_rows_page", number(shown == 0 ? firstRow : firstRow + 1), number(firstRow + shown)));
        return m;
    }

    private String number(long n) {
        return Numbers.grouped(BigDecimal.valueOf(n), view.lang());
    }

    private static boolean repeats(List<List<Node>> rows, int column) {
        if (rows.isEmpty()) {
            return false;
        }
        for (int earlier = 0; earlier < column; earlier++) {
            int e = earlier;
            if (rows.stream().allMatch(r -> r.get(column) != null && r.get(column).equals(r.get(e)))) {
                return true;
            }
        }
        return false;
    }

    /** What a numeric or date cell sorts by: its lexical form; null (sort by text) for the rest. */
    private static String sortKey(Node n) {
        if (!n.isLiteral()) {
            return null;
        }
        String type = n.getLiteralDatatypeURI();
        if (type == null) {
            return null;
        }
        if (type.endsWith("#decimal") || type.endsWith("#integer") || type.endsWith("Integer") || type.endsWith("#int")
                || type.endsWith("#long")) {
            // One way of writing each value: stores give back 4000000000.0 or 4000000000 for it.
            try {
                return new java.math.BigDecimal(n.getLiteralLexicalForm().strip()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return n.getLiteralLexicalForm();
            }
        }
        if (type.endsWith("#date") || type.endsWith("#dateTime") || type.endsWith("#double") || type.endsWith("#float")) {
            return n.getLiteralLexicalForm();
        }
        return null;
    }

}
