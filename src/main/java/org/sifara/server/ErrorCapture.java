package org.sifara.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that keeps an error answer (status 400 or more) back instead of sending it: its
 * status, type and body (at most {@link #MAX_BYTES}), so that {@link BrowserErrors} can send it
 * again as a page. Successful answers pass straight through. Headers always pass through.
 */
final class ErrorCapture extends HttpServletResponseWrapper {

    static final int MAX_BYTES = 64 * 1024;

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean capturing;
    private int status = 200;
    private String contentType;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ErrorCapture(HttpServletResponse response) {
        super(response);
    }

    boolean captured() {
        if (writer != null) {
            writer.flush();
        }
        return capturing;
    }

    int status() {
        return status;
    }

    boolean plainText() {
        return contentType == null || contentType.startsWith("text/plain");
    }

    String text() {
        return body.toString(StandardCharsets.UTF_8);
    }

    /** Sends what was kept back, as it was. */
    void replay() throws IOException {
        HttpServletResponse resp = (HttpServletResponse) getResponse();
        resp.setStatus(status);
        if (contentType != null) {
            resp.setContentType(contentType);
        }
        byte[] bytes = body.toByteArray();
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        if (sc >= 400) {
            capturing = true;
        } else {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        capturing = true;
        contentType = "text/plain";
        if (msg != null) {
            body.writeBytes(msg.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    @Override
    public int getStatus() {
        return capturing ? status : super.getStatus();
    }

    @Override
    public void setContentType(String type) {
        if (capturing) {
            contentType = type;
        } else {
            super.setContentType(type);
        }
    }

    @Override
    public void setContentLength(int len) {
        if (!capturing) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!capturing) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public boolean isCommitted() {
        return !capturing && super.isCommitted();
    }

    @Override
    public void reset() {
        capturing = false;
        status = 200;
        contentType = null;
        body.reset();
        super.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!capturing) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    if (body.size() < MAX_BYTES) {
                        body.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, Math.max(0, Math.min(len, MAX_BYTES - body.size())));
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // written synchronously into memory
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!capturing) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }
}
