package jembatan.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jembatan.report.Problems;
import jembatan.source.YamlFields;
import jembatan.source.YamlValue;

/**
 * A correction as newsrooms publish them ({@code corrections:} in the front matter): the day the
 * article was corrected and what was wrong, in the article's language, with the line it is written
 * on. The page lists its corrections at the end and says "Corrected …" by its date; the feed and
 * the page's JSON-LD ({@code CorrectionComment}) carry them, so that a reader who saw the first
 * version learns what changed.
 */
public record Correction(LocalDate date, String text, int line) {
    /** The keys of one correction. */
    public static final List<String> KEYS = List.of("date", "text");

    /** The example every message about the shape of {@code corrections:} gives. */
    static final String EXAMPLE = "`corrections: [{date: 2025-05-26, text: \"An earlier version gave the wrong date.\"}]`";

    /**
     * The corrections of a front matter, in the order written; a correction of the wrong shape is
     * reported at its line and left out, one dated before the article's {@code date} reported at its line.
     */
    static List<Correction> read(YamlFields fields, Optional<ArticleDate> published, String file, Problems problems) {
        Optional<YamlValue> value = fields.value("corrections");
        if (value.isEmpty()) return List.of();
        if (!(value.get() instanceof YamlValue.Sequence sequence)) {
            problems.at(file, fields.line("corrections"), "corrections must be a list, not " + value.get().kind(), "write it as " + EXAMPLE);
            return List.of();
        }
        List<Correction> corrections = new ArrayList<>();
        for (YamlValue item : sequence.items()) {
            if (!(item instanceof YamlValue.Mapping mapping)) {
                problems.at(file, item.line(), "each correction must be a date and a text, not " + item.kind(), "write it as " + EXAMPLE);
                continue;
            }
            YamlFields correction = YamlFields.of(mapping, KEYS, "correction", file, problems);
            Optional<LocalDate> date = correction.require("date", "2025-05-26") ? correction.date("date") : Optional.empty();
            Optional<String> text = correction.requiredText("text", "\"An earlier version gave the wrong date.\"");
            if (date.isEmpty() || text.isEmpty()) continue;
            if (published.isPresent() && date.get().isBefore(published.get().day())) {
                problems.at(file, correction.line("date"), "correction dated " + date.get() + " is before the article's date " + published.get().day(),
                        "a correction comes after the article it corrects; write the day it was corrected, on or after " + published.get().day());
                // Kept, so that the translation's correction of that day is not reported as a second mistake.
            }
            corrections.add(new Correction(date.get(), text.get(), mapping.line()));
        }
        return List.copyOf(corrections);
    }
}
