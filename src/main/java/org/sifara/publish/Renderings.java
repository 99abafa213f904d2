package org.sifara.publish;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Bodies rendered once and kept for the next request: documents in each form, pages, saved-query
 * answers. The cache is bounded in bytes (a body and its gzip form count), so no number of
 * different requests can grow memory past the bound; what falls out is rendered again when asked.
 */
public final class Renderings {

    /** The default bound: enough for every page and document of a few thousand articles. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private final Cache<String, Download> cache;

    public Renderings(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Download d) -> (int) Math.min(Integer.MAX_VALUE,
                        (long) d.bytes().length + d.gzipped().length + 2L * key.length() + 128))
                .build();
    }

    /** The body kept under {@code key}, rendered by {@code render} when it is not kept. */
    public Download get(String key, Supplier<Download> render) {
        return cache.get(key, k -> render.get());
    }

    /** How many bodies are kept now, for tests. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
