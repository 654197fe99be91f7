/**
 * What a reader would find wrong, found before anything is written: editors' links and anchors the
 * built site lacks, translation pairs that place different boxes or facts or state different
 * numbers, dates or names (each in the translation, at its line), and every built page as a
 * browser meets it; and the status table of {@code jembatan status}.
 */
@NullMarked
package jembatan.check;

import org.jspecify.annotations.NullMarked;
