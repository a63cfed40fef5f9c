package org.nianbao.document;

import java.util.List;
import org.nianbao.message.Message;

/**
 * What every reader produces: the blocks of one input in reading order, notes about how it was read
 * (a guessed charset, a damaged page) that later stages turn into flags, and headlines found outside
 * the body: a web page's {@code <title>} and title metadata, a Word file's page headers and text
 * boxes, where the title stands when the body does not show it; and the other files or embedded
 * documents that belong to the report ({@link Part}), which the registry reads into it.
 */
public record Document(String source, List<Block> blocks, List<Message> notes, List<String> headlines, List<Part> parts) {
  public Document {
    blocks = List.copyOf(blocks);
    notes = List.copyOf(notes);
    headlines = List.copyOf(headlines);
    parts = List.copyOf(parts);
  }

  /** A document that is the whole report by itself. */
  public Document(String source, List<Block> blocks, List<Message> notes, List<String> headlines) {
    this(source, blocks, notes, headlines, List.of());
  }

  /** A document with no headlines outside its body. */
  public Document(String source, List<Block> blocks, List<Message> notes) {
    this(source, blocks, notes, List.of());
  }

  /** The same document with other blocks. */
  public Document withBlocks(List<Block> newBlocks) {
    return new Document(source, newBlocks, notes, headlines, parts);
  }
}
