package jembatan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One problem per mistake: what follows from a mistake in another file is folded under it, causes first. */
class ProblemReportTest {
    private static final Problem KEY = Problem.at("content/id/a.md", 3, "unknown front matter key \"descripton\"", "");
    private static final Problem PARITY = Problem.at("content/en/a.md", 2, "\"16 May 2025\" is stated twice here", "")
            .followingFrom(List.of("content/en/a.md", "content/id/a.md"));

    private static List<String> shown(ProblemReport report) {
        return report.mistakes().stream().map(c -> c.problem().message() + " +" + c.following().size()).toList();
    }

    @Test
    void aProblemThatFollowsFromAMistakeInAnotherFileIsFoldedUnderIt() {
        ProblemReport report = ProblemReport.of(List.of(PARITY, KEY));

        assertEquals(List.of(new ProblemReport.Cause(KEY, List.of(PARITY))), report.mistakes());
        assertEquals(1, report.followingCount());
    }

    @Test
    void withoutAMistakeToFollowFromItIsAMistakeOfItsOwn() {
        ProblemReport report = ProblemReport.of(List.of(PARITY));

        assertEquals(List.of(new ProblemReport.Cause(PARITY, List.of())), report.mistakes());
    }

    @Test
    void problemsThatFollowFromOneAnotherDoNotHideEachOther() {
        Problem other = Problem.at("content/id/a.md", 4, "\"1.000\" is stated once here", "").followingFrom(List.of("content/en/a.md", "content/id/a.md"));

        assertEquals(List.of("\"16 May 2025\" is stated twice here +0", "\"1.000\" is stated once here +0"), shown(ProblemReport.of(List.of(PARITY, other))));
    }

    @Test
    void aChainOfEchoesFoldsUnderTheMistakeItTracesBackTo() {
        Problem yaml = Problem.at("content/facts/f.yaml", 9, "YAML syntax error", "");
        Problem unknown = Problem.at("content/id/a.md", 11, "unknown fact \"x\"", "").followingFrom(List.of("content/facts/f.yaml"));
        Problem parity = Problem.at("content/en/a.md", 1, "fact \"y\" is in content/id/a.md but not here", "").followingFrom(List.of("content/en/a.md", "content/id/a.md"));

        ProblemReport report = ProblemReport.of(List.of(parity, unknown, yaml));

        assertEquals(List.of(new ProblemReport.Cause(yaml, List.of(parity, unknown))), report.mistakes());
    }

    @Test
    void causesComeFirstThenEveryOtherMistakeInFileAndLineOrder() {
        Problem early = Problem.at("content/en/b.md", 1, "early", "");
        Problem late = Problem.at("content/en/z.md", 1, "late", "");

        assertEquals(List.of("unknown front matter key \"descripton\" +1", "early +0", "late +0"),
                shown(ProblemReport.of(List.of(late, PARITY, early, KEY))));
    }

    @Test
    void ofTheProblemsASharedFileHasAtOnePlaceTheFirstIsTheMistake() {
        Problems problems = new Problems();
        Problem idPage = Problem.at("templates/article.ftlh", 4, "template error while making content/id/a.md", "");
        Problem enPage = Problem.at("templates/article.ftlh", 4, "template error while making content/en/a.md", "");
        problems.addShared(idPage);
        problems.addShared(enPage);

        ProblemReport report = ProblemReport.of(problems.sorted());

        assertEquals(List.of("template error while making content/en/a.md +1"), shown(report));
    }

    @Test
    void theEchoesOfATemplatesLineFoldUnderThatLineNotUnderAnEarlierMistakeInTheSameFile() {
        Problems problems = new Problems();
        problems.add(Problem.at("templates/article.ftlh", 2, "template syntax error", ""));
        problems.addShared(new Problem("templates/article.ftlh", 9, 4, "template error while making content/id/a.md", ""));
        problems.addShared(new Problem("templates/article.ftlh", 9, 4, "template error while making content/en/a.md", ""));

        assertEquals(List.of("template error while making content/en/a.md +1", "template syntax error +0"), shown(ProblemReport.of(problems.sorted())));
    }
}
