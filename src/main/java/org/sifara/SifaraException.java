package org.sifara;

/**
 * The one unchecked exception of the project. Its message is a sentence a user can read: the CLI
 * prints it as one line with an exit code, the server as a short plain-text body with a status.
 */
public class SifaraException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SifaraException(String message) {
        super(message);
    }

    public SifaraException(String message, Throwable cause) {
        super(message, cause);
    }
}
