package jembatan.markdown;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random Markdown through the whole Markdown stage: nested quotes and lists (past the bound too),
 * links of every kind, tables, code, raw HTML, footnotes and long runs of one character, seeded so
 * that a failure is reproduced by its seed ({@code -Djembatan.fuzz.seed=...} runs one). Each case
 * must render or report problems, never throw, within its time; and each shape that once cost the
 * square of its size must cost at 4n at most ten times what it costs at n (four when linear,
 * sixteen when quadratic; the margin keeps a busy machine from failing it).
 */
class MarkdownFuzzTest {
    private static final long FIRST_SEED = Long.getLong("jembatan.fuzz.seed", 18L);
    private static final int CASES = Long.getLong("jembatan.fuzz.seed") == null ? 150 : 1;

    @TempDir
    Path root;

    static Stream<Long> seeds() {
        return Stream.iterate(FIRST_SEED, seed -> seed + 1).limit(CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomMarkdownRendersOrReportsWithinItsTime(long seed) {
        String body = new RandomMarkdown(new Random(seed)).document(40);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> OneArticle.render(root, body), "seed " + seed);
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("links in one paragraph", (IntFunction<String>) n -> "[a](https://example.org/x) [b](about.md) ".repeat(n)),
                Arguments.of("table rows", (IntFunction<String>) n -> "| a | b |\n|---|---|\n" + "| 1 | [x](about.md) |\n".repeat(n)),
                Arguments.of("lines that start with a digit", (IntFunction<String>) n -> "2025 was a year\n".repeat(n)),
                Arguments.of("quoted paragraphs", (IntFunction<String>) n -> "> a quoted line\n> and another\n\n".repeat(n)),
                Arguments.of("footnotes", (IntFunction<String>) n -> "x[^a] ".repeat(n) + "\n\n[^a]: The note.\n" + "\nMore text.\n".repeat(n)),
                Arguments.of("random articles", (IntFunction<String>) n -> {
                    StringBuilder body = new StringBuilder();
                    RandomMarkdown random = new RandomMarkdown(new Random(7));
                    while (body.length() < n * 40) body.append(random.document(4)).append("\n\n");
                    return body.toString();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void timeGrowsLinearlyWithSize(String shape, IntFunction<String> make) {
        int n = 5_000;
        String small = make.apply(n);
        String large = make.apply(4 * n);
        fastest(make.apply(n / 4)); // the JIT compiles on something smaller first
        long smallTime = fastest(small);
        long largeTime = fastest(large);
        assertTrue(largeTime < 10 * Math.max(smallTime, 20), shape + ": " + smallTime + " ms at n, " + largeTime + " ms at 4n");
    }

    /** The fastest of three renders, in milliseconds: the least disturbed by other work on the machine. */
    private long fastest(String body) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> OneArticle.render(root, body));
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    @Test
    void theGeneratorIsReproducible() {
        assertTrue(new RandomMarkdown(new Random(3)).document(20).equals(new RandomMarkdown(new Random(3)).document(20)));
    }

    /** Markdown made from a seed: blocks nested in quotes and list items, inline elements, and the odd pathological run. */
    private record RandomMarkdown(Random random) {
        String document(int blocks) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < blocks; i++) out.append(block(0)).append("\n");
            return out.toString();
        }

        private String block(int depth) {
            int kind = random.nextInt(depth > 8 ? 6 : 11);
            return switch (kind) {
                case 0, 1, 2 -> paragraph();
                case 3 -> "#".repeat(1 + random.nextInt(6)) + " " + words(3) + "\n";
                case 4 -> table();
                case 5 -> "```" + (random.nextBoolean() ? "go" : "") + "\n" + words(5) + "\n```\n";
                case 6, 7 -> prefixed(block(depth + 1), "> ".repeat(1 + random.nextInt(3)));
                case 8, 9 -> {
                    String marker = random.nextBoolean() ? "- " : "1. ";
                    String inner = block(depth + 1);
                    yield marker + prefixed(inner, " ".repeat(marker.length())).substring(marker.length());
                }
                default -> pathological();
            };
        }

        private String paragraph() {
            StringBuilder out = new StringBuilder();
            int parts = 1 + random.nextInt(30);
            for (int i = 0; i < parts; i++) {
                out.append(switch (random.nextInt(12)) {
                    case 0 -> "[" + words(2) + "](https://example.org/" + random.nextInt(100) + ")";
                    case 1 -> "[" + words(1) + "](about.md" + (random.nextBoolean() ? "#part" : "") + ")";
                    case 2 -> "*" + words(2) + "*";
                    case 3 -> "**" + words(1) + "**";
                    case 4 -> "`code " + random.nextInt(9) + "`";
                    case 5 -> "<sup>" + random.nextInt(99) + "</sup>";
                    case 6 -> "[^" + random.nextInt(5) + "]";
                    case 7 -> "![a picture](https://example.org/p" + random.nextInt(9) + ".png)";
                    case 8 -> random.nextInt(5000) + "," + random.nextInt(10);
                    case 9 -> "\n";
                    case 10 -> "[ref " + random.nextInt(3) + "]";
                    default -> words(1 + random.nextInt(6));
                }).append(' ');
            }
            if (random.nextInt(4) == 0) out.append("\n\n[^").append(random.nextInt(5)).append("]: ").append(words(4));
            if (random.nextInt(4) == 0) out.append("\n\n[ref ").append(random.nextInt(3)).append("]: https://example.org/r");
            return out.append("\n").toString();
        }

        private String table() {
            StringBuilder out = new StringBuilder("| a | b |\n|---|---|\n");
            for (int i = random.nextInt(20); i > 0; i--) out.append("| ").append(words(1)).append(" | [x](about.md) |\n");
            return out.toString();
        }

        /** Quote marks a little past the bound, a list ladder, a run of one character, a long comment or title. */
        private String pathological() {
            int length = 50 + random.nextInt(3_000);
            return switch (random.nextInt(6)) {
                case 0 -> ">".repeat(90 + random.nextInt(20)) + " deep\n";
                case 1 -> {
                    StringBuilder ladder = new StringBuilder();
                    for (int i = 0; i < 90 + random.nextInt(20); i++) ladder.append("  ".repeat(i)).append("- step\n");
                    yield ladder.toString();
                }
                case 2 -> "*".repeat(length) + "\n";
                case 3 -> "Text <!-- " + "n".repeat(length) + " --> text.\n";
                case 4 -> "[a](https://example.org/ \"" + "t".repeat(length) + "\")\n";
                default -> "*a ".repeat(length / 20) + "x" + " a*".repeat(length / 20) + "\n";
            };
        }

        private String words(int count) {
            String[] words = {"the", "talks", "Istanbul", "1.000", "prisoners", "16", "Mei", "2025", "&", "<T>", "\\*", "_x_", "~~s~~"};
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) out.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            return out.toString();
        }

        private static String prefixed(String text, String prefix) {
            StringBuilder out = new StringBuilder();
            for (String line : text.split("\n", -1)) out.append(prefix).append(line).append("\n");
            return out.toString();
        }
    }
}
