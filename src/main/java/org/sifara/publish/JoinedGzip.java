package org.sifara.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One gzip file made of parts compressed apart: each part is a raw deflate stream ended with a
 * sync flush and no final block, so that the parts, laid end to end, are one valid deflate
 * stream; the file is a gzip header, the parts, an empty final block, and the CRC-32 and length of
 * the whole, the CRC combined from the parts' own (the method of zlib's {@code crc32_combine}), so
 * that no one need read the whole to send it. This is how {@code pigz} joins its blocks.
 */
final class JoinedGzip {

    /** Compression of the parts: fast, since a build compresses every changed graph in five forms. */
    static final int LEVEL = Deflater.BEST_SPEED;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** An empty final block of fixed Huffman codes: BFINAL=1, BTYPE=01, end of block. */
    private static final byte[] FINAL_BLOCK = {0x03, 0x00};
    /** What the gzip frame adds to the parts: header, final block, CRC-32 and length. */
    static final int FRAME_BYTES = HEADER.length + FINAL_BLOCK.length + 8;

    private JoinedGzip() {}

    /** {@code bytes} as a raw deflate stream ended with a sync flush, to be joined with others. */
    static byte[] deflatePart(byte[] bytes) {
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
            byte[] buffer = new byte[64 * 1024];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length || !deflater.needsInput());
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static void header(OutputStream out) throws IOException {
        out.write(HEADER);
    }

    /** Ends the deflate stream and writes the CRC-32 and length (modulo 2^32) of what it holds. */
    static void trailer(OutputStream out, long crc, long length) throws IOException {
        out.write(FINAL_BLOCK);
        writeIntLittleEndian(out, crc);
        writeIntLittleEndian(out, length & 0xffffffffL);
    }

    private static void writeIntLittleEndian(OutputStream out, long v) throws IOException {
        out.write((int) (v & 0xff));
        out.write((int) ((v >>> 8) & 0xff));
        out.write((int) ((v >>> 16) & 0xff));
        out.write((int) ((v >>> 24) & 0xff));
    }

    /**
     * The CRC-32 of two byte sequences laid end to end, from the CRC of each and the length of the
     * second: the first's CRC is advanced over as many zero bytes by squaring the CRC's operator
     * (a 32 by 32 matrix over GF(2)), then the second's is added.
     */
    static long combine(long crc1, long crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xedb88320L; // the CRC-32 polynomial: the operator for one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crc1;
        long length = length2;
        do {
            square(even, odd); // the first time, one zero byte
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>>= 1;
        } while (length != 0);
        return crc ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        int i = 0;
        long v = vector;
        while (v != 0) {
            if ((v & 1) != 0) {
                sum ^= matrix[i];
            }
            v >>>= 1;
            i++;
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
