package jembatan.facts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where facts come from: an outlet (per language where it needs translating), the report's
 * title, its date and its address. A box lists the sources of the facts it shows.
 */
public record Source(String id, LocalizedText outlet, Optional<String> title, Optional<LocalDate> date,
                     Optional<String> url, String file, int line) {
}
