package jembatan.cli;

import java.nio.file.Path;
import jembatan.pipeline.BuildOptions;
import picocli.CommandLine.Mixin;

/**
 * What a command that builds the site is told: which project ({@link ProjectOptions}) and what
 * to publish ({@link PublicationOptions}). {@code build} and {@code check} share it, so that a
 * check checks exactly what a build would publish, with the same options and the same defaults.
 */
final class BuildSetup {
    @Mixin
    ProjectOptions project;

    @Mixin
    PublicationOptions publication;

    Path folder() {
        return project.project;
    }

    boolean verbose() {
        return project.verbose;
    }

    BuildOptions buildOptions() {
        return publication.buildOptions();
    }
}
