/**
 * The facts: {@code content/facts/*.yaml} read into a {@link jembatan.facts.FactSheet} of typed,
 * sourced facts, formulas computed in dependency order without recursion, checks run, and the fact
 * boxes an article may place. {@link jembatan.facts.FactFormatter} writes a value in a language.
 * Pure data: nothing here writes HTML.
 */
@NullMarked
package jembatan.facts;

import org.jspecify.annotations.NullMarked;
