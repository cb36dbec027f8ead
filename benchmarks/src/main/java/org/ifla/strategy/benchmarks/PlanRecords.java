package org.ifla.strategy.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.plan.StatedTimeframe;

/**
 * The baseline a user would write instead of the library: plain Java records of the same shape as the plan
 * document (FORMAT.md), read and written by Jackson databind with a default mapper. Texts are maps from
 * language tag to text, timeframes and references plain strings, enums their written names; nothing is
 * checked, parsed or resolved. The records write the same bytes as {@code StrategyJson.json()} for the
 * benchmark corpus (the same pretty printer, absent and empty values left out), which a test keeps true.
 */
public final class PlanRecords {
  private PlanRecords() {}

  /**
   * Does to a plan record the reading work of the model that change 16 of benchmarks/README.md measured, as a
   * user who wanted those promises from the records would do it after databind: every text checked to be
   * well-formed Unicode (no unpaired surrogate), every stated timeframe read into intervals with
   * {@link StatedTimeframe#parse}, the edition and every element reference read with {@link EditionId#parse}
   * and {@link ElementReference#parse}. Language tags, enum names and the model's own checks of its values are
   * left as the records have them. For {@code CpuTimeRun}'s informational baseline; not a budget's.
   *
   * @param plan the record, not null
   * @return the number of intervals, editions and element references read
   * @throws IllegalArgumentException if a text has an unpaired surrogate, or an edition or reference is not
   *     well-formed
   * @throws NullPointerException if the plan is null
   */
  public static int check(Plan plan) {
    Reading reading = new Reading();
    reading.plan(plan);
    return reading.read;
  }

  /** One record's reading work; counts what it read. */
  private static final class Reading {
    int read;

    void plan(Plan plan) {
      text(plan.format());
      if (plan.unit() != null) {
        texts(plan.unit().name());
        text(plan.unit().type());
        text(plan.unit().abbreviation());
      }
      texts(plan.title());
      text(plan.template());
      if (plan.edition() != null) {
        text(plan.edition());
        EditionId.parse(plan.edition());
        read++;
      }
      stated(plan.period());
      text(plan.status());
      text(plan.fullPlan());
      texts(plan.mission());
      alignments(plan.alignments());
      alignments(plan.contextAlignments());
      if (plan.parts() != null) {
        for (PlanPart part : plan.parts()) {
          text(part.number());
          text(part.kind());
          texts(part.title());
          texts(part.description());
          text(part.status());
          alignments(part.alignments());
          activities(part.activities());
          texts(part.communication());
          texts(part.impactMeasures());
          texts(part.collaboration());
          texts(part.notes());
        }
      }
      activities(plan.activities());
    }

    void alignments(List<Alignment> alignments) {
      if (alignments == null) {
        return;
      }
      for (Alignment alignment : alignments) {
        if (alignment.element() != null) {
          text(alignment.element());
          ElementReference.parse(alignment.element());
          read++;
        }
        text(alignment.statedNumber());
        text(alignment.statedTitle());
        texts(alignment.rationale());
        text(alignment.level());
      }
    }

    void activities(List<Activity> activities) {
      if (activities == null) {
        return;
      }
      for (Activity activity : activities) {
        text(activity.number());
        texts(activity.title());
        texts(activity.description());
        texts(activity.scope());
        if (activity.tasks() != null) {
          for (Task task : activity.tasks()) {
            text(task.number());
            texts(task.text());
            text(task.responsibility());
            stated(task.timeframe());
          }
        }
        text(activity.responsibility());
        stated(activity.timeframe());
        text(activity.fundingNeeded());
        if (activity.collaborators() != null) {
          for (String collaborator : activity.collaborators()) {
            text(collaborator);
          }
        }
        alignments(activity.alignments());
      }
    }

    void stated(String timeframe) {
      if (timeframe != null) {
        text(timeframe);
        read += StatedTimeframe.parse(timeframe).intervals().size();
      }
    }

    void texts(Map<String, String> texts) {
      if (texts != null) {
        for (String text : texts.values()) {
          text(text);
        }
      }
    }

    /** Refuses a text with an unpaired surrogate, as the model's reader does. */
    static void text(String text) {
      if (text == null) {
        return;
      }
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
            i++;
          } else {
            throw new IllegalArgumentException("an unpaired surrogate at character " + i + " of a text");
          }
        }
      }
    }
  }

  /**
   * Returns a databind mapper with Jackson's defaults, except the output layout of {@code StrategyJson.json()}.
   *
   * @return a new mapper
   */
  public static JsonMapper mapper() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(printer)
        .build();
  }

  /**
   * Returns a Jackson 3 databind mapper with Jackson 3's defaults, except the output layout of
   * {@code StrategyJson.json()} and the escaping of Jackson 2's defaults, as the Jackson 3 module pins them.
   *
   * @return a new mapper
   */
  public static tools.jackson.databind.json.JsonMapper mapper3() {
    tools.jackson.core.util.DefaultIndenter indenter = new tools.jackson.core.util.DefaultIndenter("  ", "\n");
    tools.jackson.core.util.DefaultPrettyPrinter printer = new tools.jackson.core.util.DefaultPrettyPrinter(
        tools.jackson.core.util.Separators.createDefaultInstance()
            .withObjectNameValueSpacing(tools.jackson.core.util.Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return tools.jackson.databind.json.JsonMapper.builder()
        .disable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(printer)
        .build();
  }

  /**
   * A plan document of format version 2. Extensions ({@code x-} fields) are not kept: the corpus has none.
   *
   * @param format the format name
   * @param formatVersion the format version
   * @param unit the unit
   * @param title the title
   * @param template the template
   * @param edition the edition id
   * @param period the period as written
   * @param status the status
   * @param truncated true when the plan is cut short, else null
   * @param fullPlan where the full plan is
   * @param mission the mission
   * @param alignments the plan's alignments, to every part
   * @param contextAlignments the plan's alignments that only give context
   * @param parts the parts
   * @param activities the plan's activities
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Plan(String format, int formatVersion, Unit unit, Map<String, String> title, String template,
      String edition, String period, String status, Boolean truncated, String fullPlan, Map<String, String> mission,
      List<Alignment> alignments, List<Alignment> contextAlignments, List<PlanPart> parts,
      List<Activity> activities) {}

  /**
   * A professional unit.
   *
   * @param name the name
   * @param type the type
   * @param abbreviation the abbreviation
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Unit(Map<String, String> name, String type, String abbreviation) {}

  /**
   * An alignment.
   *
   * @param element the element reference
   * @param statedNumber the stated number
   * @param statedTitle the stated title
   * @param rationale the rationale
   * @param level the level
   * @param external whether external
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Alignment(String element, String statedNumber, String statedTitle, Map<String, String> rationale,
      String level, Boolean external) {}

  /**
   * A part: a focus area, objective, goal or project.
   *
   * @param number the number
   * @param kind the part's kind, where it is not the template's
   * @param title the title
   * @param description the description
   * @param status the status
   * @param alignments the alignments
   * @param activities the activities
   * @param communication the communication
   * @param impactMeasures the impact measures
   * @param collaboration the collaboration
   * @param notes the notes
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlanPart(String number, String kind, Map<String, String> title, Map<String, String> description,
      String status, List<Alignment> alignments, List<Activity> activities, Map<String, String> communication,
      Map<String, String> impactMeasures, Map<String, String> collaboration, Map<String, String> notes) {}

  /**
   * An activity.
   *
   * @param number the number
   * @param title the title
   * @param description the description
   * @param scope the scope
   * @param tasks the tasks
   * @param responsibility the responsibility
   * @param timeframe the timeframe as written
   * @param fundingNeeded the funding need
   * @param collaborators the collaborators
   * @param alignments the alignments
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Activity(String number, Map<String, String> title, Map<String, String> description,
      Map<String, String> scope, List<Task> tasks, String responsibility, String timeframe, String fundingNeeded, List<String> collaborators,
      List<Alignment> alignments) {}

  /**
   * A task.
   *
   * @param number the number
   * @param text the text
   * @param responsibility the responsibility
   * @param timeframe the timeframe as written
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Task(String number, Map<String, String> text, String responsibility, String timeframe) {}

  /**
   * Returns the number of activities of a plan record.
   *
   * @param plan the plan
   * @return the number of activities
   */
  public static int activities(Plan plan) {
    int n = plan.activities() == null ? 0 : plan.activities().size();
    if (plan.parts() != null) {
      for (PlanPart part : plan.parts()) {
        n += part.activities() == null ? 0 : part.activities().size();
      }
    }
    return n;
  }
}
