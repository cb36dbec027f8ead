package org.ifla.strategy.testing.jackson;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.jackson.StrategyFormatException;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.testing.Arbitrary;

/**
 * Generated plan and edition documents as JSON or YAML text, written by {@link StrategyJson}: valid ones, and ones
 * with one planted format error each ({@link PlantedFormatError}) and the location the reader must report.
 *
 * <pre>{@code
 * Property.forAll(Documents.plans(Generators.validPlans(), StrategyJson.yaml())).check(text -> ...);
 * for (PlantedFormatError error : Documents.formatErrors(plan, StrategyJson.json())) {
 *   error.assertRaisedBy(StrategyJson.json(), ActionPlan.class);
 * }
 * }</pre>
 */
public final class Documents {
  private Documents() {}

  /**
   * Returns documents of the plans, in the writer's format; they shrink as the plans do.
   *
   * @param plans the plans
   * @param writer {@link StrategyJson#json()} or {@link StrategyJson#yaml()}
   * @return the documents
   */
  public static Arbitrary<String> plans(Arbitrary<ActionPlan> plans, StrategyJson writer) {
    return written(plans, writer, ActionPlan.class);
  }

  /**
   * Returns documents of the editions, in the writer's format; they shrink as the editions do.
   *
   * @param editions the editions
   * @param writer {@link StrategyJson#json()} or {@link StrategyJson#yaml()}
   * @return the documents
   */
  public static Arbitrary<String> editions(Arbitrary<StrategyEdition> editions, StrategyJson writer) {
    return written(editions, writer, StrategyEdition.class);
  }

  private static <T> Arbitrary<String> written(Arbitrary<T> values, StrategyJson writer, Class<T> type) {
    requireNonNull(values, "values");
    requireNonNull(writer, "writer");
    return Arbitrary.of((random, size) -> writer.write(values.generate(random, size)),
        text -> values.shrink(read(writer, text, type)).map(writer::write));
  }

  private static <T> T read(StrategyJson reader, String text, Class<T> type) {
    try {
      return reader.read(text, type);
    } catch (StrategyFormatException e) {
      throw new IllegalArgumentException("not a document this arbitrary wrote: " + e.getMessage(), e);
    }
  }

  /**
   * Plants one format error at a time in the plan's document: an unknown field in the first part, an unsupported
   * format version, a number where the template is expected, and an invalid element reference in the first
   * part's first alignment.
   *
   * @param plan a plan with a part whose first alignment cites an element, and no plan-level alignment (as
   *     {@link org.ifla.strategy.testing.Generators#validPlans} makes them)
   * @param writer {@link StrategyJson#json()} or {@link StrategyJson#yaml()}
   * @return the documents with their errors
   * @throws IllegalArgumentException if the plan is not of that shape
   */
  public static List<PlantedFormatError> formatErrors(ActionPlan plan, StrategyJson writer) {
    checkArgument(!plan.parts().isEmpty() && !plan.parts().get(0).alignments().isEmpty()
        && plan.parts().get(0).alignments().get(0).element().isPresent() && plan.alignments().isEmpty()
        && plan.contextAlignments().isEmpty(), "the plan needs a first part whose first alignment cites an element, "
        + "and no plan-level alignment: %s", plan);
    Text text = new Text(writer.write(plan), writer.isYaml());
    List<PlantedFormatError> errors = new ArrayList<>();
    errors.add(text.fieldInFirstListItem("parts", "colour", "an unknown field in the first part"));
    errors.add(text.replaceValue("formatVersion", "99", "an unsupported format version", "/formatVersion"));
    errors.add(text.replaceValue("template", "7", "a number where the template is expected", "/template"));
    errors.add(text.replaceValue("element", writer.isYaml() ? "not an id" : "\"not an id\"",
        "an invalid element reference", "/parts/0/alignments/0/element"));
    return errors;
  }

  /**
   * Plants one format error at a time in the edition's document: an unknown field and an unsupported format
   * version.
   *
   * @param edition the edition
   * @param writer {@link StrategyJson#json()} or {@link StrategyJson#yaml()}
   * @return the documents with their errors
   */
  public static List<PlantedFormatError> formatErrors(StrategyEdition edition, StrategyJson writer) {
    Text text = new Text(writer.write(edition), writer.isYaml());
    return List.of(text.fieldAfter("formatVersion", "colour", "an unknown field"),
        text.replaceValue("formatVersion", "99", "an unsupported format version", "/formatVersion"));
  }

  /** A written document and where to plant in it. */
  private static final class Text {
    private final String text;
    private final boolean yaml;

    Text(String text, boolean yaml) {
      this.text = text;
      this.yaml = yaml;
    }

    /** The offset of the value of the first field of that name (in YAML at the start of a line or after "- "). */
    private int valueOf(String field) {
      String key = yaml ? field + ": " : "\"" + field + "\": ";
      int at = -1;
      for (int from = 0; at < 0; ) {
        int i = text.indexOf(key, from);
        checkArgument(i >= 0, "no field %s in %s", field, text);
        char before = i == 0 ? '\n' : text.charAt(i - 1);
        if (!yaml || before == '\n' || before == ' ') {
          at = i;
        }
        from = i + 1;
      }
      return at + key.length();
    }

    private int endOfValue(int start) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      return !yaml && text.charAt(end - 1) == ',' ? end - 1 : end;
    }

    private PlantedFormatError at(String description, String document, int offset, String pointer) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (document.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new PlantedFormatError(description, document, line, offset - lineStart + 1, pointer);
    }

    PlantedFormatError replaceValue(String field, String value, String description, String pointer) {
      int start = valueOf(field);
      String document = text.substring(0, start) + value + text.substring(endOfValue(start));
      return at(description, document, start, pointer);
    }

    /** A new field "name: blue" as the first of the list's first item. */
    PlantedFormatError fieldInFirstListItem(String list, String name, String description) {
      int listAt = yaml ? text.indexOf("\n" + list + ":\n") + 1 : valueOf(list);
      checkArgument(listAt > 0, "no list %s in %s", list, text);
      int itemLine = text.indexOf('\n', listAt) + 1;
      int firstField;
      String indent;
      if (yaml) {
        int dash = text.indexOf("- ", itemLine);
        indent = " ".repeat(dash - itemLine + 2);
        firstField = text.indexOf('\n', dash) + 1;
      } else {
        firstField = text.indexOf('\n', itemLine) + 1;
        int fieldStart = firstField;
        while (text.charAt(fieldStart) == ' ') {
          fieldStart++;
        }
        indent = text.substring(firstField, fieldStart);
      }
      return inserted(firstField, indent, name, description, "/" + list + "/0/" + name);
    }

    /** A new field "name: blue" on the line after the field. */
    PlantedFormatError fieldAfter(String field, String name, String description) {
      int start = valueOf(field);
      int lineStart = text.lastIndexOf('\n', start) + 1;
      int fieldStart = lineStart;
      while (text.charAt(fieldStart) == ' ') {
        fieldStart++;
      }
      return inserted(text.indexOf('\n', start) + 1, text.substring(lineStart, fieldStart), name, description,
          "/" + name);
    }

    private PlantedFormatError inserted(int offset, String indent, String name, String description,
        String pointer) {
      String key = yaml ? name + ": " : "\"" + name + "\": ";
      String line = indent + key + (yaml ? "blue" : "\"blue\",") + "\n";
      String document = text.substring(0, offset) + line + text.substring(offset);
      return at(description, document, offset + indent.length() + key.length(), pointer);
    }
  }
}
