package org.sifara.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Path traversal, in any spelling ({@code ..}, {@code %2e%2e}, an encoded slash or backslash, a
 * NUL), is answered 404 before any servlet sees the request. Jetty's own answer would be 400
 * "ambiguous URI"; Sifara lets such URIs through Jetty's parser ({@link #COMPLIANCE}) and
 * refuses them here, as "nothing here", which is what they are.
 */
public final class PathGuard extends Handler.Wrapper {

    /** Jetty's default URI rules, except that ambiguous paths reach this guard instead of a 400. */
    public static final UriCompliance COMPLIANCE = UriCompliance.DEFAULT.with("sifara",
            UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT, UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
            UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING, UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT,
            UriCompliance.Violation.AMBIGUOUS_PATH_PARAMETER, UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS);

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (suspicious(request.getHttpURI())) {
            byte[] body = "Nothing here.\n".getBytes(StandardCharsets.UTF_8);
            response.setStatus(404);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.getHeaders().put("Access-Control-Allow-Origin", "*");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    static boolean suspicious(HttpURI uri) {
        if (uri.isAmbiguous() || uri.hasViolations()) {
            return true;
        }
        String raw = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return raw.contains("%2e") || raw.contains("%2f") || raw.contains("%5c") || raw.contains("%00") || raw.contains("\\")
                || raw.contains("/../") || raw.endsWith("/..") || raw.contains("/./") || raw.endsWith("/.");
    }
}
