package org.sifara.server;

import java.io.IOException;

import org.sifara.server.http.ReadOnlyServlet;
import org.sifara.server.http.Responses;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Everything no other route answers: 404 with one line. */
final class NotFoundServlet extends ReadOnlyServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Nothing here: " + req.getRequestURI());
    }
}
