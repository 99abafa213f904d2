package org.sifara.query;

import org.sifara.SifaraException;

/** A parameter value is wrong: 400 over HTTP, exit 2 on the command line; the message is one line. */
public final class BadParameterException extends SifaraException {
    private static final long serialVersionUID = 1L;

    public BadParameterException(String message) {
        super(message);
    }
}
