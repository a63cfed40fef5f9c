package org.nianbao.extract;

import java.util.List;
import java.util.Optional;
import org.nianbao.extract.table.Token;
import org.nianbao.form.Format;

/**
 * Tells the statutory format from the labels the tables print, never from the year alone
 * (a 2021 county report may keep the trial tables).
 */
final class FormatDetector {
  /** Labels only the 2021 form (国办公开办函〔2021〕30号) prints. */
  private static final List<String> REVISED =
      List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "逾期不补正", "逾期未按收费通知要求缴纳费用");

  /** Labels only the 2019 trial form (国办公开办函〔2019〕60号) prints. */
  private static final List<String> TRIAL =
      List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增减", "采购项目数量", "采购总金额", "其他对外管理服务事项");

  private FormatDetector() {}

  /** The format the labels show, if they show one. */
  static Optional<Format> detect(List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    for (Token t : tokens) {
      if (t.isLabel()) {
        text.append(t.label().key());
      }
    }
    String all = text.toString();
    long revised = REVISED.stream().filter(all::contains).count();
    long trial = TRIAL.stream().filter(all::contains).count();
    if (revised == trial) {
      return Optional.empty();
    }
    return Optional.of(revised > trial ? Format.REVISED_2021 : Format.TRIAL_2019);
  }
}
