package org.nianbao.doc;

import java.util.List;
import org.nianbao.message.Message;

/**
 * What every reader produces: the blocks of one input in reading order, plus notes about how it was
 * read (a guessed charset, a damaged page) that later stages turn into flags.
 */
public record Document(String source, List<Block> blocks, List<Message> notes) {
  public Document {
    blocks = List.copyOf(blocks);
    notes = List.copyOf(notes);
  }

  /** The same document with other blocks. */
  public Document withBlocks(List<Block> newBlocks) {
    return new Document(source, newBlocks, notes);
  }
}
