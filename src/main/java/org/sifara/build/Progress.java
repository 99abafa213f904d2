package org.sifara.build;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a long build shows on a terminal: the step it is at, and for the articles a bar, a count
 * and the time left, redrawn in place a few times a second. Off a terminal it shows nothing.
 */
public final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final ScheduledExecutorService redraw;
    private final AtomicLong done = new AtomicLong();
    private volatile String step = "";
    private volatile long total;
    private volatile long started = System.nanoTime();
    private int lastLength;
    /** Seconds per step, in order, for the report. */
    private final java.util.Map<String, Double> steps = new java.util.LinkedHashMap<>();

    private Progress(PrintWriter out) {
        this.out = out;
        this.redraw = out == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sifara-progress");
            t.setDaemon(true);
            return t;
        });
        if (redraw != null) {
            redraw.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
        }
    }

    /** A bar drawn on {@code terminal}. */
    public static Progress on(PrintWriter terminal) {
        return new Progress(terminal);
    }

    /** No bar at all. */
    public static Progress none() {
        return new Progress(null);
    }

    /** Starts a step of {@code steps} units (0: a step without a count). */
    void step(String name, long units) {
        draw();
        if (!step.isEmpty()) {
            steps.merge(step, (System.nanoTime() - started) / 1e9, Double::sum);
        }
        step = name;
        total = units;
        done.set(0);
        started = System.nanoTime();
        draw();
    }

    /** The seconds each finished step took, in order. */
    java.util.Map<String, Double> steps() {
        return new java.util.LinkedHashMap<>(steps);
    }

    void advance() {
        done.incrementAndGet();
    }

    private synchronized void draw() {
        if (out == null || step.isEmpty()) {
            return;
        }
        long n = done.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder line = new StringBuilder(step);
        if (total > 0) {
            int filled = (int) (WIDTH * Math.min(1.0, (double) n / total));
            line.append(" [").append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(n).append('/').append(total).append(String.format(" %3d%%", 100 * n / total));
            if (n > 0 && n < total) {
                line.append(String.format(", %.0f s left", seconds * (total - n) / n));
            }
        }
        line.append(String.format(" (%.0f s)", seconds));
        int length = line.length();
        line.append(" ".repeat(Math.max(0, lastLength - length)));
        lastLength = length;
        out.print("\r" + line);
        out.flush();
    }

    @Override
    public void close() {
        if (redraw != null) {
            redraw.shutdownNow();
            draw();
            out.println();
            out.flush();
        }
    }
}
