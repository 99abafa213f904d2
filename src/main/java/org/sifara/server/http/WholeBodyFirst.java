package org.sifara.server.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before any servlet sees the request, without a thread: the bytes
 * are gathered as they arrive (Jetty's asynchronous content reading) and the request is handled
 * only once the last one is in, from memory. A client that sends its body slowly, or never
 * finishes it, holds a connection and at most {@code maxBytes} of memory, never one of the
 * server's threads: the servlets' blocking reads of a body can no longer be made to wait. A body
 * not complete within {@code deadline} gets 408 and the connection is closed.
 */
public final class WholeBodyFirst extends Handler.Wrapper {

    private final int maxBytes;
    private final Duration deadline;

    public WholeBodyFirst(long maxBytes, Duration deadline) {
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE, maxBytes);
        this.deadline = deadline;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean hasBody = request.getLength() > 0
                || request.getLength() < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!hasBody) {
            return super.handle(request, response, callback);
        }
        Scheduler.Task timer = request.getComponents().getScheduler().schedule(
                () -> request.fail(new TimeoutException("the body did not arrive in time")), deadline.toMillis(), TimeUnit.MILLISECONDS);
        Content.Source.asByteArrayAsync(request, maxBytes).whenComplete((body, failure) -> {
            timer.cancel();
            if (failure != null) {
                refuse(request, response, callback, failure);
                return;
            }
            request.getComponents().getExecutor().execute(() -> handleWith(new Replayed(request, body), response, callback));
        });
        return true;
    }

    private void handleWith(Request replayed, Response response, Callback callback) {
        try {
            if (!super.handle(replayed, response, callback)) {
                Response.writeError(replayed, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable t) {
            callback.failed(t);
        }
    }

    private void refuse(Request request, Response response, Callback callback, Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        int status = cause instanceof TimeoutException ? HttpStatus.REQUEST_TIMEOUT_408
                : cause instanceof IllegalArgumentException ? HttpStatus.PAYLOAD_TOO_LARGE_413 : HttpStatus.BAD_REQUEST_400;
        String message = status == HttpStatus.REQUEST_TIMEOUT_408
                ? "The request body did not arrive within " + deadline.toSeconds() + " s."
                : status == HttpStatus.PAYLOAD_TOO_LARGE_413 ? "The request body is over " + maxBytes + " bytes."
                : "The request body could not be read.";
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Response.writeError(request, response, callback, status, message);
    }

    /** The request, its body served from memory. */
    private static final class Replayed extends Request.Wrapper {
        private final Content.Source body;

        Replayed(Request request, byte[] bytes) {
            super(request);
            this.body = Content.Source.from(ByteBuffer.wrap(bytes));
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }
    }
}
