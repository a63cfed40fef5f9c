package org.nianbao.read.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PaddleOCR's PP-OCRv4 Chinese models (text detection and recognition), run by ONNX Runtime; the
 * models come in a jar from Maven Central (RapidOCR's packaging), so nothing is fetched at run time.
 * Loaded once per process, on the first picture that needs reading: a batch of text reports never
 * pays for them. Sessions are thread-safe.
 */
final class Models {
  private static final String DIR = "/models/";

  final OrtEnvironment env;
  final OrtSession detector;
  final OrtSession recogniser;
  /** Each run gives back the memory its tensors took: pages differ in size, and an arena kept at the largest doubles a scan's memory. */
  final OrtSession.RunOptions shrinking;
  /** The recogniser's characters by class; class 0 is CTC's blank. */
  final List<String> characters;
  /** The class of each character. */
  final Map<String, Integer> classes;

  private Models() throws IOException, OrtException {
    env = OrtEnvironment.getEnvironment();
    removeUnpackedLibraries();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    // One thread a run: the pages of a scan are read side by side instead (PictureReader), and
    // the network's own threads, spinning beside ours, made a page of prose slower on two cores.
    options.setIntraOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    // No memory plan kept from the first run's shapes: a scan's pages and lines differ in size,
    // and the plan held the largest (a six-page scan's peak, median 759 → 687 MB; about 2 % slower).
    options.setMemoryPatternOptimization(false);
    detector = env.createSession(bytes("ch_PP-OCRv4_det_infer.onnx"), options);
    shrinking = new OrtSession.RunOptions();
    shrinking.addRunConfigEntry("memory.enable_memory_arena_shrinkage", "cpu:0");
    recogniser = env.createSession(bytes("ch_PP-OCRv4_rec_infer.onnx"), options);
    List<String> keys = new ArrayList<>();
    keys.add("");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream("ppocr_keys_v1.txt"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        keys.add(line);
      }
    }
    keys.add(" ");
    characters = List.copyOf(keys);
    Map<String, Integer> byText = new HashMap<>();
    for (int i = 1; i < keys.size(); i++) {
      byText.putIfAbsent(keys.get(i), i);
    }
    classes = Map.copyOf(byText);
  }

  /**
   * ONNX Runtime unpacks its native libraries into a folder of the system's temporary folder
   * ({@code onnxruntime-java…}) and leaves the folder behind at every run: it asks for the folder
   * to be deleted at exit before its files, which fails. Once the libraries are loaded their files
   * are no longer needed (on Linux and macOS; on Windows a loaded library cannot be deleted, and is
   * left to ONNX Runtime): the folder it made, which only it knows, is deleted here.
   */
  private static void removeUnpackedLibraries() {
    try {
      Field made = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
      made.setAccessible(true);
      if (made.get(null) instanceof Path folder && folder.getFileName().toString().startsWith("onnxruntime-java")) {
        try (Stream<Path> files = Files.list(folder)) {
          files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(folder);
      }
    } catch (ReflectiveOperationException | IOException | RuntimeException e) {
      // Another version of ONNX Runtime keeps it elsewhere, or Windows holds the files: its own clean-up stays.
    }
  }

  /** The models, loaded on first use; the same for every reader in the process. */
  static Models get() throws IOException {
    try {
      return Holder.MODELS;
    } catch (ExceptionInInitializerError e) {
      throw new IOException("the OCR models could not be loaded: " + e.getCause(), e.getCause());
    } catch (NoClassDefFoundError e) {
      throw new IOException("the OCR models could not be loaded earlier in this run", e);
    }
  }

  /** Loads the models when first asked for them (the holder idiom: thread-safe, no lock). */
  private static final class Holder {
    static final Models MODELS;

    static {
      try {
        MODELS = new Models();
      } catch (IOException | OrtException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream stream(String name) throws IOException {
    InputStream in = Models.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IOException("model " + name + " is not on the class path");
    }
    return in;
  }
}
