package org.nianbao.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.message.Message;
import org.nianbao.model.CheckStatus;
import org.nianbao.model.FlagCounts;
import org.nianbao.model.Outcome;
import org.nianbao.model.Report;
import org.nianbao.model.TableId;

/** The page's table of results as JSON: a row for each file dropped, its words in Chinese, as the page is. */
final class ResultsJson {
  private ResultsJson() {}

  static String of(List<Dropped> entries) {
    StringBuilder s = new StringBuilder("[");
    for (Dropped e : entries) {
      if (s.length() > 1) {
        s.append(',');
      }
      row(s, e);
    }
    return s.append(']').toString();
  }

  private static void row(StringBuilder s, Dropped e) {
    Outcome o = e.outcome;
    Optional<Report> r = o == null ? Optional.empty() : o.report();
    Dropped.State state = e.state;
    s.append("{\"id\":").append(e.id).append(",\"file\":").append(Json.string(e.name)).append(",\"state\":").append(Json.string(state.code));
    s.append(",\"status\":").append(Json.string(state.words.zh()));
    s.append(",\"shown\":").append(Json.string(shown(state, r).zh()));
    s.append(",\"noTables\":").append(r.map(x -> tables(x).isEmpty()).orElse(false));
    s.append(",\"agency\":").append(Json.string(r.flatMap(Report::agency).orElse("")));
    s.append(",\"year\":").append(Json.string(r.flatMap(Report::year).map(String::valueOf).orElse("")));
    s.append(",\"format\":").append(Json.string(r.flatMap(Report::formatCode).orElse("")));
    s.append(",\"tables\":").append(Json.string(r.map(x -> tables(x).isEmpty() ? Message.of("serve.tables_none").zh() : String.join("、", tables(x))).orElse("")));
    s.append(",\"failing\":").append(r.map(x -> x.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count()).orElse(0L));
    // What a person should look at first (需核对), then what only tells how a value was reached (说明).
    s.append(",\"review\":").append(r.map(x -> FlagCounts.of(x).review()).orElse(0L));
    s.append(",\"notes\":").append(r.map(x -> FlagCounts.of(x).notes()).orElse(0L));
    s.append(",\"missing\":").append(Json.string(r.map(ResultsJson::missing).orElse("")));
    s.append(",\"reason\":").append(Json.string(o == null || o.error().isEmpty() ? "" : o.error().get().zh()));
    s.append(",\"workbook\":").append(e.workbook != null);
    s.append('}');
  }

  /** The statutory tables a report lacks ("" when it has them all): a problem, said on the page. */
  private static String missing(Report r) {
    List<String> out = new ArrayList<>();
    for (TableId t : TableId.values()) {
      if (!r.has(t)) {
        out.add(t.label());
      }
    }
    return String.join("、", out);
  }

  /**
   * What the status cell says: a report read without a statutory table is a problem, said as one
   * (完成，但缺表四), not as a plain 完成.
   */
  private static Message shown(Dropped.State state, Optional<Report> r) {
    if (state != Dropped.State.DONE || r.isEmpty() || missing(r.get()).isEmpty()) {
      return state.words;
    }
    return tables(r.get()).isEmpty() ? Message.of("serve.status.done_no_tables") : Message.of("serve.status.done_missing", missing(r.get()));
  }

  /** The labels of the statutory tables found (表二, 表三, 表四). */
  private static List<String> tables(Report r) {
    List<String> found = new ArrayList<>();
    for (TableId t : List.of(TableId.T2, TableId.T3, TableId.T4)) {
      if (r.has(t)) {
        found.add(t.label());
      }
    }
    return found;
  }
}
