/**
 * The {@code jembatan} command and {@code mvn generate}: picocli commands over the pipeline, the
 * only place that prints, exits or reads the clock. {@link jembatan.cli.Relaunch} moves a build
 * into a JVM made for it, on the newest Java installed ({@link jembatan.cli.JavaRuntimes}) and,
 * from Java 25, started from a {@link jembatan.cli.StartupCache}.
 */
@NullMarked
package jembatan.cli;

import org.jspecify.annotations.NullMarked;
