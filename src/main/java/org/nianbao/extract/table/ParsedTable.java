package org.nianbao.extract.table;

import java.util.List;
import java.util.Map;
import org.nianbao.model.Flag;
import org.nianbao.model.Value;

/**
 * What was parsed of one statutory table: whether it is there with numbers, its cells, the flags
 * raised, and the blocks it spans (kept out of the section text).
 */
public record ParsedTable(boolean present, Map<String, Value> values, List<Flag> flags, int firstBlock, int lastBlock) {
  static ParsedTable absent() {
    return new ParsedTable(false, Map.of(), List.of(), -1, -1);
  }

  public boolean covers(int block) {
    return present && block >= firstBlock && block <= lastBlock;
  }
}
