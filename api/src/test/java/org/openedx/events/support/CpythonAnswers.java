package org.openedx.events.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * The answers CPython 3.12 gave, written by {@code api/src/test/python/cpython_oracles.py} into the test resources
 * of this package: the golden data of the oracle tests.
 */
final class CpythonAnswers {

    /** One text and CPython's answer for it. */
    record Case(String text, String answer) {

        /** {@return whether CPython raised ValueError} */
        boolean refused() {
            return answer.startsWith("ValueError");
        }

        @Override
        public String toString() {
            return "'" + Echo.of(show(text)) + "' (CPython 3.12: " + answer + ")";
        }
    }

    /**
     * One template of a code-point file: CPython's answer for each code point put in place of {@code {}}, as the
     * usual answer and the exceptions.
     */
    record Template(String text, String usual, TreeMap<Integer, String> exceptions) {

        /** {@return the text with the code point in place} */
        String with(int codePoint) {
            return text.replace("{}", new String(Character.toChars(codePoint)));
        }

        /** {@return CPython's answer for the code point} */
        String answer(int codePoint) {
            return exceptions.getOrDefault(codePoint, usual);
        }
    }

    private CpythonAnswers() {}

    /**
     * Runs a loop of millions of reads on a new thread and waits for it: a refused text costs an exception, whose
     * stack trace is filled in frame by frame, and a thread of its own has a few frames where JUnit has a hundred.
     */
    static <T> T onShallowStack(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    /** {@return the cases of a golden file} */
    static List<Case> cases(String resource) {
        List<Case> cases = new ArrayList<>();
        for (String line : lines(resource)) {
            int tab = line.indexOf('\t');
            cases.add(new Case(unescape(line.substring(0, tab)), line.substring(tab + 1)));
        }
        return cases;
    }

    /** {@return the templates of a code-point file} */
    static List<Template> templates(String resource) {
        List<Template> templates = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] fields = line.split("\t", -1);
            if (fields[0].equals("template")) {
                templates.add(new Template(unescape(fields[1]), fields[2], new TreeMap<>()));
            } else {
                templates.get(templates.size() - 1).exceptions().put(Integer.parseInt(fields[0], 16), fields[1]);
            }
        }
        return templates;
    }

    /**
     * Checks every code point in every template of a golden file, on a shallow stack.
     *
     * @param resource the golden file of templates
     * @param check null when Java gives CPython's answer (the second argument) for the text (the first), else what
     *     differs
     * @return the first 50 differences
     */
    static List<String> codePointProblems(String resource, BinaryOperator<String> check) {
        return onShallowStack(() -> {
            List<String> wrong = new ArrayList<>();
            for (Template template : templates(resource)) {
                for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                    String problem = check.apply(template.with(codePoint), template.answer(codePoint));
                    if (problem != null && wrong.size() < 50) {
                        wrong.add(String.format("U+%04X in %s: %s", codePoint, template.text(), problem));
                    }
                }
            }
            return wrong;
        });
    }

    /** The text as the golden files write it: printable ASCII as is, the rest escaped. */
    static String show(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\') {
                out.append("\\\\");
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static List<String> lines(String resource) {
        InputStream in = CpythonAnswers.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no test resource " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Undoes the escapes of the golden files: {@code \\}, {@code \t} and {@code \}{@code uXXXX}. */
    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char kind = escaped.charAt(++i);
            switch (kind) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("bad escape in " + escaped);
            }
        }
        return out.toString();
    }
}
