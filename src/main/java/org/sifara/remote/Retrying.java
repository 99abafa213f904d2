package org.sifara.remote;

import java.time.Duration;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a request again when the failure may pass: the store is unreachable, busy (429, 503), or
 * failed on its side (5xx). A request the store refused (another 4xx) is not tried again. Waits
 * grow twice over between attempts, from {@code firstWait}.
 */
final class Retrying {

    private static final Logger LOG = LoggerFactory.getLogger(Retrying.class);

    /** How a pause is made; tests pass one that records instead of sleeping. */
    interface Pause {
        void pause(Duration d) throws InterruptedException;
    }

    private final int attempts;
    private final Duration firstWait;
    private final Pause pause;

    Retrying(int attempts, Duration firstWait, Pause pause) {
        this.attempts = attempts;
        this.firstWait = firstWait;
        this.pause = pause;
    }

    static Retrying standard() {
        return new Retrying(5, Duration.ofMillis(500), d -> Thread.sleep(d.toMillis()));
    }

    <T> T call(String what, Supplier<T> request) {
        Duration wait = firstWait;
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !mayPass(e)) {
                    throw e;
                }
                LOG.warn("{} failed ({}); trying again in {} ms ({} of {})", what, brief(e), wait.toMillis(), attempt + 1, attempts);
                try {
                    pause.pause(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                wait = wait.multipliedBy(2);
            }
        }
    }

    void run(String what, Runnable request) {
        call(what, () -> {
            request.run();
            return null;
        });
    }

    /** Whether trying again may succeed: no status (unreachable), 429, or a server-side 5xx. */
    static boolean mayPass(RuntimeException e) {
        if (e instanceof HttpException http) {
            int status = http.getStatusCode();
            return status <= 0 || status == 429 || status >= 500;
        }
        return true;
    }

    static String brief(RuntimeException e) {
        if (e instanceof HttpException http && http.getStatusCode() > 0) {
            return "HTTP " + http.getStatusCode();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }
}
