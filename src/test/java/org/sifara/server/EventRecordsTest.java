package org.sifara.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sifara.testing.TestServer;

/** The event records come as a CSV download, linked from the home page, one row per coded event or statement. */
class EventRecordsTest {

    @RegisterExtension
    static final TestServer server = TestServer.seed();

    @Test
    void theEventRecordsDownloadAsCsvWithTheEventDataColumns() throws Exception {
        HttpResponse<String> r = server.getText("/queries/event-records?format=csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals("record,kind,name,date,earliest,latest,under_way_on,source_actor,source_name,source_country,source_cameo,"
                + "target_actor,target_name,target_country,target_cameo,cameo_code,cameo_root,plover,evidential_status,factuality,"
                + "place,place_geonames,place_country,story_id,sentence,evidence,note", lines.get(0));
        assertEquals(1 + 15, lines.size(), "seven events and eight statements carry a CAMEO code");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("https://w3id.org/sifara/id/event/haftar-sharif-meeting-2026-02-03,event,")
                && l.contains(",2026-02-03,") && l.contains(",Khalifa Haftar,LBY,LBYMIL,") && l.contains(",Shehbaz Sharif,PAK,PAKGOV,")
                && l.contains(",040,04,CONSULT,")), r.body());
        assertTrue(server.getText("/").body().contains("href=\"/queries/event-records?format=csv&amp;limit=1000\""), "the home page links the download");
    }
}
