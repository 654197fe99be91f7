package jembatan.facts;

/** A check of the facts as its file writes it ({@code - that: a == b}), with where it stands, for {@link FactComputation}. */
record CheckAsRead(Formula formula, String because, String file, int line, int column) {
}
