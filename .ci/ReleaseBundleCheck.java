import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Central Portal bundle (the zip that the release profile builds) against Maven Central's rules and this
 * project's list of published artifacts, and fails loudly on anything missing or wrong.
 *
 * <pre>
 * java .ci/ReleaseBundleCheck.java BUNDLE.zip VERSION              check the bundle
 * java .ci/ReleaseBundleCheck.java --self-test BUNDLE.zip VERSION  check it, then check that damaged copies fail
 * </pre>
 *
 * <p>Checked: exactly the published artifacts are there (strategy-model-bom: its POM; strategy-model,
 * strategy-model-format, strategy-model-jackson, strategy-model-jackson3, strategy-model-testing and strategy-model-testing-jackson: POM, jar, sources jar, javadoc
 * jar), and nothing else; every file has an ASCII-armoured
 * signature that {@code gpg --verify} accepts (the public key must be in {@code GNUPGHOME}) and MD5 and SHA-1
 * checksums (SHA-256 and SHA-512 too, when present) that match; every POM stands alone (no parent, no
 * {@code ${...}}) and has the metadata Central requires; the BOM manages only this project's artifacts, at
 * VERSION; each jar has its Automatic-Module-Name, the sources jar holds sources, the javadoc jar holds pages.
 *
 * <p>The self-test damages copies of the bundle the ways a broken release would (a javadoc jar or a signature
 * missing, a signature of another file, a changed jar, a POM without its scm or with a parent or a property
 * left in, a third-party version in the BOM) and fails unless the check refuses every one for the right reason.
 */
public final class ReleaseBundleCheck {
  private static final String GROUP_PATH = "org/ifla/strategy/";
  private static final String GROUP_ID = "org.ifla.strategy";
  private static final Map<String, String> MODULE_NAMES =
      Map.of("strategy-model", "org.ifla.strategy", "strategy-model-format", "org.ifla.strategy.format",
          "strategy-model-jackson", "org.ifla.strategy.jackson",
          "strategy-model-jackson3", "org.ifla.strategy.jackson3",
          "strategy-model-testing", "org.ifla.strategy.testing",
          "strategy-model-testing-jackson", "org.ifla.strategy.testing.jackson");
  private static final List<String> CHECKSUMS = List.of("md5", "sha1", "sha256", "sha512");
  private static final List<String> REQUIRED_CHECKSUMS = List.of("md5", "sha1");

  private final String version;
  private final Map<String, byte[]> files;
  private final List<String> problems = new ArrayList<>();

  private ReleaseBundleCheck(String version, Map<String, byte[]> files) {
    this.version = version;
    this.files = files;
  }

  public static void main(String[] args) throws Exception {
    boolean selfTest = args.length == 3 && args[0].equals("--self-test");
    if (!(args.length == 2 || selfTest)) {
      System.err.println("usage: java ReleaseBundleCheck.java [--self-test] BUNDLE.zip VERSION");
      System.exit(2);
    }
    Path bundle = Path.of(args[selfTest ? 1 : 0]);
    String version = args[selfTest ? 2 : 1];
    Map<String, byte[]> files = read(bundle);
    List<String> problems = check(version, files);
    System.out.println(bundle + ": " + files.size() + " files");
    for (String name : new TreeSet<>(files.keySet())) {
      System.out.println("  " + name);
    }
    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.err.println("bundle check: " + problem));
      System.err.println("bundle check FAILED: " + problems.size() + " problem(s) in " + bundle);
      System.exit(1);
    }
    System.out.println("bundle check passed: the bundle is complete, signed, summed and its POMs stand alone");
    if (selfTest) {
      selfTest(version, files);
    }
  }

  /** Every problem of the bundle, in a stable order; empty when the bundle is fit to publish. */
  static List<String> check(String version, Map<String, byte[]> files) throws Exception {
    ReleaseBundleCheck check = new ReleaseBundleCheck(version, files);
    check.run();
    return check.problems;
  }

  private void run() throws Exception {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("strategy-model-bom", List.of(".pom"));
    expected.put("strategy-model", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
    expected.put("strategy-model-format", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
    expected.put("strategy-model-jackson", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
    expected.put("strategy-model-jackson3", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
    expected.put("strategy-model-testing", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
    expected.put("strategy-model-testing-jackson", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));

    Set<String> known = new TreeSet<>();
    for (Map.Entry<String, List<String>> artifact : expected.entrySet()) {
      String base = GROUP_PATH + artifact.getKey() + "/" + version + "/" + artifact.getKey() + "-" + version;
      for (String suffix : artifact.getValue()) {
        String name = base + suffix;
        known.add(name);
        known.add(name + ".asc");
        CHECKSUMS.forEach(sum -> known.add(name + "." + sum));
        if (!files.containsKey(name)) {
          problems.add("missing " + name);
          continue;
        }
        checkSignature(name);
        checkChecksums(name);
        if (suffix.equals(".pom")) {
          checkPom(name, artifact.getKey());
        } else {
          try {
            checkJar(name, artifact.getKey(), suffix);
          } catch (ZipException e) {
            // a damaged jar is a problem to report, not a crash (the self-test's flipped byte can land anywhere)
            problems.add(name + ": not a readable jar (" + e.getMessage() + ")");
          }
        }
      }
    }
    for (String name : files.keySet()) {
      if (!known.contains(name)) {
        problems.add("unexpected file (not one of the published artifacts): " + name);
      }
    }
  }

  private void checkSignature(String name) throws IOException, InterruptedException {
    byte[] signature = files.get(name + ".asc");
    if (signature == null) {
      problems.add("missing signature " + name + ".asc");
      return;
    }
    if (!new String(signature, StandardCharsets.US_ASCII).startsWith("-----BEGIN PGP SIGNATURE-----")) {
      problems.add("not an ASCII-armoured signature: " + name + ".asc");
      return;
    }
    Path dir = Files.createTempDirectory("bundle-check");
    try {
      Path file = Files.write(dir.resolve("file"), files.get(name));
      Path asc = Files.write(dir.resolve("file.asc"), signature);
      Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), file.toString())
          .redirectErrorStream(true).start();
      String output = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (gpg.waitFor() != 0) {
        problems.add("bad signature " + name + ".asc: gpg --verify says: " + output.strip().replace('\n', ' '));
      }
    } finally {
      try (var paths = Files.list(dir)) {
        for (Path path : (Iterable<Path>) paths::iterator) {
          Files.delete(path);
        }
      }
      Files.delete(dir);
    }
  }

  private void checkChecksums(String name) throws NoSuchAlgorithmException {
    for (String sum : CHECKSUMS) {
      byte[] stated = files.get(name + "." + sum);
      if (stated == null) {
        if (REQUIRED_CHECKSUMS.contains(sum)) {
          problems.add("missing checksum " + name + "." + sum);
        }
        continue;
      }
      String algorithm = Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512").get(sum);
      String actual = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(files.get(name)));
      if (!new String(stated, StandardCharsets.US_ASCII).strip().split("\\s+")[0].equalsIgnoreCase(actual)) {
        problems.add("checksum does not match: " + name + "." + sum);
      }
    }
  }

  private void checkPom(String name, String artifactId) throws Exception {
    String text = new String(files.get(name), StandardCharsets.UTF_8);
    if (text.contains("${")) {
      problems.add(name + ": a ${...} expression is left in the POM");
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(files.get(name)));
    Element project = pom.getDocumentElement();
    requireText(name, project, "modelVersion", "4.0.0");
    requireText(name, project, "groupId", GROUP_ID);
    requireText(name, project, "artifactId", artifactId);
    requireText(name, project, "version", version);
    String packaging = text(project, "packaging") == null ? "jar" : text(project, "packaging");
    if (!packaging.equals(artifactId.endsWith("-bom") ? "pom" : "jar")) {
      problems.add(name + ": packaging is " + packaging);
    }
    for (String element : List.of("name", "description", "url")) {
      requireText(name, project, element, null);
    }
    Element licenses = child(project, "licenses");
    Element license = licenses == null ? null : child(licenses, "license");
    if (license == null) {
      problems.add(name + ": no licenses/license");
    } else {
      requireText(name, license, "name", "Apache-2.0");
      requireText(name, license, "url", null);
    }
    Element developers = child(project, "developers");
    Element developer = developers == null ? null : child(developers, "developer");
    if (developer == null) {
      problems.add(name + ": no developers/developer");
    } else {
      requireText(name, developer, "name", null);
    }
    Element scm = child(project, "scm");
    if (scm == null) {
      problems.add(name + ": no scm");
    } else {
      requireText(name, scm, "connection", null);
      requireText(name, scm, "url", null);
    }
    for (String forbidden : List.of("parent", "properties", "build", "repositories", "profiles")) {
      if (child(project, forbidden) != null) {
        problems.add(name + ": the published POM has a <" + forbidden + "> (it must stand alone)");
      }
    }
    if (artifactId.endsWith("-bom")) {
      checkBom(name, project);
    } else {
      checkDependencies(name, project);
    }
  }

  private void checkBom(String name, Element project) {
    if (child(project, "dependencies") != null) {
      problems.add(name + ": a BOM has no dependencies of its own");
    }
    Element management = child(project, "dependencyManagement");
    Element dependencies = management == null ? null : child(management, "dependencies");
    Set<String> managed = new TreeSet<>();
    for (Element dependency : dependencies == null ? List.<Element>of() : children(dependencies, "dependency")) {
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      managed.add(coordinates);
      if (!GROUP_ID.equals(text(dependency, "groupId"))) {
        problems.add(name + ": the BOM manages a third-party artifact: " + coordinates);
      } else if (!version.equals(text(dependency, "version"))) {
        problems.add(name + ": the BOM manages " + coordinates + " at " + text(dependency, "version"));
      }
    }
    Set<String> expected = Set.of(GROUP_ID + ":strategy-model", GROUP_ID + ":strategy-model-format",
        GROUP_ID + ":strategy-model-jackson", GROUP_ID + ":strategy-model-jackson3",
        GROUP_ID + ":strategy-model-testing", GROUP_ID + ":strategy-model-testing-jackson");
    if (!managed.containsAll(expected)) {
      problems.add(name + ": the BOM manages " + managed + ", not all of " + new TreeSet<>(expected));
    }
  }

  private void checkDependencies(String name, Element project) {
    Element dependencies = child(project, "dependencies");
    for (Element dependency : dependencies == null ? List.<Element>of() : children(dependencies, "dependency")) {
      String groupId = text(dependency, "groupId");
      String coordinates = groupId + ":" + text(dependency, "artifactId");
      if (text(dependency, "version") == null) {
        problems.add(name + ": dependency " + coordinates + " has no version");
      }
      String scope = text(dependency, "scope") == null ? "compile" : text(dependency, "scope");
      boolean runtime = scope.equals("compile") || scope.equals("runtime");
      boolean allowed = groupId.equals(GROUP_ID) || groupId.equals("com.google.guava")
          || groupId.startsWith("com.fasterxml.jackson") || groupId.startsWith("tools.jackson");
      // The test kit's framework adapters: optional, so never on a user's path unless the user adds them.
      boolean optionalTestFramework = name.contains("/strategy-model-testing/")
          && "true".equals(text(dependency, "optional"))
          && (groupId.equals("org.junit.jupiter") || groupId.equals("org.quicktheories"));
      if (runtime && !allowed && !optionalTestFramework) {
        problems.add(name + ": runtime dependency on " + coordinates + " (only Guava and Jackson 2 and 3 are allowed; "
            + "JUnit and QuickTheories as optional dependencies of strategy-model-testing)");
      }
      if (scope.equals("test")) {
        problems.add(name + ": test dependency " + coordinates + " left in the published POM");
      }
    }
  }

  private void checkJar(String name, String artifactId, String suffix) throws IOException {
    try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(files.get(name)))) {
      List<String> entries = new ArrayList<>();
      for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
        entries.add(entry.getName());
      }
      switch (suffix) {
        case ".jar" -> {
          Manifest manifest = jar.getManifest();
          String moduleName = manifest == null ? null
              : manifest.getMainAttributes().getValue("Automatic-Module-Name");
          if (!MODULE_NAMES.get(artifactId).equals(moduleName)) {
            problems.add(name + ": Automatic-Module-Name is " + moduleName + ", not " + MODULE_NAMES.get(artifactId));
          }
          requireEntry(name, entries, ".class");
        }
        case "-sources.jar" -> requireEntry(name, entries, ".java");
        case "-javadoc.jar" -> requireEntry(name, entries, "index.html");
        default -> throw new AssertionError(suffix);
      }
    }
  }

  private void requireEntry(String name, List<String> entries, String ending) {
    if (entries.stream().noneMatch(entry -> entry.endsWith(ending))) {
      problems.add(name + ": holds no " + ending + " file");
    }
  }

  private void requireText(String name, Element parent, String element, String expected) {
    String actual = text(parent, element);
    if (actual == null || actual.isBlank()) {
      problems.add(name + ": no " + parent.getLocalName() + "/" + element);
    } else if (expected != null && !expected.equals(actual)) {
      problems.add(name + ": " + parent.getLocalName() + "/" + element + " is " + actual + ", not " + expected);
    }
  }

  private static String text(Element parent, String element) {
    Element child = child(parent, element);
    return child == null ? null : child.getTextContent().strip();
  }

  private static Element child(Element parent, String element) {
    List<Element> children = children(parent, element);
    return children.isEmpty() ? null : children.get(0);
  }

  private static List<Element> children(Element parent, String element) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && element.equals(child.getLocalName())) {
        children.add(child);
      }
    }
    return children;
  }

  private static Map<String, byte[]> read(Path bundle) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (InputStream in = Files.newInputStream(bundle); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory()) {
          files.put(entry.getName(), zip.readAllBytes());
        }
      }
    }
    return files;
  }

  /** Damages copies of a good bundle and fails unless the check refuses each for the stated reason. */
  private static void selfTest(String version, Map<String, byte[]> good) throws Exception {
    String model = GROUP_PATH + "strategy-model/" + version + "/strategy-model-" + version;
    String jackson = GROUP_PATH + "strategy-model-jackson/" + version + "/strategy-model-jackson-" + version;
    String bom = GROUP_PATH + "strategy-model-bom/" + version + "/strategy-model-bom-" + version;
    Map<String, UnaryOperator<Map<String, byte[]>>> damages = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();

    damages.put("the javadoc jar of strategy-model-jackson removed", files -> {
      files.keySet().removeIf(name -> name.startsWith(jackson + "-javadoc.jar"));
      return files;
    });
    reasons.put("the javadoc jar of strategy-model-jackson removed", "missing " + jackson + "-javadoc.jar");

    damages.put("the signature of the strategy-model jar removed", files -> {
      files.remove(model + ".jar.asc");
      return files;
    });
    reasons.put("the signature of the strategy-model jar removed", "missing signature " + model + ".jar.asc");

    damages.put("the sources jar signed by the signature of the jar", files -> {
      files.put(model + "-sources.jar.asc", files.get(model + ".jar.asc"));
      return files;
    });
    reasons.put("the sources jar signed by the signature of the jar", "bad signature " + model + "-sources.jar.asc");

    damages.put("one byte of the strategy-model jar changed", files -> {
      byte[] jar = files.get(model + ".jar").clone();
      jar[jar.length / 2] ^= 1;
      files.put(model + ".jar", jar);
      return files;
    });
    reasons.put("one byte of the strategy-model jar changed", "checksum does not match: " + model + ".jar.md5");

    damages.put("the SHA-1 checksum of the BOM removed", files -> {
      files.remove(bom + ".pom.sha1");
      return files;
    });
    reasons.put("the SHA-1 checksum of the BOM removed", "missing checksum " + bom + ".pom.sha1");

    damages.put("the scm of the strategy-model POM removed", files -> editPom(files, model + ".pom",
        pom -> pom.replaceAll("(?s)<scm.*?</scm>", "")));
    reasons.put("the scm of the strategy-model POM removed", model + ".pom: no scm");

    damages.put("a parent and a property in the strategy-model-jackson POM", files -> editPom(files,
        jackson + ".pom", pom -> pom.replace("<name>", "<parent><groupId>org.ifla.strategy</groupId>"
            + "<artifactId>strategy-model-parent</artifactId><version>${revision}</version></parent><name>")));
    reasons.put("a parent and a property in the strategy-model-jackson POM",
        jackson + ".pom: the published POM has a <parent>");

    damages.put("a third-party version in the BOM", files -> editPom(files, bom + ".pom",
        pom -> pom.replace("<dependencies>", "<dependencies><dependency><groupId>com.google.guava</groupId>"
            + "<artifactId>guava</artifactId><version>33.8.0-jre</version></dependency>")));
    reasons.put("a third-party version in the BOM",
        bom + ".pom: the BOM manages a third-party artifact: com.google.guava:guava");

    damages.put("an unpublished module in the bundle", files -> {
      files.put(GROUP_PATH + "strategy-model-examples/" + version + "/strategy-model-examples-" + version + ".jar",
          new byte[] {1});
      return files;
    });
    reasons.put("an unpublished module in the bundle", "unexpected file (not one of the published artifacts)");

    int failures = 0;
    for (Map.Entry<String, UnaryOperator<Map<String, byte[]>>> damage : damages.entrySet()) {
      List<String> problems = check(version, damage.getValue().apply(new TreeMap<>(good)));
      String reason = reasons.get(damage.getKey());
      boolean refused = problems.stream().anyMatch(problem -> problem.startsWith(reason));
      System.out.println("self-test: " + damage.getKey() + ": "
          + (refused ? "refused (" + reason + ")" : "NOT REFUSED, problems: " + problems));
      if (!refused) {
        failures++;
      }
    }
    if (failures > 0) {
      System.err.println("bundle check self-test FAILED: " + failures + " damaged bundle(s) passed the check");
      System.exit(1);
    }
    System.out.println("bundle check self-test passed: all " + damages.size() + " damaged bundles were refused");
  }

  private static Map<String, byte[]> editPom(Map<String, byte[]> files, String name, UnaryOperator<String> edit) {
    files.put(name, edit.apply(new String(files.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    return files;
  }
}
