package org.sifara.config;

import java.nio.file.Path;

/**
 * What {@code sifara build} does: read {@code data}, and bring the store in {@code store} up to
 * date with it, converting and validating on {@code threads} threads.
 */
public record BuildConfig(Path data, Path store, BaseIri base, int threads) {

    public BuildConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
    }

    /** One thread per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
