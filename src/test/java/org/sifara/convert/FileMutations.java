package org.sifara.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Mutations that know nothing of the facts: the bytes and lines of one file, at places drawn from
 * a seeded {@link Random}. Truncations, invalid UTF-8, NUL bytes, stray bytes, byte order marks,
 * line endings, deleted, repeated, swapped and re-indented lines, tabs, unknown and repeated keys.
 */
final class FileMutations {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
    private static final Pattern KEY_LINE = Pattern.compile("( *)([a-z][a-z-]*):(?: .*)?");

    private final Random random;
    private final String file;
    private final byte[] bytes;
    private final List<String> lines;

    FileMutations(Random random, Path dataDir, String file) {
        this.random = random;
        this.file = file;
        try {
            this.bytes = Files.readAllBytes(dataDir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.lines = List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
    }

    /** Byte order marks and line endings of other systems: the file means the same, or should. */
    List<Mutation> encodings() {
        return List.of(
                Mutation.bytes(file, "a BOM before the content", b -> concat(BOM, b)),
                Mutation.bytes(file, "two BOMs before the content", b -> concat(BOM, concat(BOM, b))),
                Mutation.bytes(file, "CRLF line endings", b -> replaceAll(b, "\n", "\r\n")),
                Mutation.bytes(file, "CR line endings", b -> replaceAll(b, "\n", "\r")));
    }

    /** About {@code 3n} changes of bytes; each leaves a file that is invalid or may be. */
    List<Mutation> bytes(int n) {
        List<Mutation> out = new ArrayList<>();
        out.add(Mutation.bytes(file, "empty file", b -> new byte[0]).mustFail());
        out.add(Mutation.bytes(file, "only a BOM", b -> BOM.clone()).mustFail());
        for (int i = 0; i < n; i++) {
            int at = 1 + random.nextInt(bytes.length - 1);
            out.add(Mutation.bytes(file, "truncate at byte " + at, b -> Arrays.copyOf(b, at)));
        }
        int multiByte = IntStream.range(0, bytes.length).filter(i -> (bytes[i] & 0xE0) == 0xC0).findFirst().orElse(-1);
        if (multiByte >= 0) {
            out.add(Mutation.bytes(file, "truncate inside a multi-byte character at byte " + (multiByte + 1),
                    b -> Arrays.copyOf(b, multiByte + 1)).mustFailWith("not valid UTF-8"));
        }
        for (int i = 0; i < Math.max(2, n / 2); i++) {
            int at = random.nextInt(bytes.length);
            byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
            out.add(Mutation.bytes(file, "invalid UTF-8 " + hex(bad) + " at byte " + at, b -> insert(b, at, bad))
                    .mustFailWith("not valid UTF-8"));
        }
        for (int i = 0; i < Math.max(1, n / 4); i++) {
            int at = charBoundary(random.nextInt(bytes.length));
            out.add(Mutation.bytes(file, "NUL byte at byte " + at, b -> insert(b, at, new byte[] {0})).mustFail());
        }
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(bytes.length);
            byte value = (byte) random.nextInt(256);
            out.add(Mutation.bytes(file, "byte " + at + " set to " + hex(new byte[] {value}), b -> {
                byte[] copy = b.clone();
                copy[at] = value;
                return copy;
            }));
        }
        return distinct(out);
    }

    /** About {@code 5n} changes of whole lines; {@code yaml} adds unknown and repeated keys. */
    List<Mutation> lines(int n, boolean yaml) {
        List<Mutation> out = new ArrayList<>();
        List<Integer> content = IntStream.range(0, lines.size())
                .filter(i -> !lines.get(i).isBlank() && !lines.get(i).strip().startsWith("#")).boxed().toList();
        for (int i = 0; i < n; i++) {
            int line = pick(content);
            out.add(lineChange("delete line " + (line + 1), l -> l.remove(line)));
        }
        for (int i = 0; i < Math.max(1, n / 2); i++) {
            int line = pick(content);
            out.add(lineChange("repeat line " + (line + 1), l -> l.add(line, l.get(line))));
        }
        for (int i = 0; i < n; i++) {
            int a = pick(content);
            int b = i % 2 == 0 ? Math.min(a + 1, lines.size() - 1) : pick(content);
            out.add(lineChange("swap lines " + (a + 1) + " and " + (b + 1), l -> {
                String first = l.get(a);
                l.set(a, l.get(b));
                l.set(b, first);
            }));
        }
        for (int i = 0; i < n; i++) {
            int line = pick(content);
            out.add(lineChange("indent line " + (line + 1) + " by 1", l -> l.set(line, " " + l.get(line))));
        }
        List<Integer> indented = content.stream().filter(i -> lines.get(i).startsWith("  ")).toList();
        for (int i = 0; i < (indented.isEmpty() ? 0 : Math.max(1, n / 2)); i++) {
            int line = pick(indented);
            out.add(lineChange("dedent line " + (line + 1) + " by 2", l -> l.set(line, l.get(line).substring(2))));
            int tabbed = pick(indented);
            out.add(lineChange("tab instead of spaces on line " + (tabbed + 1),
                    l -> l.set(tabbed, "\t" + l.get(tabbed).substring(2))));
        }
        if (yaml) {
            out.addAll(keys(n, content));
        }
        return distinct(out);
    }

    /** An unknown key beside an existing one, or an existing key written twice. */
    private List<Mutation> keys(int n, List<Integer> content) {
        List<Mutation> out = new ArrayList<>();
        for (int i = 0; i < Math.max(1, n / 2); i++) {
            int line = pick(content);
            String text = lines.get(line);
            int indent = text.length() - text.stripLeading().length();
            boolean item = text.stripLeading().startsWith("- ");
            String key = " ".repeat(item ? indent + 2 : indent) + "surprise-key: 1";
            int at = item ? line + 1 : line;
            out.add(lineChange("unknown key at line " + (at + 1), l -> l.add(at, key)));
        }
        List<Integer> keyLines = content.stream().filter(i -> KEY_LINE.matcher(lines.get(i)).matches()).toList();
        for (int i = 0; i < Math.max(1, n / 3); i++) {
            int line = pick(keyLines);
            Matcher m = KEY_LINE.matcher(lines.get(line));
            m.matches();
            out.add(lineChange("key '" + m.group(2) + "' repeated at line " + (line + 1),
                    l -> l.add(line, m.group(1) + m.group(2) + ": again")).mustFailWith("duplicate key"));
        }
        return out;
    }

    private Mutation lineChange(String what, Consumer<List<String>> change) {
        return Mutation.text(file, what, text -> {
            List<String> copy = new ArrayList<>(List.of(text.split("\n", -1)));
            change.accept(copy);
            return String.join("\n", copy);
        });
    }

    /** A place drawn twice gives the same change twice: it runs once. */
    private static List<Mutation> distinct(List<Mutation> mutations) {
        Map<String, Mutation> byName = new LinkedHashMap<>();
        mutations.forEach(m -> byName.putIfAbsent(m.name(), m));
        return List.copyOf(byName.values());
    }

    private int pick(List<Integer> candidates) {
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** The first byte at or after {@code at} that starts a character, so an insertion keeps UTF-8 valid. */
    private int charBoundary(int at) {
        int i = at;
        while (i < bytes.length && (bytes[i] & 0xC0) == 0x80) {
            i++;
        }
        return i;
    }

    static byte[] insert(byte[] b, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(inserted);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(b, 0, a);
    }

    private static byte[] replaceAll(byte[] b, String from, String to) {
        return new String(b, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("0x%02X", x & 0xFF));
        }
        return s.toString();
    }
}
