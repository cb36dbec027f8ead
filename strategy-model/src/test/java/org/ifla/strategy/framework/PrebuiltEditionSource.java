package org.ifla.strategy.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;

/**
 * Writes the Java source of a pre-built bundled edition: a class whose {@code edition()} builds, through the
 * public builders, exactly the edition that {@link BundledEditions} reads from the label files. The bundled
 * editions are loaded from these classes at run time (no resource reading, no properties parsing at start-up);
 * {@link PrebuiltEditionsTest} checks that the checked-in classes are what this writer makes of today's label
 * files, and regenerates them when asked.
 */
final class PrebuiltEditionSource {
  private final StringBuilder out = new StringBuilder();
  /** The numbers of labels of the texts written, for which a helper method is needed. */
  private final SortedSet<Integer> arities = new TreeSet<>();
  /** The sources of the labels written, and the names of the constants that hold them. */
  private final Map<String, String> sources = new LinkedHashMap<>();

  private PrebuiltEditionSource() {}

  /** The source of the class {@code className} that builds the edition as it is read from its label files. */
  static String of(EditionId id, String className) {
    return new PrebuiltEditionSource().write(BundledEditions.load(id), className);
  }

  private String write(StrategyEdition e, String className) {
    line("package org.ifla.strategy.framework;");
    line("");
    line("import org.ifla.strategy.text.Label;");
    line("import org.ifla.strategy.text.LanguageTag;");
    line("import org.ifla.strategy.text.LocalizedText;");
    line("import org.ifla.strategy.text.Provenance;");
    line("");
    line("// GENERATED from editions/" + e.id() + "/*.properties (the source of truth) by PrebuiltEditionSource.");
    line("// Do not edit: change the label files, then run PrebuiltEditionsTest with -Dprebuilt.regenerate=true.");
    line("/** The bundled edition {@code " + e.id() + "}, pre-built from its label files; internal. */");
    line("final class " + className + " {");
    line("  /** The shared edition, built on first use of this class (IflaStrategies' holder of this edition). */");
    line("  static final StrategyEdition EDITION = edition();");
    line("");
    line("  private " + className + "() {}");
    line("");
    line("  /** Builds the edition. */");
    line("  static StrategyEdition edition() {");
    line("    return StrategyEdition.builder()");
    line("        .id(EditionId.parse(" + literal(e.id().toString()) + "))");
    line("        .title(" + text(e.title()) + ")");
    line("        .firstYear(" + e.firstYear() + ")");
    line("        .lastYear(" + e.lastYear() + ")");
    e.vision().ifPresent(s -> line("        .vision(" + statement(s) + ")"));
    e.mission().ifPresent(s -> line("        .mission(" + statement(s) + ")"));
    e.theoryOfChange().ifPresent(s -> line("        .theoryOfChange(" + statement(s) + ")"));
    for (Statement s : e.preamble()) {
      line("        .addPreamble(" + statement(s) + ")");
    }
    for (Statement s : e.fieldOutcomes()) {
      line("        .addFieldOutcomes(" + statement(s) + ")");
    }
    for (StrategyArea area : e.areas()) {
      line("        .addAreas(" + method(area) + "())");
    }
    line("        .build();");
    line("  }");
    for (StrategyArea area : e.areas()) {
      area(area);
    }
    elementHelpers();
    for (int arity : arities) {
      helper(arity);
    }
    line("");
    sources.forEach((source, name) -> line("  private static final String " + name + " = " + literal(source) + ";"));
    line("}");
    return out.toString();
  }

  private void area(StrategyArea a) {
    String builder = a.kind() == ElementKind.STRATEGIC_DIRECTION ? "StrategicDirection"
        : a.kind() == ElementKind.IMPACT_AREA ? "ImpactArea" : "Enabler";
    line("");
    line("  /** " + a.kind() + " " + a.id() + ". */");
    line("  private static " + builder + " " + method(a) + "() {");
    line("    ElementId area = " + id(a.id()) + ";");
    line("    return " + builder + ".builder()");
    line("        .id(area)");
    a.number().ifPresent(n -> line("        .number(" + literal(n) + ")"));
    line("        .title(" + text(a.title()) + ")");
    a.description().ifPresent(t -> line("        .description(" + text(t) + ")"));
    a.fieldOutcome().ifPresent(t -> line("        .fieldOutcome(" + text(t) + ")"));
    a.successCriteria().ifPresent(t -> line("        .successCriteria(" + text(t) + ")"));
    for (LocalizedText t : a.alternativeTitles()) {
      line("        .addAlternativeTitles(" + text(t) + ")");
    }
    for (Statement s : a.overviewItems()) {
      line("        .addOverviewItems(" + statement(s) + ")");
    }
    for (KeyInitiative ki : a.keyInitiatives()) {
      line("        .addKeyInitiatives(keyInitiative(" + literal(ki.id().toString()) + ", "
          + (ki.area().equals(a.id()) ? "area" : id(ki.area())) + ", " + orNull(ki.number()) + ", " + text(ki.title())
          + ", " + (ki.description().isPresent() ? text(ki.description().get()) : "null") + "))");
    }
    for (MeasureOfSuccess m : a.measuresOfSuccess()) {
      line("        .addMeasuresOfSuccess(measure(" + literal(m.id().toString()) + ", "
          + (m.area().equals(a.id()) ? "area" : id(m.area())) + ", " + orNull(m.number()) + ", " + text(m.title())
          + "))");
    }
    line("        .build();");
    line("  }");
  }

  /** A method that builds a text of that many labels, each given as tag, text, provenance and source. */
  private void helper(int arity) {
    StringBuilder params = new StringBuilder();
    StringBuilder body = new StringBuilder("LocalizedText.builder()");
    for (int i = 1; i <= arity; i++) {
      params.append(i == 1 ? "" : ",\n      ").append("String tag").append(i).append(", String text").append(i)
          .append(", Provenance provenance").append(i).append(", String source").append(i);
      body.append("\n        .add(Label.of(LanguageTag.of(tag").append(i).append("), text").append(i)
          .append(", provenance").append(i).append(", source").append(i).append("))");
    }
    line("");
    line("  private static LocalizedText text(" + params + ") {");
    line("    return " + body + "\n        .build();");
    line("  }");
  }

  private static String method(StrategyArea a) {
    return "area" + a.id().toString().replace('.', '_').replace('-', '_');
  }

  private String statement(Statement s) {
    return "statement(" + literal(s.id().toString()) + ", ElementKind." + s.kind() + ", " + orNull(s.number()) + ", "
        + text(s.title()) + ", " + (s.description().isPresent() ? text(s.description().get()) : "null") + ")";
  }

  private static String orNull(Optional<String> text) {
    return text.isPresent() ? literal(text.get()) : "null";
  }

  /**
   * The methods that build statements, key initiatives and measures from their parts (null for an absent
   * one): one call per element in the generated code instead of a builder chain, which is less code to verify
   * and run at start-up.
   */
  private void elementHelpers() {
    line("");
    line("  private static Statement statement(String id, ElementKind kind, String number, LocalizedText title,");
    line("      LocalizedText description) {");
    line("    Statement.Builder b = Statement.builder().id(ElementId.parse(id)).kind(kind).title(title);");
    line("    if (number != null) {");
    line("      b.number(number);");
    line("    }");
    line("    if (description != null) {");
    line("      b.description(description);");
    line("    }");
    line("    return b.build();");
    line("  }");
    line("");
    line("  private static KeyInitiative keyInitiative(String id, ElementId area, String number, LocalizedText title,");
    line("      LocalizedText description) {");
    line("    KeyInitiative.Builder b = KeyInitiative.builder().id(ElementId.parse(id)).area(area).title(title);");
    line("    if (number != null) {");
    line("      b.number(number);");
    line("    }");
    line("    if (description != null) {");
    line("      b.description(description);");
    line("    }");
    line("    return b.build();");
    line("  }");
    line("");
    line("  private static MeasureOfSuccess measure(String id, ElementId area, String number, LocalizedText title) {");
    line("    MeasureOfSuccess.Builder b = MeasureOfSuccess.builder().id(ElementId.parse(id)).area(area).title(title);");
    line("    if (number != null) {");
    line("      b.number(number);");
    line("    }");
    line("    return b.build();");
    line("  }");
  }

  private static String id(ElementId id) {
    return "ElementId.parse(" + literal(id.toString()) + ")";
  }

  private String text(LocalizedText t) {
    List<Label> labels = t.labels();
    arities.add(labels.size());
    StringBuilder b = new StringBuilder("text(");
    for (Label l : labels) {
      if (b.length() > "text(".length()) {
        b.append(", ");
      }
      b.append(literal(l.languageTag().toString())).append(", ").append(literal(l.text())).append(", Provenance.")
          .append(l.provenance()).append(", ").append(source(l.source().orElseThrow()));
    }
    return b.append(')').toString();
  }

  /** The constant that holds a source: S0, S1... in the order first written. */
  private String source(String source) {
    return sources.computeIfAbsent(source, s -> "S" + sources.size());
  }

  /** A Java string literal: printable characters as they are, the others as escapes. */
  static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c >= ' ' && c < 0x7f || isVisible(s, i, c)) {
        b.append(c);
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.append('"').toString();
  }

  /** Whether a non-ASCII character can be written as it is: a letter, mark, digit or punctuation, not a space. */
  private static boolean isVisible(String s, int i, char c) {
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
        return false;
      default:
        return true;
    }
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
