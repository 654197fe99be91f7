package jembatan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPathTest {
    @TempDir
    Path site;

    @Test
    void pathInsideTheSiteIsResolvedAgainstIt() {
        assertEquals(Optional.of(site.toAbsolutePath().normalize().resolve("en").resolve("a").resolve("index.html")),
                OutputPath.inside(site, "en/a/index.html"));
    }

    @Test
    void pathThatStepsOutAndBackInStaysInside() {
        assertEquals(Optional.of(site.toAbsolutePath().normalize().resolve("b").resolve("index.html")),
                OutputPath.inside(site, "a/../b/index.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/abs", "/etc/passwd", "a/../../x", "a\\b", "..\\x", "C:/x", "a\0b", "", ".", "a/..", "../site-other/x"})
    void pathThatWouldLeaveTheSiteIsRefused(String relative) {
        assertEquals(Optional.empty(), OutputPath.inside(site, relative));
    }
}
