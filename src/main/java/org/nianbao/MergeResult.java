package org.nianbao;

import java.util.List;
import org.nianbao.model.CheckResult;

/** What a merge wrote: reports as rows, inputs not read, the cross-year checks nianbao computed, and the entries of the 问题清单. */
public record MergeResult(int reports, int failures, List<CheckResult> crossYear, int issues) {
  public MergeResult {
    crossYear = List.copyOf(crossYear);
  }
}
