package org.sifara.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One downloadable file, held ready in memory (the data is read-only): its bytes, the same
 * gzipped, and a strong ETag for each encoding.
 */
public record Download(String fileName, String contentType, byte[] bytes, byte[] gzipped, String etag) implements DatasetDownload {

    public static Download of(String fileName, String contentType, byte[] bytes) {
        return new Download(fileName, contentType, bytes, gzip(bytes), etag(bytes));
    }

    public static Download text(String fileName, String contentType, String text) {
        return of(fileName, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public long length(boolean gzip) {
        return gzip ? gzipped.length : bytes.length;
    }

    @Override
    public void writeTo(OutputStream out, boolean gzip) throws IOException {
        out.write(gzip ? gzipped : bytes);
    }

    /** A strong ETag: the first 96 bits of the bytes' SHA-256, in quotes. */
    public static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
