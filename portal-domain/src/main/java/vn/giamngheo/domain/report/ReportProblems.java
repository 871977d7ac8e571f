package vn.giamngheo.domain.report;

import java.util.List;
import vn.giamngheo.tenancy.UserFacingException;

/** A report that breaks its rules: every problem, each with the indicator it concerns. */
public class ReportProblems extends UserFacingException {
  private final transient List<ReportCheck.Problem> problems;

  public ReportProblems(List<ReportCheck.Problem> problems) {
    super("report.hasProblems", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<ReportCheck.Problem> problems() {
    return problems;
  }
}
