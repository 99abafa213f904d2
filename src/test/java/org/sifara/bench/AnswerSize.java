package org.sifara.bench;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * How big an answer is, in bytes and in rows or triples, so the report shows that both servers
 * answered the same question (or says where they did not).
 */
final class AnswerSize {

    private AnswerSize() {}

    static String of(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        String size = String.format(Locale.ROOT, "%.1f kB", body.length / 1000.0);
        if (response.headers().firstValue("Content-Encoding").isPresent()) {
            return size + " encoded";
        }
        if (response.statusCode() != 200 || type.equals("text/plain")) {
            return size + " " + type;
        }
        if (type.equals(ResultSetLang.RS_JSON.getHeaderString())) {
            long rows = 0;
            var rs = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
            while (rs.hasNext()) {
                rs.next();
                rows++;
            }
            return rows + " rows, " + size;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        if (lang == null) {
            return size + " " + type;
        }
        AtomicLong statements = new AtomicLong();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                statements.incrementAndGet();
            }

            @Override
            public void quad(Quad quad) {
                statements.incrementAndGet();
            }
        });
        return statements.get() + (RDFLanguages.isQuads(lang) ? " quads, " : " triples, ") + size;
    }
}
