package org.sifara.remote;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.sifara.SifaraException;

/**
 * A user name and password for a store's write endpoint, read from the environment
 * ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}) or from a file of {@code user=} and
 * {@code password=} lines, never from the command line, where every user of the machine could see
 * it in the process list. {@link #toString()} leaves the password out, so no log shows it.
 */
public record Credentials(String user, String password) {

    public static final String USER_VARIABLE = "SIFARA_STORE_USER";
    public static final String PASSWORD_VARIABLE = "SIFARA_STORE_PASSWORD";

    /** The credentials the environment gives, if it gives both. */
    public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
        String user = env.get(USER_VARIABLE);
        String password = env.get(PASSWORD_VARIABLE);
        if (user == null || user.isEmpty()) {
            return Optional.empty();
        }
        if (password == null) {
            throw new SifaraException(USER_VARIABLE + " is set but " + PASSWORD_VARIABLE + " is not");
        }
        return Optional.of(new Credentials(user, password));
    }

    /** The credentials of a properties file with {@code user} and {@code password}. */
    public static Credentials fromFile(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new SifaraException("Cannot read the credentials file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // Properties.load on a malformed unicode escape: the file is named, not its content.
            throw new SifaraException(file + ": not a file of user= and password= lines (" + e.getMessage() + ")", e);
        }
        String user = props.getProperty("user");
        String password = props.getProperty("password");
        if (user == null || user.isBlank() || password == null) {
            throw new SifaraException(file + ": a credentials file needs a user= line and a password= line");
        }
        return new Credentials(user.strip(), password);
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=(not shown)]";
    }
}
