package org.sifara.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sifara.SifaraException;

/** The store's password comes from the environment or a file, and no message or log line shows it. */
class CredentialsTest {

    @Test
    void thePasswordIsNeverInTheTextOfTheCredentials() {
        Credentials c = new Credentials("publisher", "s3cret-Pa55");
        assertFalse(c.toString().contains("s3cret-Pa55"), c.toString());
        assertTrue(c.toString().contains("publisher"));
    }

    @Test
    void theEnvironmentGivesBothOrSaysWhichIsMissing() {
        assertEquals(new Credentials("u", "p"),
                Credentials.fromEnvironment(Map.of(Credentials.USER_VARIABLE, "u", Credentials.PASSWORD_VARIABLE, "p")).orElseThrow());
        assertTrue(Credentials.fromEnvironment(Map.of()).isEmpty(), "no user: no credentials");
        SifaraException e = assertThrows(SifaraException.class, () -> Credentials.fromEnvironment(Map.of(Credentials.USER_VARIABLE, "u")));
        assertTrue(e.getMessage().contains(Credentials.PASSWORD_VARIABLE), e.getMessage());
    }

    @Test
    void aFileGivesUserAndPasswordAndABadOneIsNamedWithoutItsContent(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("store.credentials"), "user = publisher\npassword=s3cret-Pa55\n");
        assertEquals(new Credentials("publisher", "s3cret-Pa55"), Credentials.fromFile(good));
        Path bad = Files.writeString(dir.resolve("bad.credentials"), "password=s3cret-Pa55\n");
        SifaraException e = assertThrows(SifaraException.class, () -> Credentials.fromFile(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret-Pa55"), e.getMessage());
        Path malformed = Files.writeString(dir.resolve("malformed.credentials"), "user=publisher\npassword=s3cret\\u00zz\n");
        SifaraException m = assertThrows(SifaraException.class, () -> Credentials.fromFile(malformed));
        assertTrue(m.getMessage().startsWith(malformed.toString()), "a malformed file is named, not a crash: " + m.getMessage());
        assertFalse(m.getMessage().contains("s3cret"), m.getMessage());
    }
}
