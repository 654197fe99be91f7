/**
 * The first stage: editors' files read the same way everywhere. {@link jembatan.source.SourceText}
 * decodes strict UTF-8 (BOM and CRLF folded) within a size bound, refusing what is not a regular
 * file before opening it; {@link jembatan.source.YamlReader} composes YAML into {@link
 * jembatan.source.YamlValue} trees that keep their lines, never constructing objects; {@link
 * jembatan.source.YamlFields} reads a mapping against its list of known keys, so a misspelt key is
 * a problem at its line.
 */
@NullMarked
package jembatan.source;

import org.jspecify.annotations.NullMarked;
