package org.sifara.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sifara.testing.ExternalTool;

/**
 * {@code bin/sifara}, the command the README's examples use, run from the project folder as a
 * newcomer runs it after the Quickstart: it compiles if it must and passes its arguments as given.
 */
class LauncherIT {

    static ExternalTool.Result sifara(String... args) throws Exception {
        Path launcher = Path.of("bin", "sifara");
        assertTrue(Files.isExecutable(launcher), "bin/sifara is missing or not executable");
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return ExternalTool.run(command);
    }

    @Test
    void theReadmesQueryExampleRuns() throws Exception {
        ExternalTool.Result r = sifara("query", "event-participants", "--param", "lang=ar", "--format", "csv");
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertTrue(lines.get(0).startsWith("participant,") && lines.get(0).endsWith(",role"), "a CSV header: " + r.stdout());
        assertTrue(lines.size() > 3, "a row per participant: " + r.stdout());
        assertTrue(r.stdout().contains("خليفة حفتر"), "an Arabic argument went through, and Arabic came back: " + r.stdout());
    }

    @Test
    void aBadCommandLineExitsTwo() throws Exception {
        ExternalTool.Result r = sifara("query", "no-such-query");
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("unknown query 'no-such-query'"), r.stderr());
    }
}
