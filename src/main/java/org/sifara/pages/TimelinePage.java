package org.sifara.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;

/**
 * {@code /timeline?page=N}: the events as a timeline drawn in SVG (no script, no external asset):
 * a day known exactly is a dot, a known beginning and end a bar, and bounds ("at some time within
 * 17–19 December", "on or before 3 February") a dashed range; beside it the same events as a
 * table, with their dates in words. One page holds the {@link #PAGE_SIZE} latest events of its
 * period; the next page goes further back. In Arabic time runs from right to left.
 */
public final class TimelinePage {

    static final int PAGE_SIZE = 60;
    static final int WIDTH = 960;
    static final int ROW = 30;
    static final int TOP = 34;

    private final Site site;
    private final View view;
    private final int page;

    public TimelinePage(Site site, View view, int page) {
        this.site = site;
        this.view = view;
        this.page = Math.max(1, page);
    }

    private record Item(Node event, DateText.When when, LocalDate from, LocalDate to, String hedge) {}

    /** @throws ListPage.NoSuchPage for a page past the last */
    public String render() {
        FactQueries facts = new FactQueries(site.pub());
        Values values = new Values(site, view);
        List<QuerySolution> rows = facts.select("SELECT ?x ?last WHERE { { SELECT ?x (MAX(?d) AS ?last) WHERE { ?x a sifara:DiplomaticEvent ; "
                + FactQueries.WHEN_PATH + " ?d } GROUP BY ?x } } ORDER BY DESC(STR(?last)) STR(?x) LIMIT "
                + (PAGE_SIZE + 1) + " OFFSET " + (long) (page - 1) * PAGE_SIZE);
        boolean more = rows.size() > PAGE_SIZE;
        if (rows.isEmpty() && page > 1) {
            throw new ListPage.NoSuchPage();
        }
        List<Node> nodes = rows.stream().limit(PAGE_SIZE).map(r -> r.getResource("x").asNode()).toList();
        values.preload(nodes);
        Map<Node, DateText.When> when = facts.when(nodes);
        Map<Node, List<Node>> hedges = facts.hedges(nodes);
        values.preload(hedges.values().stream().flatMap(List::stream).distinct().toList());
        List<Item> items = new ArrayList<>();
        for (Node n : nodes) {
            DateText.When w = when.get(n);
            if (w != null && w.from() != null) {
                items.add(new Item(n, w, w.from(), w.to(), values.hedge(hedges.get(n))));
            }
        }
        items.sort(Comparator.comparing(Item::from).thenComparing(Item::to).thenComparing(i -> values.label(i.event())));
        Map<String, Object> m = site.model(view);
        String title = site.word(view, "timeline_title");
        m.put("title", title);
        m.put("empty", items.isEmpty());
        if (!items.isEmpty()) {
            LocalDate min = items.stream().map(Item::from).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate max = items.stream().map(Item::to).max(Comparator.naturalOrder()).orElseThrow();
            m.put("period", values.dates().range(min, max));
            m.put("svg", drawing(items, values, min.minusDays(3), max.plusDays(3)));
        }
        List<Map<String, Object>> table = new ArrayList<>();
        for (Item i : items) {
            table.add(Map.of("value", values.of(i.event()), "when", values.dates().of(i.when()), "from", i.from().toString(),
                    "hedge", i.hedge()));
        }
        m.put("items", table);
        if (page > 1) {
            m.put("previous", view.local(page == 2 ? "/timeline" : "/timeline?page=" + (page - 1)));
        }
        if (more) {
            m.put("next", view.local("/timeline?page=" + (page + 1)));
        }
        return site.page(view, "timeline", m, title, "timeline", List.of(), List.of());
    }

    private Map<String, Object> drawing(List<Item> items, Values values, LocalDate start, LocalDate end) {
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        boolean rtl = view.lang() == Lang.AR;
        Map<String, Object> svg = new LinkedHashMap<>();
        svg.put("width", WIDTH);
        int height = TOP + items.size() * ROW + 10;
        svg.put("height", height);
        List<Map<String, Object>> ticks = new ArrayList<>();
        LocalDate tick = start.withDayOfMonth(1).plusMonths(1);
        long months = ChronoUnit.MONTHS.between(start, end);
        int step = months > 36 ? 12 : months > 12 ? 3 : 1;
        if (step == 12) {
            tick = start.withDayOfYear(1).plusYears(1);
        }
        for (; !tick.isAfter(end); tick = tick.plusMonths(step)) {
            int x = x(tick, start, days, rtl);
            ticks.add(Map.of("x", x, "y2", height, "label", step == 12 ? Integer.toString(tick.getYear())
                    : site.messages().get(view.lang(), "month_" + tick.getMonthValue()) + " " + tick.getYear()));
        }
        svg.put("ticks", ticks);
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            DateText.When w = item.when();
            int y = TOP + i * ROW;
            // What the bounds allow: from the earliest possible day to the latest; a side with no
            // bound runs to the edge of the chart, faint.
            LocalDate lower = w.date() != null ? w.date() : w.begin() != null ? w.begin() : w.earliestBegin();
            LocalDate upper = w.date() != null ? w.date() : w.end() != null ? w.end() : w.latestEnd();
            int a = lower == null ? x(start, start, days, rtl) : x(lower, start, days, rtl);
            int b = upper == null ? x(end, start, days, rtl) : x(upper.plusDays(1), start, days, rtl);
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("x", Math.min(a, b));
            bar.put("y", y + 14);
            bar.put("w", Math.max(6, Math.abs(b - a)));
            bar.put("cls", item.when().exact() || w.begin() != null && w.end() != null ? "bar exact"
                    : lower == null || upper == null ? "range open" : "range");
            // What is certain: the day, or the days it was certainly under way.
            LocalDate sureFrom = w.date() != null ? w.date() : w.begin() != null && w.end() != null ? w.begin() : w.latestBegin();
            LocalDate sureTo = w.date() != null ? w.date() : w.begin() != null && w.end() != null ? w.end() : w.earliestEnd();
            if (sureFrom != null && sureTo != null && !sureTo.isBefore(sureFrom) && w.date() == null
                    && !(w.begin() != null && w.end() != null)) {
                int c = x(sureFrom, start, days, rtl);
                int d = x(sureTo.plusDays(1), start, days, rtl);
                bar.put("sure", Map.of("x", Math.min(c, d), "w", Math.max(6, Math.abs(d - c))));
            }
            String hedged = item.hedge().isEmpty() ? "" : " (" + item.hedge() + ")";
            bar.put("tip", values.label(item.event()) + hedged + " — " + values.dates().of(w));
            int left = (int) bar.get("x");
            int width = (int) bar.get("w");
            int labelAt = lower == null && upper != null ? (rtl ? left : left + width) : (rtl ? left + width : left);
            boolean anchorAtStart = rtl ? labelAt > WIDTH * 0.4 : labelAt < WIDTH * 0.6;
            bar.put("tx", labelAt);
            bar.put("ty", y + 10);
            bar.put("anchor", anchorAtStart ? "start" : "end");
            bar.put("label", values.label(item.event()) + hedged);
            bars.add(bar);
        }
        svg.put("bars", bars);
        return svg;
    }

    private static int x(LocalDate d, LocalDate start, long days, boolean rtl) {
        int x = (int) Math.round(10 + (WIDTH - 20) * (double) ChronoUnit.DAYS.between(start, d) / days);
        return rtl ? WIDTH - x : x;
    }
}
