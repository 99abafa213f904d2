package org.sifara.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java program run in a JVM of its own, on the benchmark's classpath, so that its time and its
 * memory are its own: {@code sifara build}, {@code tdb2.tdbloader}, {@code sifara serve --store},
 * plain Fuseki. A finished run's time and peak resident memory come from {@code /usr/bin/time};
 * a running server's resident memory from {@code /proc/<pid>/status}.
 */
final class ChildJvm {

    /** A finished run: wall-clock seconds, peak resident memory (MB), exit code and output. */
    record Run(double seconds, double peakRssMb, int exit, String output) {}

    private ChildJvm() {}

    static Run run(String heap, String mainClass, List<String> args) throws IOException, InterruptedException {
        Path timing = Files.createTempFile("sifara-bench-time-", ".txt");
        Path output = Files.createTempFile("sifara-bench-out-", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", timing.toString()));
            command.addAll(java(heap, mainClass, args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            int exit = p.waitFor();
            String[] t = Files.readString(timing).strip().split("\\s+");
            String out = Files.readString(output, StandardCharsets.UTF_8);
            if (exit != 0) {
                throw new IllegalStateException(mainClass + " " + args + " exited " + exit + ":\n" + out);
            }
            return new Run(Double.parseDouble(t[t.length - 2]), Long.parseLong(t[t.length - 1]) / 1024.0, exit, out);
        } finally {
            Files.deleteIfExists(timing);
            Files.deleteIfExists(output);
        }
    }

    /** A server started in a JVM of its own; stop it with {@link Server#close}. */
    static Server start(String heap, String mainClass, List<String> args) throws IOException {
        Path output = Files.createTempFile("sifara-bench-server-", ".txt");
        Process p = new ProcessBuilder(java(heap, mainClass, args)).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new Server(p, output, System.nanoTime());
    }

    private static List<String> java(String heap, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        return command;
    }

    /** A running server. */
    record Server(Process process, Path output, long startedNanos) implements AutoCloseable {

        /**
         * Resident memory now, its peak, and of it now the process's own (anonymous: heap, stacks,
         * code) and mapped files (a TDB2 store's indexes, which the page cache takes back when it
         * needs them), in MB, from /proc.
         */
        double[] rssMb() throws IOException {
            double[] mb = new double[4];
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                int i = line.startsWith("VmRSS:") ? 0 : line.startsWith("VmHWM:") ? 1 : line.startsWith("RssAnon:") ? 2
                        : line.startsWith("RssFile:") ? 3 : -1;
                if (i >= 0) {
                    mb[i] = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return mb;
        }

        String log() throws IOException {
            return Files.readString(output, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Files.deleteIfExists(output);
        }
    }
}
