package org.nianbao.read.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.nianbao.message.Message;
import org.nianbao.read.Budget;

/**
 * Finds the compressed streams of a PDF that do not inflate to their end. PDFBox reads a damaged
 * stream as far as it can and goes on without a word, so a page whose drawing or font streams are
 * cut loses text silently: a number becomes a blank. Image streams are left aside; their damage
 * costs no text. A stream that inflates past what any report's does is refused there, before it is
 * drawn, and so are pages whose drawings add up past that (six pages that share one stream of a
 * gigabyte would each parse it).
 */
final class StreamCheck {
  /** No content or font stream of a report inflates to this much. */
  private static final long MAX_INFLATED = 64L * 1024 * 1024;
  /** Nor do all of them together, nor the drawings of all pages (a stream shared by pages counted for each). */
  private static final long MAX_TOTAL = 256L * 1024 * 1024;

  private StreamCheck() {}

  /** Object numbers of the damaged streams, e.g. {@code 12 0 R}; refuses streams and pages that inflate past any report's. */
  static List<String> damaged(PDDocument pdf) {
    COSDocument cos = pdf.getDocument();
    List<String> out = new ArrayList<>();
    long[] total = {0};
    Map<COSStream, Long> sizes = new IdentityHashMap<>();
    for (Map.Entry<COSObjectKey, Long> e : cos.getXrefTable().entrySet()) {
      COSBase object = cos.getObjectFromPool(e.getKey()).getObject();
      if (object instanceof COSStream s && isFlate(s) && !COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
        long before = total[0];
        if (!inflates(s, total)) {
          out.add(e.getKey().getNumber() + " " + e.getKey().getGeneration() + " R");
        }
        sizes.put(s, total[0] - before);
      }
    }
    long drawn = 0;
    for (PDPage page : pdf.getPages()) {
      COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
      List<? extends COSBase> streams = contents instanceof COSArray a ? a.toList() : List.of(contents == null ? COSNull.NULL : contents);
      for (COSBase c : streams) {
        if ((c instanceof COSObject o ? o.getObject() : c) instanceof COSStream s) {
          drawn += sizes.getOrDefault(s, s.getLength());
        }
      }
      Budget.refuse(drawn, MAX_TOTAL, () -> Message.of("budget.drawings", MAX_TOTAL / 1048576));
    }
    return out;
  }

  private static boolean isFlate(COSStream s) {
    return COSName.FLATE_DECODE.equals(s.getFilters());
  }

  /** Whether the stream inflates to its end; adds what it inflated to {@code sum[0]}. */
  private static boolean inflates(COSStream s, long[] sum) {
    Inflater inflater = new Inflater();
    byte[] out = new byte[64 * 1024];
    long total = 0;
    try (InputStream raw = s.createRawInputStream()) {
      inflater.setInput(raw.readAllBytes());
      while (!inflater.finished()) {
        int n = inflater.inflate(out);
        total += n;
        sum[0] += n;
        Budget.refuse(total, MAX_INFLATED, () -> Message.of("budget.stream", MAX_INFLATED / 1048576));
        Budget.refuse(sum[0], MAX_TOTAL, () -> Message.of("budget.streams", MAX_TOTAL / 1048576));
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return false;
        }
      }
      return true;
    } catch (IOException | DataFormatException e) {
      return false;
    } finally {
      inflater.end();
    }
  }
}
