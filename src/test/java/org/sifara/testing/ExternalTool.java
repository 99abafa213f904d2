package org.sifara.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an independent command-line checker (rapper, python3), if it is installed. */
public final class ExternalTool {

    /** What a command printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {}

    private ExternalTool() {}

    public static boolean installed(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, command).canExecute()) {
                return true;
            }
        }
        return false;
    }

    public static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        var out = process.getInputStream();
        var err = process.getErrorStream();
        byte[][] streams = new byte[2][];
        Thread reader = new Thread(() -> {
            try {
                streams[1] = err.readAllBytes();
            } catch (IOException e) {
                streams[1] = new byte[0];
            }
        });
        reader.start();
        streams[0] = out.readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        reader.join();
        return new Result(process.exitValue(), new String(streams[0], StandardCharsets.UTF_8),
                new String(streams[1], StandardCharsets.UTF_8));
    }

    /** Says plainly, in the test output, that a check was skipped and why. */
    public static void reportSkipped(String command, String check) {
        System.err.println("SKIPPED: " + check + ": '" + command + "' is not installed (.ci/run installs it)");
    }
}
