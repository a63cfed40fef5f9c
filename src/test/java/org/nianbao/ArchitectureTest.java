package org.nianbao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package list is the pipeline: a stage imports only the stages before it (docs/library.md, layout of the code). */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.nianbao");

  @Test
  void stagesImportOnlyTheStagesBeforeThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("form").definedBy("org.nianbao.form")
        .layer("document").definedBy("org.nianbao.document")
        .layer("model").definedBy("org.nianbao.model")
        .layer("read").definedBy("org.nianbao.read..")
        .layer("normalize").definedBy("org.nianbao.normalize")
        .layer("check").definedBy("org.nianbao.check")
        .layer("table").definedBy("org.nianbao.extract.table")
        .layer("extract").definedBy("org.nianbao.extract")
        .layer("message").definedBy("org.nianbao.message")
        .layer("output").definedBy("org.nianbao.output")
        .layer("xlsx").definedBy("org.nianbao.xlsx")
        .layer("place").definedBy("org.nianbao.place")
        .layer("csvjson").definedBy("org.nianbao.csvjson")
        .layer("workbook").definedBy("org.nianbao.workbook")
        .layer("merge").definedBy("org.nianbao.merge")
        .layer("pipeline").definedBy("org.nianbao.pipeline")
        .layer("facade").definedBy("org.nianbao")
        .layer("fetch").definedBy("org.nianbao.fetch")
        .layer("serve").definedBy("org.nianbao.serve")
        .layer("cli").definedBy("org.nianbao.cli")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("fetch").mayOnlyBeAccessedByLayers("facade")
        .whereLayer("facade").mayOnlyBeAccessedByLayers("cli", "serve")
        .whereLayer("pipeline").mayOnlyBeAccessedByLayers("facade")
        .whereLayer("merge").mayOnlyBeAccessedByLayers("facade")
        .whereLayer("workbook").mayOnlyBeAccessedByLayers("csvjson", "merge", "pipeline", "facade")
        .whereLayer("csvjson").mayOnlyBeAccessedByLayers("merge", "facade")
        .whereLayer("place").mayOnlyBeAccessedByLayers("csvjson", "merge", "facade")
        .whereLayer("xlsx").mayOnlyBeAccessedByLayers("workbook", "merge", "facade")
        .whereLayer("output").mayOnlyBeAccessedByLayers("facade", "fetch")
        .whereLayer("extract").mayOnlyBeAccessedByLayers("pipeline")
        .whereLayer("table").mayOnlyBeAccessedByLayers("extract")
        .whereLayer("normalize").mayOnlyBeAccessedByLayers("pipeline")
        .whereLayer("read").mayOnlyBeAccessedByLayers("pipeline", "fetch", "facade")
        .whereLayer("check").mayOnlyBeAccessedByLayers("table", "extract", "pipeline", "csvjson", "merge", "facade")
        .whereLayer("model").mayOnlyBeAccessedByLayers("check", "table", "extract", "csvjson", "workbook", "merge", "pipeline", "facade", "serve", "cli")
        .whereLayer("document").mayOnlyBeAccessedByLayers("model", "read", "normalize", "table", "extract", "csvjson", "workbook", "pipeline")
        .whereLayer("form").mayOnlyBeAccessedByLayers("model", "check", "table", "extract", "place", "csvjson", "workbook", "merge", "pipeline", "facade", "serve", "cli")
        .whereLayer("message").mayOnlyBeAccessedByLayers("form", "document", "model", "read", "normalize", "check", "table", "extract", "output", "place", "csvjson",
            "workbook", "merge", "pipeline", "facade", "fetch", "serve", "cli")
        .check(CLASSES);
  }

  /** No package imports one that imports it back, however far round: each can be read, and changed, knowing only what it stands on. */
  @Test
  void noPackageStandsOnOneThatStandsOnIt() {
    slices().matching("org.nianbao.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  /**
   * The readers' core (read) stands on no reader, and no reader on the front door (read.front) that
   * tells an input's form and picks its reader: the format packages stand on the core alone.
   */
  @Test
  void theReadersStandOnTheirCoreAndTheFrontDoorOnThem() {
    noClasses().that().resideInAPackage("org.nianbao.read").should().dependOnClassesThat().resideInAPackage("org.nianbao.read.*..").check(CLASSES);
    noClasses().that().resideInAPackage("org.nianbao.read.*..").and().resideOutsideOfPackage("org.nianbao.read.front").should().dependOnClassesThat()
        .resideInAPackage("org.nianbao.read.front").check(CLASSES);
  }

  /**
   * One front door: the command line and the page reach nianbao only through the facade (with its
   * options, results and exceptions), the report values it returns and the message catalogue, as
   * a library user does.
   */
  @Test
  void theCommandLineAndThePageUseOnlyTheFacade() {
    noClasses().that().resideInAnyPackage("org.nianbao.cli", "org.nianbao.serve").should().dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe("nianbao's internals", (com.tngtech.archunit.core.domain.JavaClass c) ->
                c.getPackageName().startsWith("org.nianbao.")
                    && !List.of("org.nianbao.model", "org.nianbao.message", "org.nianbao.cli", "org.nianbao.serve").contains(c.getPackageName())))
        .check(CLASSES);
  }

  @Test
  void theMessageCatalogueAndTheXlsxWriterStandOnNothingOfOurs() {
    noClasses().that().resideInAPackage("org.nianbao.message").should().dependOnClassesThat()
        .resideInAnyPackage("org.nianbao", "org.nianbao.form..", "org.nianbao.document..", "org.nianbao.model..", "org.nianbao.read..", "org.nianbao.extract..",
            "org.nianbao.check..", "org.nianbao.workbook..", "org.nianbao.merge..", "org.nianbao.place..", "org.nianbao.cli..", "org.nianbao.xlsx..", "org.nianbao.output..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("org.nianbao.xlsx").should().dependOnClassesThat()
        .resideInAnyPackage("org.nianbao", "org.nianbao.form..", "org.nianbao.document..", "org.nianbao.model..", "org.nianbao.read..", "org.nianbao.extract..",
            "org.nianbao.check..", "org.nianbao.workbook..", "org.nianbao.merge..", "org.nianbao.place..", "org.nianbao.cli..", "org.nianbao.message..", "org.nianbao.output..")
        .check(CLASSES);
    noClasses().that().resideOutsideOfPackages("org.nianbao.xlsx", "org.nianbao.workbook", "org.nianbao.merge", "org.nianbao").should().dependOnClassesThat()
        .resideInAPackage("org.nianbao.xlsx").check(CLASSES);
  }

  @Test
  void eachLibraryStaysInItsOwnPackage() {
    noClasses().that().resideOutsideOfPackages("org.nianbao.read.html", "org.nianbao.fetch").should().dependOnClassesThat().resideInAPackage("org.jsoup..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.nianbao.read.ofd").should().dependOnClassesThat().resideInAPackage("org.ofdrw..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.nianbao.cli").should().dependOnClassesThat().resideInAPackage("picocli..").check(CLASSES);
    noClasses().should().dependOnClassesThat().resideInAPackage("com.ibm.icu..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.nianbao.csvjson").should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..").check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.nianbao.read.word").should().dependOnClassesThat().resideInAPackage("com.fasterxml.aalto..").check(CLASSES);
  }

  @Test
  void onlyTheLocalPageListensAndOnlyOnLoopback() {
    noClasses().that().resideOutsideOfPackage("org.nianbao.serve").should().dependOnClassesThat()
        .resideInAnyPackage("com.sun.net.httpserver..").orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
        .check(CLASSES);
  }

  /**
   * Only the fetcher, on the user's command, reaches another machine: no other class makes a
   * request, opens a connection or a socket (the reading of a report never does; see also
   * NoConnectionTest, which watches the commands run).
   */
  @Test
  void onlyTheFetcherOpensANetworkConnection() {
    noClasses().that().resideOutsideOfPackage("org.nianbao.fetch").should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
        .orShould().callMethod(org.jsoup.Jsoup.class, "connect", String.class)
        .orShould().callMethod(java.net.URL.class, "openConnection")
        .orShould().callMethod(java.net.URL.class, "openStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.AsynchronousSocketChannel")
        .check(CLASSES);
    // The page's own server holds the sockets it accepted on the loopback address; none but the fetcher makes one.
    noClasses().that().resideOutsideOfPackages("org.nianbao.fetch", "org.nianbao.serve").should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
        .check(CLASSES);
    noClasses().that().resideOutsideOfPackage("org.nianbao.fetch").should().callConstructor(java.net.Socket.class)
        .orShould().callConstructor(java.net.Socket.class, String.class, int.class)
        .orShould().callConstructor(java.net.Socket.class, java.net.InetAddress.class, int.class)
        .orShould().callConstructor(java.net.Socket.class, java.net.Proxy.class)
        .orShould().callMethod(java.net.Socket.class, "connect", java.net.SocketAddress.class)
        .orShould().callMethod(java.net.Socket.class, "connect", java.net.SocketAddress.class, int.class)
        .check(CLASSES);
    // Inside the fetcher, one class makes requests, and none opens a socket of its own.
    noClasses().that().resideInAPackage("org.nianbao.fetch").and().haveNameNotMatching("org\\.nianbao\\.fetch\\.Http(\\$.*)?").should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
        .orShould().callMethod(org.jsoup.Jsoup.class, "connect", String.class)
        .check(CLASSES);
  }
}
