package org.sifara.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Cuts an article's text into segments at every start and end of a quoted span (positions count
 * Unicode code points, as the Web Annotation selectors do), so that spans which overlap or nest can
 * all be highlighted: a segment inside one span or more is marked, naming the facts it supports,
 * and each span's start carries its anchor.
 */
final class Highlighter {

    private final int[] codePoints;
    private final List<ArticlePage.Span> spans;

    Highlighter(String text, List<ArticlePage.Span> spans) {
        this.codePoints = text.codePoints().toArray();
        this.spans = spans;
    }

    List<Map<String, Object>> segments() {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(codePoints.length);
        for (ArticlePage.Span s : spans) {
            cuts.add(clamp(s.start()));
            cuts.add(clamp(s.end()));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                out.add(segment(from, cut));
            }
            from = cut;
        }
        return out;
    }

    private Map<String, Object> segment(int from, int to) {
        Map<String, Object> seg = new LinkedHashMap<>();
        List<Map<String, Object>> anchors = new ArrayList<>();
        StringJoiner covering = new StringJoiner(" ");
        int depth = 0;
        for (ArticlePage.Span s : spans) {
            if (clamp(s.start()) == from) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", s.anchor());
                a.put("href", "#" + s.factAnchor());
                a.put("number", s.number());
                anchors.add(a);
            }
            if (clamp(s.start()) <= from && clamp(s.end()) >= to) {
                covering.add(Integer.toString(s.number()));
                depth++;
            }
        }
        seg.put("anchors", anchors);
        seg.put("text", new String(codePoints, from, to - from));
        seg.put("marked", depth > 0);
        seg.put("deep", depth > 1);
        seg.put("facts", covering.toString());
        return seg;
    }

    private int clamp(long position) {
        return (int) Math.max(0, Math.min(codePoints.length, position));
    }
}
