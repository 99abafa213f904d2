package org.sifara.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 checks for what a client sends: bytes as they are, or %-escaped as in URLs and forms. */
final class Utf8 {

    private Utf8() {
    }

    /** Whether the bytes are well-formed UTF-8. */
    static boolean valid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Whether the bytes are well-formed UTF-8 once each {@code %XX} escape is replaced by its byte. */
    static boolean validEscaped(byte[] escaped) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length);
        for (int i = 0; i < escaped.length; i++) {
            if (escaped[i] == '%' && i + 2 < escaped.length && isHex(escaped[i + 1]) && isHex(escaped[i + 2])) {
                bytes.write(Character.digit(escaped[i + 1], 16) * 16 + Character.digit(escaped[i + 2], 16));
                i += 2;
            } else {
                bytes.write(escaped[i]);
            }
        }
        return valid(bytes.toByteArray());
    }

    /** Whether a query string as the server decoded it is valid UTF-8 once its %-escapes are decoded too. */
    static boolean validEscaped(String escaped) {
        return escaped == null || escaped.indexOf('%') < 0 || validEscaped(escaped.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether every {@code %} of a URL's query string is followed by two hexadecimal digits. */
    static boolean wellFormedEscapes(String query) {
        if (query == null) {
            return true;
        }
        for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 1)) {
            if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0 || Character.digit(query.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
