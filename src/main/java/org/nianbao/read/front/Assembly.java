package org.nianbao.read.front;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.document.Block;
import org.nianbao.document.Document;
import org.nianbao.document.Part;
import org.nianbao.message.Message;
import org.nianbao.read.ReadException;
import org.nianbao.read.Source;

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
  /** A query parameter by which a download script names the file it serves. */
  private static final Pattern FILE_PARAMETER = Pattern.compile("(?i)[?&](?:file|filename|name|fn|path)=([^&#]+)");

  private final Readers readers;
  /** The folder the report's files are in; a link that leads outside it is not followed. */
  private final Path folder;
  private final Set<Path> seen = new HashSet<>();
  /** The parts not found, by kind and name: each is said once. */
  private final Set<String> missing = new HashSet<>();
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

  /**
   * The document with its parts read into it, and as its own parts the files that were read into
   * it (each {@link Part#href()} the file's path, {@link Part#at()} the index of its first block).
   *
   * @param base the folder the document's links start from
   * @param stem the name of the document's own file without its extension (a saved page keeps its
   *     files in {@code STEM_files/}), or null for a document that is no file
   */
  Document assemble(Document doc, Path base, String stem) {
    if (doc.parts().isEmpty()) {
      return doc;
    }
    List<Message> notes = new ArrayList<>(doc.notes());
    List<Part> parts = new ArrayList<>(doc.parts());
    parts.sort(Comparator.comparingInt(Part::at));
    List<Block> out = new ArrayList<>();
    List<Part> read = new ArrayList<>();
    int next = 0;
    for (Part p : parts) {
      while (next < p.at() && next < doc.blocks().size()) {
        out.add(doc.blocks().get(next++));
      }
      int start = out.size();
      Document part = read(p, base, stem, notes);
      if (part != null) {
        out.addAll(part.blocks());
        part.parts().forEach(q -> read.add(Part.linked(start + Math.max(q.at(), 0), q.kind(), q.name(), q.href())));
      }
    }
    out.addAll(doc.blocks().subList(next, doc.blocks().size()));
    return new Document(doc.source(), out, notes, doc.headlines(), read);
  }

  /** The part read with its own parts, its positions naming it; null when it is not read. */
  private Document read(Part p, Path base, String stem, List<Message> notes) {
    Message kind = Message.of("part." + p.kind().name().toLowerCase(Locale.ROOT));
    Optional<Path> found = p.isEmbedded() ? Optional.empty() : find(base, stem, p);
    // A part met again (the next pages of a report link each other, two pages the same attachment) is passed over.
    if (found.isPresent() ? seen.contains(real(found.get())) : !p.isEmbedded() && !missing.add(p.kind() + p.name())) {
      return null;
    }
    if (++count > MAX_PARTS) {
      if (count == MAX_PARTS + 1) {
        notes.add(Message.of("read.part_too_many", kind, p.name(), MAX_PARTS));
      }
      return null;
    }
    String name = p.name();
    Path file = null;
    byte[] bytes;
    try {
      if (p.isEmbedded()) {
        bytes = p.bytes();
      } else {
        if (found.isEmpty()) {
          notes.add(Message.of("read.part_missing", kind, name));
          return null;
        }
        seen.add(real(found.get()));
        file = found.get();
        name = folder.relativize(file).toString().replace('\\', '/');
        bytes = Readers.bytes(file);
      }
      Document part = readers.document(file == null ? Source.of(name, bytes) : Source.of(file.toString(), file, bytes));
      part = assemble(part, file == null ? base : file.getParent(), file == null ? stem : stem(file));
      String within = name;
      notes.add(Message.of("read.part", kind, name));
      // What the part's own parts came to is said of the report (their names are the report's folder's);
      // other notes are said of the part.
      part.notes().forEach(n -> notes.add(n.code().startsWith("read.part") ? n : Message.of("read.in_part", within, n)));
      List<Part> parts = new ArrayList<>();
      if (file != null) {
        parts.add(Part.linked(0, p.kind(), name, real(file).toString()));
      }
      parts.addAll(part.parts());
      List<Block> blocks = part.blocks().stream().map(b -> b.pos().path().startsWith("file[") ? b : b.within(within)).toList();
      return new Document(part.source(), blocks, List.of(), List.of(), parts);
    } catch (ReadException e) {
      notes.add(Message.of("read.part_unreadable", kind, name, e.reason()));
      return null;
    }
  }

  /**
   * The file a part's link leads to, inside the report's folder: where the link points, or a file of
   * the name it leads to — of the file a download script names ({@code downfile.jsp?filename=…}), or
   * of the name the page shows for it, as a browser saves a download under — beside the document or
   * in the folder browsers save a page's files to ({@code STEM_files/}, {@code STEM.files/}). Saving a
   * page keeps links to its site as they were, so these are where a part saved with it is.
   */
  private Optional<Path> find(Path base, String stem, Part p) {
    if (folder == null || base == null) {
      return Optional.empty();
    }
    String href = p.href().strip().replace('\\', '/');
    String path = decode(href.replaceAll("[?#].*$", ""));
    List<String> names = new ArrayList<>();
    names.add(path.substring(path.lastIndexOf('/') + 1));
    Matcher parameter = FILE_PARAMETER.matcher(href);
    while (parameter.find()) {
      String value = decode(parameter.group(1)).replace('\\', '/');
      names.add(value.substring(value.lastIndexOf('/') + 1));
    }
    names.add(p.name());
    List<Path> dirs = new ArrayList<>(List.of(base));
    if (stem != null) {
      dirs.add(base.resolve(stem + "_files"));
      dirs.add(base.resolve(stem + ".files"));
    }
    List<Path> candidates = new ArrayList<>();
    try {
      boolean remote = path.contains(":") || path.startsWith("/");
      if (!remote && !path.isEmpty()) {
        candidates.add(base.resolve(path));
      }
      for (String name : names) {
        if (!name.isBlank() && !name.equals(".") && !name.equals("..") && !name.contains("/")) {
          dirs.forEach(d -> candidates.add(d.resolve(name)));
        }
      }
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    for (Path c : candidates) {
      Path f = c.toAbsolutePath().normalize();
      if (f.startsWith(folder) && Files.isRegularFile(f)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A stray % in the name: taken as written.
      return s;
    }
  }

  /** The name of a file without its extension. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Where {@code p} really is, links resolved; as written when that cannot be found. */
  static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
