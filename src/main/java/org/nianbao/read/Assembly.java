package org.nianbao.read;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nianbao.doc.Block;
import org.nianbao.doc.Document;
import org.nianbao.doc.Part;
import org.nianbao.message.Message;

/**
 * Puts a report made of several pieces together: each {@link Part} a reader met (a frame, an
 * embedded document, a continuation page, an attachment saved beside the page) is read by its own
 * form and its blocks put where the part belongs, their positions naming the part. A linked file is
 * looked for only inside the report's own folder, each file is read once (a continuation page
 * links back to the first), and a part that is not there or cannot be read is said in a note.
 * One assembly serves one report.
 */
final class Assembly {
  /** Parts of one report beyond which no more are read: a report is a page and a few attachments. */
  static final int MAX_PARTS = 64;

  private final Readers readers;
  /** The folder the report's files are in; a link that leads outside it is not followed. */
  private final Path folder;
  private final Set<Path> seen = new HashSet<>();
  private int count;

  /**
   * @param folder the report's folder, or null for a report held in memory (only embedded parts can
   *     be read then)
   * @param first the report's own file, never read again as a part of itself
   */
  Assembly(Readers readers, Path folder, Path first) {
    this.readers = readers;
    this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
    if (first != null) {
      seen.add(real(first));
    }
  }

  /** The document with its parts read into it; {@code base} is the folder its links start from. */
  Document assemble(Document doc, Path base) {
    if (doc.parts().isEmpty()) {
      return doc;
    }
    List<Message> notes = new ArrayList<>(doc.notes());
    List<Part> parts = new ArrayList<>(doc.parts());
    parts.sort(Comparator.comparingInt(Part::at));
    List<Block> out = new ArrayList<>();
    int next = 0;
    for (Part p : parts) {
      while (next < p.at() && next < doc.blocks().size()) {
        out.add(doc.blocks().get(next++));
      }
      out.addAll(read(p, base, notes));
    }
    out.addAll(doc.blocks().subList(next, doc.blocks().size()));
    return new Document(doc.source(), out, notes, doc.headlines());
  }

  private List<Block> read(Part p, Path base, List<Message> notes) {
    Message kind = Message.of("part." + p.kind().name().toLowerCase(Locale.ROOT));
    if (++count > MAX_PARTS) {
      if (count == MAX_PARTS + 1) {
        notes.add(Message.of("read.part_too_many", kind, p.name(), MAX_PARTS));
      }
      return List.of();
    }
    String name = p.name();
    Path file = null;
    byte[] bytes;
    try {
      if (p.isEmbedded()) {
        bytes = p.bytes();
      } else {
        Optional<Path> found = find(base, p.href());
        if (found.isEmpty()) {
          notes.add(Message.of("read.part_missing", kind, name));
          return List.of();
        }
        if (!seen.add(real(found.get()))) {
          return List.of();
        }
        file = found.get();
        name = folder.relativize(file).toString().replace('\\', '/');
        bytes = Readers.bytes(file);
      }
      Document part = assemble(readers.document(file == null ? name : file.toString(), bytes), file == null ? base : file.getParent());
      String within = name;
      part.notes().forEach(n -> notes.add(Message.of("read.in_part", within, n)));
      notes.add(Message.of("read.part", kind, name));
      return part.blocks().stream().map(b -> b.pos().path().startsWith("file[") ? b : b.within(within)).toList();
    } catch (ReadException e) {
      notes.add(Message.of("read.part_unreadable", kind, name, e.reason()));
      return List.of();
    }
  }

  /**
   * The file a link leads to, inside the report's folder: where the link points, or, for a link to
   * the page's own site (saving a page keeps such links as they were), a file of the link's name
   * beside the page or in the folder browsers save a page's files to.
   */
  private Optional<Path> find(Path base, String href) {
    if (folder == null || base == null) {
      return Optional.empty();
    }
    String path = href.strip().replace('\\', '/').replaceAll("[?#].*$", "");
    try {
      path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A stray % in the name: taken as written.
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    List<Path> candidates = new ArrayList<>();
    try {
      boolean remote = path.contains(":") || path.startsWith("/");
      if (!remote && !path.isEmpty()) {
        candidates.add(base.resolve(path));
      }
      if (remote && !name.isEmpty()) {
        candidates.add(base.resolve(name));
      }
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    for (Path c : candidates) {
      Path p = c.toAbsolutePath().normalize();
      if (p.startsWith(folder) && Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
