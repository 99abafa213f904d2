package org.sifara.server.http;

import java.io.IOException;
import java.time.Instant;

import org.sifara.publish.DatasetDownload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sends a prepared or streamed body the way caches and clients expect: ETag, Last-Modified, 304, gzip. */
public final class Serve {

    private Serve() {}

    /**
     * @param attachment send {@code Content-Disposition: attachment} with the file name
     * @param negotiated the body was chosen by {@code Accept}, so caches must vary on it
     */
    public static void download(HttpServletRequest req, HttpServletResponse resp, DatasetDownload d, Instant lastModified,
                                boolean attachment, boolean negotiated) throws IOException {
        send(req, resp, d, lastModified, attachment, negotiated ? "Accept, Accept-Encoding" : "Accept-Encoding");
    }

    /**
     * A page for people, whose language came from {@code Accept-Language} unless the URL named it
     * ({@code languageNegotiated} false), so that caches keep each language apart.
     */
    public static void page(HttpServletRequest req, HttpServletResponse resp, DatasetDownload d, Instant lastModified,
                            boolean negotiated, boolean languageNegotiated) throws IOException {
        String vary = (negotiated ? "Accept, " : "") + (languageNegotiated ? "Accept-Language, " : "") + "Accept-Encoding";
        send(req, resp, d, lastModified, false, vary);
    }

    private static void send(HttpServletRequest req, HttpServletResponse resp, DatasetDownload d, Instant lastModified,
                             boolean attachment, String vary) throws IOException {
        long plain = d.length(false);
        // A download written as it is sent (its length unknown) is gzipped for whoever takes gzip.
        boolean gzip = Responses.acceptsGzip(req) && (plain == DatasetDownload.UNKNOWN_LENGTH || d.length(true) < plain);
        String etag = gzip ? d.gzipEtag() : d.etag();
        resp.setHeader("Vary", vary);
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "public, max-age=300");
        if (lastModified != null) {
            resp.setHeader("Last-Modified", Responses.httpDate(lastModified));
        }
        if (Responses.notModified(req, resp, etag, lastModified)) {
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(d.contentType());
        if (attachment) {
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
        }
        if (gzip) {
            resp.setHeader("Content-Encoding", "gzip");
        }
        long length = d.length(gzip);
        if (length != DatasetDownload.UNKNOWN_LENGTH) {
            resp.setContentLengthLong(length);
        }
        if (!"HEAD".equals(req.getMethod())) {
            d.writeTo(resp.getOutputStream(), gzip);
        }
    }

    /** 303 See Other to {@code location}, varying on Accept. */
    public static void seeOther(HttpServletResponse resp, String location) throws IOException {
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Location", location);
        Responses.text(resp, HttpServletResponse.SC_SEE_OTHER, "See " + location);
    }
}
