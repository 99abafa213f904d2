package org.sifara.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Small, shared HTTP answers: one-line text errors, conditional GET, cacheable bodies. */
public final class Responses {

    private Responses() {}

    /** A short plain-text answer: one sentence naming the subject, never a stack trace. */
    public static void text(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** 406 naming what is available; {@code Vary: Accept}, since another Accept would have had an answer. */
    public static void notAcceptable(HttpServletResponse resp, String available) throws IOException {
        resp.setHeader("Vary", "Accept");
        text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "None of the accepted types is available; this is available as "
                + available + ".");
    }

    /** 405 with the methods that are allowed. */
    public static void methodNotAllowed(HttpServletResponse resp, String method, String allow) throws IOException {
        resp.setHeader("Allow", allow);
        text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method " + method + " is not allowed here: this server is read-only.");
    }

    /**
     * Answers 304 and returns true when the client's copy is current: {@code If-None-Match} is
     * checked first, {@code If-Modified-Since} only without it (RFC 9110).
     */
    public static boolean notModified(HttpServletRequest req, HttpServletResponse resp, String etag, Instant lastModified) {
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = matches(ifNoneMatch, etag);
        } else {
            current = lastModified != null && notModifiedSince(req.getHeader("If-Modified-Since"), lastModified);
        }
        if (current) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || weakless(c).equals(weakless(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String weakless(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * Whether the resource is unchanged since the If-Modified-Since date. Jetty's parser reads the
     * three forms RFC 9110 (5.6.7) says a recipient must accept: IMF-fixdate, RFC 850 and asctime.
     * A date that does not parse is ignored, as the RFC says.
     */
    private static boolean notModifiedSince(String header, Instant lastModified) {
        if (header == null) {
            return false;
        }
        try {
            Instant since = HttpDateTime.parse(header).toInstant();
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * An HTTP date in the IMF-fixdate form RFC 9110 requires senders to use ({@code Tue, 01 Dec 2026
     * 12:00:00 GMT}: two-digit day). Java's RFC_1123_DATE_TIME, and Jetty's HttpDateTime.format with
     * it, write a one-digit day; Jetty's DateGenerator, which writes Jetty's own Date header, does not.
     */
    public static String httpDate(Instant instant) {
        return DateGenerator.formatDate(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Does the client take gzip ({@code Accept-Encoding}, with a q-value above 0)? */
    public static boolean acceptsGzip(HttpServletRequest req) {
        String header = req.getHeader("Accept-Encoding");
        if (header == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String entry : header.split(",")) {
            String[] parts = entry.strip().split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = Math.max(gzip == null ? 0 : gzip, quality(parts));
            } else if (coding.equals("*")) {
                any = quality(parts);
            }
        }
        // A coding named outright overrides "*": "gzip;q=0, *" refuses gzip.
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    /** The q-value among an Accept-Encoding entry's parameters: 1 if absent, 0 if unreadable. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** Writes a body unless the request is HEAD. */
    public static void body(HttpServletRequest req, HttpServletResponse resp, byte[] body) throws IOException {
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
        }
    }
}
