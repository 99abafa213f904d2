package org.sifara.publish;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A whole-dataset file as the server sends it: its name, type, length and a strong ETag for each
 * encoding (identity and gzip), and its bytes, written on demand. An in-memory publication holds
 * its files as bytes ({@link Download}); a store's are joined from the parts its build wrote
 * ({@link PartsDownload}), and a remote store's are written from its graphs as they are sent, so
 * that no download need fit in memory.
 */
public interface DatasetDownload {

    String fileName();

    String contentType();

    /** The strong ETag of the identity encoding. */
    String etag();

    /** The ETag of the gzipped form: a different representation needs a different tag. */
    default String gzipEtag() {
        String etag = etag();
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** What {@link #length} gives for a download written as it is sent, whose length is not known before. */
    long UNKNOWN_LENGTH = -1;

    /** The length in bytes, gzipped or not, or {@link #UNKNOWN_LENGTH}. */
    long length(boolean gzip);

    /** Writes the bytes, gzipped or not. */
    void writeTo(OutputStream out, boolean gzip) throws IOException;
}
