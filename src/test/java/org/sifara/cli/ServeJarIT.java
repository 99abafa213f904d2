package org.sifara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sifara.testing.ExternalTool;

/** {@code java -jar target/sifara.jar serve}: starts, logs one ready line, answers, stops on a signal. */
class ServeJarIT {

    private static final Pattern READY = Pattern.compile("Sifara is ready at (http://\\S+/)");

    static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("sifara.jar", "target/sifara.jar")).toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void servesTheArticleAndStopsCleanly() throws Exception {
        Process p = new ProcessBuilder(java("serve", "--port", "0")).redirectErrorStream(true).start();
        try {
            BufferedReader log = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            List<String> seen = new ArrayList<>();
            for (String line; url == null && (line = log.readLine()) != null;) {
                seen.add(line);
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertTrue(url != null, "no ready line in " + seen);
            assertEquals(1, seen.size(), "one line when ready: " + seen);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + "id/person/khalifa-haftar"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, r.statusCode());
            HttpResponse<String> q = client.send(HttpRequest.newBuilder(URI.create(url
                    + "sparql?query=ASK%7B%3Fs%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fsifara%2Fontology%23Agreement%3E%7D"))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(q.body().contains("true"), q.body());

            p.toHandle().destroy(); // SIGTERM, as Ctrl-C would; Process.destroy() would also close our pipes
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stops on SIGTERM");
            StringBuilder rest = new StringBuilder();
            for (String line; (line = log.readLine()) != null;) {
                rest.append(line).append('\n');
            }
            assertTrue(rest.toString().contains("Sifara stopped"), rest.toString());
            assertTrue(!rest.toString().contains("Exception"), rest.toString());
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void refusesToStartOnInvalidData() throws Exception {
        ExternalTool.Result r = ExternalTool.run(java("serve", "--port", "0", "--data",
                "src/test/resources/cases/bad-missing-quote/data"));
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("quote not found in the article text"), r.stderr());
        assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
    }
}
