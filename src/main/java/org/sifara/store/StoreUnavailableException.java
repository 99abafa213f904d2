package org.sifara.store;

import org.sifara.SifaraException;

/**
 * The store holding the data did not answer: it is down, unreachable, or answered with an error
 * of its own. Nothing in the request was wrong, and trying again later may work, so the HTTP layer
 * answers 503 with {@code Retry-After}; the message names the store and what happened.
 */
public class StoreUnavailableException extends SifaraException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
