package org.sifara.facts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a YAML file into a node tree that keeps the line and column of every value, so that
 * every later error can name its place. Syntax errors become problems, not exceptions.
 */
public final class YamlDocument {

    /**
     * Larger files are refused: a facts file is written by hand (the seed's is 30 000 characters),
     * and the YAML reader slows down faster than a file grows (a single value of four million
     * characters takes it seconds).
     */
    static final int MAX_CODE_POINTS = 1_000_000;
    /** Larger files are not read at all: no facts file or article text comes near, and reading one would fill memory. */
    static final long MAX_BYTES = 16_000_000;
    /** Deeper nesting is refused: a facts file nests six levels, and the YAML composer recurses once per level. */
    static final int MAX_NESTING = 50;

    private YamlDocument() {}

    /** The root mapping of the file, or empty after recording why there is none. */
    public static Optional<YamlMap> read(Path file, Problems problems) {
        return readText(file, problems).flatMap(text -> parse(file, text, problems));
    }

    /** The file as strict UTF-8, or empty after recording why it cannot be read. */
    public static Optional<String> readText(Path file, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.error(SourcePosition.startOf(file), "the file has " + size + " bytes; the limit is " + MAX_BYTES);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(file), "cannot read the file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.error(firstBadByte(file, bytes), "the file is not valid UTF-8");
            return Optional.empty();
        }
    }

    static Optional<YamlMap> parse(Path file, String text, Problems problems) {
        long codePoints = text.length() <= MAX_CODE_POINTS ? text.length() : text.codePointCount(0, text.length());
        if (codePoints > MAX_CODE_POINTS) {
            problems.error(SourcePosition.startOf(file), "the file has " + codePoints + " characters; the limit is "
                    + MAX_CODE_POINTS);
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .build();
        Optional<Node> root;
        try {
            Parser parser = new NestingLimitedParser(new ParserImpl(settings, new StreamReader(settings, text)), MAX_NESTING);
            root = new Composer(settings, parser).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            problems.error(position(file, e.getProblemMark().or(e::getContextMark)), "YAML syntax: " + e.getProblem());
            return Optional.empty();
        } catch (ReaderException e) {
            // The reader names the character it refuses, not its place: the first one in the text is it.
            int at = text.indexOf(Character.toString(e.getCodePoint()));
            problems.error(at < 0 ? SourcePosition.startOf(file) : SourcePosition.in(file, text, at),
                    String.format("YAML: the character U+%04X is not allowed", e.getCodePoint()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(SourcePosition.startOf(file), "YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root.isEmpty()) {
            problems.error(SourcePosition.startOf(file), "the file is empty");
            return Optional.empty();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.error(YamlMap.positionOf(file, root.get()), "the top level must be a mapping of keys to values");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(file, mapping, problems));
    }

    private static SourcePosition position(Path file, Optional<Mark> mark) {
        return mark.map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourcePosition.startOf(file));
    }

    private static SourcePosition firstBadByte(Path file, byte[] bytes) {
        int line = 1;
        int column = 1;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes[i]);
            if (length < 0 || i + length > bytes.length) {
                break;
            }
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, i, length));
            } catch (CharacterCodingException e) {
                break;
            }
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += length;
        }
        return new SourcePosition(file, line, column);
    }

    private static int sequenceLength(byte first) {
        int b = first & 0xFF;
        if (b < 0x80) {
            return 1;
        } else if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            return 4;
        }
        return -1;
    }
}
