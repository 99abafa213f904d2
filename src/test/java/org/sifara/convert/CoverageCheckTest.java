package org.sifara.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sifara.facts.Problems;

/** Dates and numbers no evidence covers are listed for the curator; covered ones are not. */
class CoverageCheckTest {

    @Test
    void listsUncoveredDatesNumbersAndNumberWordsOnly() {
        String text = "التقى الوفدان في 12 يونيو ٢٠٢٥، ووُقّعت صفقة بثلاثة مليارات دولار في إسلام آباد يوم الأحد.";
        ArticleText article = new ArticleText(text);
        int covered = text.indexOf("12 يونيو");
        List<ArticleText.Span> spans = List.of(article.spanAt(covered, "12 يونيو"));
        Problems problems = new Problems();

        CoverageCheck.check(Path.of("a.txt"), article, spans, problems);

        List<String> found = problems.warnings().stream().map(p -> p.message().split("'")[1]).toList();
        assertEquals(List.of("٢٠٢٥", "بثلاثة", "مليارات", "الأحد"), found, "آباد is not the month آب");
        assertEquals("a.txt:1:27", problems.warnings().get(0).at().toString());
    }
}
