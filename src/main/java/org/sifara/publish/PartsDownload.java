package org.sifara.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.sifara.rdf.RdfForm;

/**
 * A download of a store, joined from its parts as it is sent ({@link DownloadParts}): gzipped,
 * the parts are copied as they are between a gzip header and trailer; plain, each is inflated on
 * the way. Its length, CRC and ETag were computed when the build wrote it.
 */
final class PartsDownload implements DatasetDownload {

    private final DownloadParts parts;
    private final RdfForm form;
    private final List<Path> files;
    private final DownloadParts.Totals totals;

    PartsDownload(DownloadParts parts, RdfForm form, List<Path> files, DownloadParts.Totals totals) {
        this.parts = parts;
        this.form = form;
        this.files = List.copyOf(files);
        this.totals = totals;
    }

    @Override
    public String fileName() {
        return form.datasetFile();
    }

    @Override
    public String contentType() {
        return form.contentType();
    }

    @Override
    public String etag() {
        return totals.etag();
    }

    @Override
    public long length(boolean gzip) {
        return gzip ? totals.gzipLength() : totals.length();
    }

    @Override
    public void writeTo(OutputStream out, boolean gzip) throws IOException {
        byte[] head = parts.head(form);
        byte[] tail = parts.tail(form);
        if (gzip) {
            JoinedGzip.header(out);
            out.write(JoinedGzip.deflatePart(head));
            for (Path file : files) {
                Files.copy(file, out);
            }
            out.write(JoinedGzip.deflatePart(tail));
            JoinedGzip.trailer(out, totals.crc(), totals.length());
        } else {
            out.write(head);
            byte[] buffer = new byte[64 * 1024];
            for (Path file : files) {
                inflate(file, out, buffer);
            }
            out.write(tail);
        }
    }

    private static void inflate(Path file, OutputStream out, byte[] buffer) throws IOException {
        Inflater inflater = new Inflater(true);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] input = new byte[64 * 1024];
            for (int n = in.read(input); n > 0; n = in.read(input)) {
                inflater.setInput(input, 0, n);
                while (!inflater.needsInput()) {
                    int m = inflater.inflate(buffer);
                    if (m == 0 && (inflater.needsInput() || inflater.finished())) {
                        break;
                    }
                    out.write(buffer, 0, m);
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("a download part is damaged: " + file + ": " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
