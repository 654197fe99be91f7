package jembatan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTest {
    @TempDir
    Path folder;

    private Path jdk(String name, String version) throws IOException {
        Path home = folder.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        return home;
    }

    private JavaRuntimes runtimes(Path running, int feature, Map<String, String> environment, Optional<String> chosen) {
        return new JavaRuntimes(running, feature, environment, chosen, List.of());
    }

    @Test
    void theNewestJdkNamedByTheEnvironmentThatKeepsAStartupCacheIsChosen() throws IOException {
        Path seventeen = jdk("jdk-17", "17.0.15");
        Path twentyFive = jdk("temurin-25", "25.0.3");
        Path twentySix = jdk("jdk-26", "26");
        Map<String, String> environment = Map.of("JAVA_HOME", seventeen.toString(), "JAVA25_HOME", twentyFive.toString(), "JAVA26_HOME", twentySix.toString());
        assertEquals(Optional.of(twentySix.resolve("bin/java")), runtimes(seventeen, 17, environment, Optional.empty()).withStartupCache());
        assertEquals(Optional.of(twentyFive.resolve("bin/java")),
                runtimes(seventeen, 17, Map.of("JAVA_HOME", twentyFive.toString()), Optional.empty()).withStartupCache());
        assertEquals(Optional.of(twentyFive.resolve("bin/java")),
                runtimes(seventeen, 17, Map.of("JAVA_HOME", seventeen.toString(), "JAVA_HOME_25_X64", twentyFive.toString()), Optional.empty()).withStartupCache(),
                "as GitHub's runners name the JDKs beside the default one");
    }

    @Test
    void aRunningJava25IsEnoughAndJava17AloneIsNot() throws IOException {
        Path twentyFive = jdk("temurin-25", "25.0.3");
        Path seventeen = jdk("jdk-17", "17.0.15");
        assertEquals(Optional.of(twentyFive.resolve("bin/java")), runtimes(twentyFive, 25, Map.of(), Optional.empty()).withStartupCache());
        assertEquals(Optional.empty(), runtimes(seventeen, 17, Map.of("JAVA_HOME", seventeen.toString()), Optional.of(seventeen.toString())).withStartupCache(),
                "a chosen JDK too old for a cache means none, whatever else is installed");
    }

    @Test
    void theFoldersJdksAreInstalledInAreLookedAtOneJdkAFolder() throws IOException {
        Path seventeen = jdk("jvm/jdk-17", "17.0.15");
        Path twentyFive = jdk("jvm/temurin-25-jdk-amd64", "25.0.3");
        jdk("Library/Java/JavaVirtualMachines/temurin-26.jdk/Contents/Home", "26");
        List<Path> folders = JavaRuntimes.installFolders(folder);
        assertEquals(List.of(folder.resolve("Library/Java/JavaVirtualMachines/temurin-26.jdk/Contents/Home")), folders.stream().filter(f -> f.startsWith(folder)).toList(),
                "macOS bundles, in the user's Library");
        assertEquals(Optional.of(twentyFive.resolve("bin/java")),
                new JavaRuntimes(seventeen, 17, Map.of(), Optional.empty(), List.of(seventeen, twentyFive)).withStartupCache());
    }

    @Test
    void ofTwoJdksOfTheSameVersionTheFirstByPathIsChosenWhateverTheOrderTheyAreFoundIn() throws IOException {
        Path seventeen = jdk("jdk-17", "17.0.15");
        Path first = jdk("a-temurin-25", "25.0.3");
        Path second = jdk("b-zulu-25", "25.0.1");
        Path notExecutable = jdk("0-broken-26", "26");
        notExecutable.resolve("bin/java").toFile().setExecutable(false);
        for (List<Path> found : List.of(List.of(seventeen, first, second, notExecutable), List.of(notExecutable, second, first, seventeen))) {
            assertEquals(Optional.of(first.resolve("bin/java")), new JavaRuntimes(seventeen, 17, Map.of(), Optional.empty(), found).withStartupCache());
        }
    }

    @Test
    void theUsersChoiceWinsAndAFolderWithoutAReleaseFileIsNoJdk() throws IOException {
        Path twentyFive = jdk("temurin-25", "25.0.3");
        Path twentySix = jdk("jdk-26", "26");
        assertEquals(Optional.of(twentyFive.resolve("bin/java")),
                runtimes(twentySix, 26, Map.of(), Optional.of(twentyFive.toString())).withStartupCache());
        Files.delete(twentySix.resolve("release"));
        assertEquals(0, JavaRuntimes.feature(twentySix));
        assertEquals(25, JavaRuntimes.feature(twentyFive));
    }
}
