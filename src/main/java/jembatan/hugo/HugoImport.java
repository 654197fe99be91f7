package jembatan.hugo;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import jembatan.report.Problems;
import jembatan.source.YamlValue;

/**
 * {@code jembatan import hugo}: reads a Hugo project and makes the Jembatan project that
 * publishes the same pages, in pairs as Hugo paired them, at the same addresses or with an alias
 * at each old one. The stages: the configuration ({@link HugoConfig}), the pages and their files
 * ({@link HugoContent}), where each page goes and how it pairs ({@link PagePlan}), the media
 * ({@link MediaPlan}), then each page's text ({@link BodyLinks}, {@link Shortcodes}) and front
 * matter ({@link FrontMatterMapping}), and {@code site.yaml} ({@link SiteYaml}). Reads SOURCE
 * only; {@link ProjectWriter} writes the result.
 */
public final class HugoImport {
    private static final Parser PARSER = Parser.builder().build();

    private HugoImport() {
    }

    /** The project made from the Hugo project at {@code source}; nothing, with the problems, when its configuration or a page cannot be read. */
    public static Optional<ImportedProject> read(Path source, Problems problems) {
        Optional<HugoConfig> read = HugoConfig.read(source, problems);
        if (read.isEmpty() || !problems.isEmpty()) return Optional.empty();
        HugoConfig config = read.get();
        HugoContent content = HugoContent.read(source, config, problems);
        if (!problems.isEmpty()) return Optional.empty();
        ImportReport report = new ImportReport();
        List<HugoPage> pages = content.pages().stream().sorted(Comparator.comparing(HugoPage::source)).toList();
        List<PagePlan> plans = new ArrayList<>(PagePlan.of(pages, config, report));
        LinkTargets targets = new LinkTargets(config.baseUrl());
        for (PagePlan plan : plans) {
            HugoPage page = plan.placement().page();
            String root = config.language(page.language()).contentDir().orElse(config.contentDir()) + "/";
            targets.page(plan.placement(), page.source().substring(root.length()), plan.aliases());
        }
        SortedMap<String, ImportedProject.ProjectFile> files = new TreeMap<>();
        MediaPlan.of(source, config, content, plans, report).forEach((target, media) -> {
            files.put(target, new ImportedProject.Copy(media.from()));
            media.sources().forEach(from -> targets.media(from, media.oldAddresses(), target));
        });
        HomePages.complete(plans, config, report);
        for (PagePlan plan : plans) {
            Placement placement = plan.placement();
            PageText page = new PageText(placement, targets, report, placement.page().front().bodyLine());
            String body = new Shortcodes(page).convert(BodyLinks.convert(placement.page().front().body(), page));
            YamlValue.Mapping fields = placement.page().front().fields();
            boolean described = FrontMatterMapping.text(fields, "description").or(() -> FrontMatterMapping.text(fields, "summary")).isPresent();
            Optional<String> description = described ? Optional.empty() : firstParagraph(body)
                    .or(() -> placement.page().isList() ? FrontMatterMapping.text(fields, "title") : Optional.empty());
            Map<String, Object> front = FrontMatterMapping.map(page, config,
                    new FrontMatterMapping.Decided(plan.slug(), plan.key(), plan.oneLanguage(), plan.aliases(), description));
            files.put(placement.target(), new ImportedProject.Text("---\n" + YamlWriter.write(front) + "---\n\n" + body.strip() + "\n"));
        }
        HomePages.made(plans, config).forEach((target, text) -> files.put(target, new ImportedProject.Text(text)));
        files.put("content/site.yaml", new ImportedProject.Text(SiteYaml.write(config, plans, targets, report)));
        Map<String, Integer> byLanguage = new LinkedHashMap<>();
        config.languages().forEach(l -> byLanguage.put(l.name() + " (" + l.code() + ")",
                (int) plans.stream().filter(p -> p.placement().language().equals(l.code())
                        && !p.placement().page().front().format().equals(HugoContent.MADE)).count()));
        // Pairs of the default language's pages: each pair has one.
        int pairs = (int) plans.stream().filter(p -> p.paired() && p.placement().language().equals(config.defaultLanguage())).count();
        return Optional.of(new ImportedProject(files, byLanguage, pairs, report.convertedCounts(), report.droppedCounts(), report.notes()));
    }

    /** The text of a page's first paragraph, for a page without a description, as Hugo's summary begins. */
    private static Optional<String> firstParagraph(String body) {
        for (Node node = PARSER.parse(body).getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof Paragraph)) continue;
            String text = new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
            if (!text.isEmpty() && !text.startsWith("{{")) return Optional.of(text);
        }
        return Optional.empty();
    }
}
