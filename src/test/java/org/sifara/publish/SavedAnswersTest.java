package org.sifara.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.sifara.config.BaseIri;
import org.sifara.query.QueryCatalogue;
import org.sifara.query.QueryGate;
import org.sifara.query.QueryRunner;
import org.sifara.query.ResultFormat;
import org.sifara.query.SavedQuery;
import org.sifara.testing.TestData;
import org.sifara.vocab.Prefixes;

/**
 * Saved-query answers are kept ready, as downloads are: the second request for the same answer in
 * the same form gets the very body the first one made, gzip form and ETag included, whatever the
 * order of its parameters; a full gate refuses only what is not kept.
 */
class SavedAnswersTest {

    private final QueryCatalogue catalogue = QueryCatalogue.load(BaseIri.defaultBase());
    private final SavedQuery participants = catalogue.get("event-participants").orElseThrow();

    private SavedAnswers answers(QueryGate gate) {
        return new SavedAnswers(catalogue, new QueryRunner(TestData.queryableSeed()), Prefixes.forBase(BaseIri.defaultBase()),
                gate, SavedAnswers.DEFAULT_MAX_BYTES);
    }

    @Test
    void aWrittenAnswerIsKeptWithItsGzipFormAndETag() throws IOException {
        SavedAnswers answers = answers(new QueryGate(2, 0));
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("lang", List.of("ar"));
        params.put("event", List.of("https://w3id.org/sifara/id/event/haftar-sharif-meeting-2026-02-03"));
        Download first = answers.answer(participants, params, ResultFormat.JSON).body();
        Map<String, List<String>> reordered = new LinkedHashMap<>();
        reordered.put("event", params.get("event"));
        reordered.put("lang", params.get("lang"));
        Download second = answers.answer(participants, reordered, ResultFormat.JSON).body();
        assertSame(first, second, "the same body, not written, gzipped and hashed again");
        assertEquals(new String(first.bytes(), java.nio.charset.StandardCharsets.UTF_8),
                new String(new GZIPInputStream(new ByteArrayInputStream(first.gzipped())).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8), "the gzip form is the same answer");
        assertTrue(first.etag().matches("\"[0-9a-f]{24}\""), first.etag());
        assertNotSame(first, answers.answer(participants, params, ResultFormat.CSV).body(), "each form is its own body");
    }

    @Test
    void aFullGateRefusesOnlyWhatIsNotKept() {
        QueryGate gate = new QueryGate(1, 0);
        SavedAnswers answers = answers(gate);
        Download kept = answers.answer(participants, Map.of(), ResultFormat.TSV).body();
        assertTrue(gate.tryEnter(QueryGate.Lane.SAVED), "take the only place");
        try {
            assertSame(kept, answers.answer(participants, Map.of(), ResultFormat.TSV).body(), "a kept answer needs no place");
            assertThrows(SavedAnswers.BusyException.class, () -> answers.answer(participants, Map.of("lang", List.of("ar")),
                    ResultFormat.TSV), "a new answer needs a place, and there is none");
        } finally {
            gate.leave(QueryGate.Lane.SAVED);
        }
        assertTrue(answers.answer(participants, Map.of("lang", List.of("ar")), ResultFormat.TSV).body().bytes().length > 0,
                "a refused answer was not kept as a failure");
    }
}
