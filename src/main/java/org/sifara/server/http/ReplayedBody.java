package org.sifara.server.http;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read ahead (to check it) and is handed on again from memory. For a form,
 * the parameters are those of the URL's query string followed by those of the body, as the servlet
 * specification orders them, decoded as UTF-8.
 */
final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Map<String, String[]> parameters;

    private ReplayedBody(HttpServletRequest request, byte[] body, Map<String, String[]> parameters) {
        super(request);
        this.body = body;
        this.parameters = parameters;
    }

    /** A request with a body sent as is (application/sparql-query): parameters come from the URL, as before. */
    static ReplayedBody direct(HttpServletRequest request, byte[] body) {
        return new ReplayedBody(request, body, null);
    }

    /**
     * A form: parameters from the URL and the body.
     *
     * @throws IllegalArgumentException if an escape in either is malformed
     */
    static ReplayedBody form(HttpServletRequest request, byte[] body) {
        String query = request.getQueryString();
        String url = query == null ? null : new String(query.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return new ReplayedBody(request, body, decode(url, new String(body, StandardCharsets.ISO_8859_1)));
    }

    private static Map<String, String[]> decode(String query, String form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        addPairs(query, values);
        addPairs(form, values);
        Map<String, String[]> result = new LinkedHashMap<>();
        values.forEach((name, list) -> result.put(name, list.toArray(String[]::new)));
        return Collections.unmodifiableMap(result);
    }

    private static void addPairs(String encoded, Map<String, List<String>> values) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeUtf8(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodeUtf8(pair.substring(eq + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    /** Decodes one component whose characters stand for bytes, so %-escapes and raw bytes agree. */
    private static String decodeUtf8(String component) {
        byte[] raw = URLDecoder.decode(component, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
        return new String(raw, StandardCharsets.UTF_8);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body was read ahead; it is replayed synchronously");
            }
        };
    }

    /**
     * For a form, its media type alone: the parameters are already decoded as UTF-8, whatever
     * charset the client named, and the servlet API would look that charset up (and throw, for one
     * Java does not know) when Fuseki asks for the type.
     */
    @Override
    public String getContentType() {
        return parameters == null ? super.getContentType() : "application/x-www-form-urlencoded";
    }

    @Override
    public String getCharacterEncoding() {
        return parameters == null ? super.getCharacterEncoding() : "UTF-8";
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    @Override
    public String getParameter(String name) {
        if (parameters == null) {
            return super.getParameter(name);
        }
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            return super.getParameterMap();
        }
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        if (parameters == null) {
            return super.getParameterNames();
        }
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        if (parameters == null) {
            return super.getParameterValues(name);
        }
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }
}
