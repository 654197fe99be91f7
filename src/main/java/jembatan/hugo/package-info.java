/**
 * {@code jembatan import hugo}, beside the pipeline: a bilingual Hugo project (its configuration
 * files, content folders or language suffixes, YAML, TOML or JSON front matter, page bundles and
 * shortcodes) read into an {@link jembatan.hugo.ImportedProject}, the files of a new Jembatan
 * project with its pairs, sections, media, menus and an alias at every address Hugo published,
 * and a report of what was converted and what was left out, each at its file and line.
 * {@link jembatan.hugo.ProjectWriter} writes it, never into the Hugo project, never over a
 * folder that is not empty.
 */
@NullMarked
package jembatan.hugo;

import org.jspecify.annotations.NullMarked;
