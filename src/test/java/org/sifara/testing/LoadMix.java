package org.sifara.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The request mix of {@code scripts/load-mix.txt}, the file {@code scripts/load-test.sh} gives wrk:
 * one line per request, {@code weight expected-status path [Header:value ...]}. Read here so the
 * in-suite load test drives the same traffic as the command-line one.
 */
public final class LoadMix {

    public static final Path FILE = Path.of("scripts/load-mix.txt");

    private LoadMix() {}

    /** The requests of one cycle of the mix (a line of weight 3 appears three times), against {@code root}. */
    public static List<LoadDriver.Probe> read(Path file, String root) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        List<LoadDriver.Probe> probes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length < 3) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'weight status path [Header:value ...]'");
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + fields[2])).timeout(Duration.ofSeconds(30)).GET();
            for (int f = 3; f < fields.length; f++) {
                int colon = fields[f].indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": a header is written Name:value, not " + fields[f]);
                }
                request.header(fields[f].substring(0, colon), fields[f].substring(colon + 1));
            }
            LoadDriver.Probe probe = new LoadDriver.Probe(fields[2], request.build(), Integer.parseInt(fields[1]), false);
            for (int w = Integer.parseInt(fields[0]); w > 0; w--) {
                probes.add(probe);
            }
        }
        return probes;
    }
}
