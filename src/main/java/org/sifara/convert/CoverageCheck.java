package org.sifara.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sifara.facts.Problems;
import org.sifara.facts.SourcePosition;

/**
 * Lists the dates and numbers written in an article (digits of both kinds, Arabic month and
 * weekday names, number words such as أربعة مليارات) that no fact's evidence covers, as warnings,
 * so that a curator sees what was missed.
 */
final class CoverageCheck {

    private static final String DIGITS = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]+(?:[.,\\u066B\\u066C][0-9\\u0660-\\u0669\\u06F0-\\u06F9]+)*";
    private static final String MONTHS = "يناير|فبراير|مارس|أبريل|إبريل|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس"
            + "|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول"
            + "|تشرين الأول|تشرين الثاني|كانون الأول";
    private static final String WEEKDAYS = "الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت";
    private static final String NUMBER_WORDS = "واحد|واحدة|اثنان|اثنين|اثنتين|ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|سبعة|سبع"
            + "|ثمانية|ثماني|تسعة|تسع|عشرة|عشر|عشرون|عشرين|ثلاثون|ثلاثين|أربعون|أربعين|خمسون|خمسين|مائة|مئة|مئات"
            + "|ألف|آلاف|ألفين|مليون|ملايين|مليونين|مليار|مليارات|ملياري|بليون|بلايين";
    /** A token, with up to two proclitics (و ف ب ل ك), standing alone as a word. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<!\\p{L})(?:" + DIGITS + "|[وفبلك]{0,2}(?:" + MONTHS + "|" + WEEKDAYS + "|" + NUMBER_WORDS + "))(?!\\p{L})");

    private CoverageCheck() {}

    static void check(Path textFile, ArticleText text, List<ArticleText.Span> covered, Problems problems) {
        List<int[]> spans = merged(covered);
        Matcher m = TOKEN.matcher(text.text());
        ArticleText.LineCursor lines = text.lineCursor();
        int next = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            // Tokens come in text order, so spans that end before this token cannot cover a later one.
            while (next < spans.size() && spans.get(next)[1] < end) {
                next++;
            }
            boolean isCovered = next < spans.size() && spans.get(next)[0] <= start;
            if (!isCovered) {
                int[] lc = lines.lineAndColumn(start);
                problems.warning(new SourcePosition(textFile, lc[0], lc[1]),
                        "'" + m.group() + "' (a date or number) is not covered by any fact's evidence");
            }
        }
    }

    /** The covered spans as sorted, disjoint [start, end) char ranges, overlapping ones merged. */
    private static List<int[]> merged(List<ArticleText.Span> covered) {
        List<int[]> sorted = covered.stream().map(s -> new int[] {s.charStart(), s.charEnd()})
                .sorted(Comparator.comparingInt(r -> r[0])).toList();
        List<int[]> merged = new ArrayList<>();
        for (int[] r : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }
}
