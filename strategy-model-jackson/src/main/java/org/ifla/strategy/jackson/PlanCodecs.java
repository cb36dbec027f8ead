package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.Objective;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.LocalizedText;

/**
 * {@code org.ifla.strategy.plan} in documents. A plan document is an object with the format header and the
 * plan's fields under their Java names; the field names are the segments of the JSON Pointers that findings
 * report ({@code /focusAreas/0/alignments/1}). Absent values and empty lists are left out; an activity's
 * funding need is left out when not stated. See FORMAT.md.
 */
final class PlanCodecs {
  /** The {@code format} of a plan document. */
  static final String PLAN_FORMAT = "ifla-strategy-plan";

  private static final List<String> PLAN_FIELDS = List.of("format", "formatVersion", "unit", "title",
      "template", "edition", "period", "status", "mission", "objectives", "alignments", "focusAreas",
      "activities");
  private static final List<String> UNIT_FIELDS = List.of("name", "type", "abbreviation");
  private static final List<String> OBJECTIVE_FIELDS = List.of("number", "text");
  private static final List<String> ALIGNMENT_FIELDS = List.of("element", "statedNumber", "statedTitle",
      "rationale", "level", "external", "migratedFrom");
  private static final List<String> FOCUS_AREA_FIELDS = List.of("number", "title", "description", "alignments",
      "activities", "communication", "impactMeasures", "collaboration");
  private static final List<String> ACTIVITY_FIELDS = List.of("number", "title", "description", "tasks",
      "responsibility", "timeframe", "fundingNeeded", "collaborators", "alignments");
  private static final List<String> TASK_FIELDS = List.of("number", "text", "responsibility", "timeframe");

  static final Codec<ActionPlan> PLAN = Codec.of(ActionPlan.class, PlanCodecs::writePlan,
      PlanCodecs::readPlan);
  static final Codec<ProfessionalUnit> UNIT = Codec.of(ProfessionalUnit.class, PlanCodecs::writeUnit,
      PlanCodecs::readUnit);
  static final Codec<Objective> OBJECTIVE = Codec.of(Objective.class, PlanCodecs::writeObjective,
      PlanCodecs::readObjective);
  static final Codec<Alignment> ALIGNMENT = Codec.of(Alignment.class, PlanCodecs::writeAlignment,
      PlanCodecs::readAlignment);
  static final Codec<PlanPart> FOCUS_AREA = Codec.of(PlanPart.class, PlanCodecs::writeFocusArea,
      PlanCodecs::readFocusArea);
  static final Codec<Activity> ACTIVITY = Codec.of(Activity.class, PlanCodecs::writeActivity,
      PlanCodecs::readActivity);
  static final Codec<Task> TASK = Codec.of(Task.class, PlanCodecs::writeTask, PlanCodecs::readTask);

  static final ImmutableList<Codec<?>> ALL = ImmutableList.of(PLAN, UNIT, OBJECTIVE, ALIGNMENT, FOCUS_AREA,
      ACTIVITY, TASK);

  private PlanCodecs() {}

  // ---- writing --------------------------------------------------------------------------------------

  /** The field names, encoded once. */
  private static final class Field {
    static final SerializedString UNIT = Written.name("unit");
    static final SerializedString TITLE = Written.name("title");
    static final SerializedString TEMPLATE = Written.name("template");
    static final SerializedString EDITION = Written.name("edition");
    static final SerializedString PERIOD = Written.name("period");
    static final SerializedString STATUS = Written.name("status");
    static final SerializedString MISSION = Written.name("mission");
    static final SerializedString OBJECTIVES = Written.name("objectives");
    static final SerializedString ALIGNMENTS = Written.name("alignments");
    static final SerializedString FOCUS_AREAS = Written.name("focusAreas");
    static final SerializedString ACTIVITIES = Written.name("activities");
    static final SerializedString NAME = Written.name("name");
    static final SerializedString TYPE = Written.name("type");
    static final SerializedString ABBREVIATION = Written.name("abbreviation");
    static final SerializedString NUMBER = Written.name("number");
    static final SerializedString TEXT = Written.name("text");
    static final SerializedString ELEMENT = Written.name("element");
    static final SerializedString STATED_NUMBER = Written.name("statedNumber");
    static final SerializedString STATED_TITLE = Written.name("statedTitle");
    static final SerializedString RATIONALE = Written.name("rationale");
    static final SerializedString LEVEL = Written.name("level");
    static final SerializedString EXTERNAL = Written.name("external");
    static final SerializedString MIGRATED_FROM = Written.name("migratedFrom");
    static final SerializedString DESCRIPTION = Written.name("description");
    static final SerializedString COMMUNICATION = Written.name("communication");
    static final SerializedString IMPACT_MEASURES = Written.name("impactMeasures");
    static final SerializedString COLLABORATION = Written.name("collaboration");
    static final SerializedString TASKS = Written.name("tasks");
    static final SerializedString RESPONSIBILITY = Written.name("responsibility");
    static final SerializedString TIMEFRAME = Written.name("timeframe");
    static final SerializedString FUNDING_NEEDED = Written.name("fundingNeeded");
    static final SerializedString COLLABORATORS = Written.name("collaborators");

    private Field() {}
  }

  private static void writePlan(ActionPlan plan, JsonGenerator out) throws IOException {
    out.writeStartObject();
    Header.write(out, PLAN_FORMAT);
    out.writeFieldName(Field.UNIT);
    writeUnit(plan.unit(), out);
    text(Field.TITLE, plan.title(), out);
    out.writeFieldName(Field.TEMPLATE);
    Written.constant(plan.template(), out);
    if (plan.edition().isPresent()) {
      out.writeFieldName(Field.EDITION);
      out.writeString(plan.edition().get().toString());
    }
    timeframe(Field.PERIOD, plan.period(), out);
    string(Field.STATUS, plan.status(), out);
    text(Field.MISSION, plan.mission(), out);
    List<Objective> objectives = plan.objectives();
    if (!objectives.isEmpty()) {
      out.writeFieldName(Field.OBJECTIVES);
      out.writeStartArray();
      for (int i = 0, n = objectives.size(); i < n; i++) {
        writeObjective(objectives.get(i), out);
      }
      out.writeEndArray();
    }
    alignments(plan.alignments(), out);
    List<PlanPart> areas = plan.parts();
    if (!areas.isEmpty()) {
      out.writeFieldName(Field.FOCUS_AREAS);
      out.writeStartArray();
      for (int i = 0, n = areas.size(); i < n; i++) {
        writeFocusArea(areas.get(i), out);
      }
      out.writeEndArray();
    }
    activities(plan.activities(), out);
    out.writeEndObject();
  }

  private static void writeUnit(ProfessionalUnit unit, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeFieldName(Field.NAME);
    TextCodecs.write(unit.name(), out);
    out.writeFieldName(Field.TYPE);
    Written.constant(unit.type(), out);
    string(Field.ABBREVIATION, unit.abbreviation(), out);
    out.writeEndObject();
  }

  private static void writeObjective(Objective objective, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(Field.NUMBER, objective.number(), out);
    out.writeFieldName(Field.TEXT);
    TextCodecs.write(objective.text(), out);
    out.writeEndObject();
  }

  private static void writeAlignment(Alignment alignment, JsonGenerator out) throws IOException {
    out.writeStartObject();
    if (alignment.element().isPresent()) {
      out.writeFieldName(Field.ELEMENT);
      out.writeString(alignment.element().get().toString());
    }
    string(Field.STATED_NUMBER, alignment.statedNumber(), out);
    string(Field.STATED_TITLE, alignment.statedTitle(), out);
    text(Field.RATIONALE, alignment.rationale(), out);
    if (alignment.level().isPresent()) {
      out.writeFieldName(Field.LEVEL);
      Written.constant(alignment.level().get(), out);
    }
    if (alignment.isExternal()) {
      out.writeFieldName(Field.EXTERNAL);
      out.writeBoolean(true);
    }
    if (alignment.migratedFrom().isPresent()) {
      out.writeFieldName(Field.MIGRATED_FROM);
      out.writeString(alignment.migratedFrom().get().toString());
    }
    out.writeEndObject();
  }

  private static void writeFocusArea(PlanPart part, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(Field.NUMBER, part.number(), out);
    text(Field.TITLE, part.title(), out);
    text(Field.DESCRIPTION, part.description(), out);
    alignments(part.alignments(), out);
    activities(part.activities(), out);
    text(Field.COMMUNICATION, part.communication(), out);
    text(Field.IMPACT_MEASURES, part.impactMeasures(), out);
    text(Field.COLLABORATION, part.collaboration(), out);
    out.writeEndObject();
  }

  private static void writeActivity(Activity activity, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(Field.NUMBER, activity.number(), out);
    out.writeFieldName(Field.TITLE);
    TextCodecs.write(activity.title(), out);
    text(Field.DESCRIPTION, activity.description(), out);
    List<Task> tasks = activity.tasks();
    if (!tasks.isEmpty()) {
      out.writeFieldName(Field.TASKS);
      out.writeStartArray();
      for (int i = 0, n = tasks.size(); i < n; i++) {
        writeTask(tasks.get(i), out);
      }
      out.writeEndArray();
    }
    string(Field.RESPONSIBILITY, activity.responsibility(), out);
    timeframe(Field.TIMEFRAME, activity.timeframe(), out);
    if (activity.fundingNeeded() != FundingNeed.NOT_STATED) {
      out.writeFieldName(Field.FUNDING_NEEDED);
      Written.constant(activity.fundingNeeded(), out);
    }
    List<String> collaborators = activity.collaborators();
    if (!collaborators.isEmpty()) {
      out.writeFieldName(Field.COLLABORATORS);
      out.writeStartArray();
      for (int i = 0, n = collaborators.size(); i < n; i++) {
        out.writeString(collaborators.get(i));
      }
      out.writeEndArray();
    }
    alignments(activity.alignments(), out);
    out.writeEndObject();
  }

  private static void writeTask(Task task, JsonGenerator out) throws IOException {
    out.writeStartObject();
    string(Field.NUMBER, task.number(), out);
    out.writeFieldName(Field.TEXT);
    TextCodecs.write(task.text(), out);
    string(Field.RESPONSIBILITY, task.responsibility(), out);
    timeframe(Field.TIMEFRAME, task.timeframe(), out);
    out.writeEndObject();
  }

  private static void string(SerializedString field, Optional<String> value, JsonGenerator out)
      throws IOException {
    if (value.isPresent()) {
      out.writeFieldName(field);
      out.writeString(value.get());
    }
  }

  private static void text(SerializedString field, Optional<LocalizedText> value, JsonGenerator out)
      throws IOException {
    if (value.isPresent()) {
      out.writeFieldName(field);
      TextCodecs.write(value.get(), out);
    }
  }

  private static void timeframe(SerializedString field, Optional<StatedTimeframe> value, JsonGenerator out)
      throws IOException {
    if (value.isPresent()) {
      out.writeFieldName(field);
      ScalarCodecs.writeStated(value.get(), out);
    }
  }

  /** The alignments of a plan, focus area or activity; direct calls, not the codec's, as for every part. */
  private static void alignments(List<Alignment> alignments, JsonGenerator out) throws IOException {
    if (!alignments.isEmpty()) {
      out.writeFieldName(Field.ALIGNMENTS);
      out.writeStartArray();
      for (int i = 0, n = alignments.size(); i < n; i++) {
        writeAlignment(alignments.get(i), out);
      }
      out.writeEndArray();
    }
  }

  private static void activities(List<Activity> activities, JsonGenerator out) throws IOException {
    if (!activities.isEmpty()) {
      out.writeFieldName(Field.ACTIVITIES);
      out.writeStartArray();
      for (int i = 0, n = activities.size(); i < n; i++) {
        writeActivity(activities.get(i), out);
      }
      out.writeEndArray();
    }
  }

  // ---- reading --------------------------------------------------------------------------------------

  private static final Input.Fields PLAN_OBJECT = Input.Fields.of("an action plan", PLAN_FIELDS);
  private static final Input.Fields UNIT_OBJECT = Input.Fields.of("a professional unit", UNIT_FIELDS);
  private static final Input.Fields OBJECTIVE_OBJECT = Input.Fields.of("an objective", OBJECTIVE_FIELDS);
  private static final Input.Fields ALIGNMENT_OBJECT = Input.Fields.of("an alignment", ALIGNMENT_FIELDS);
  private static final Input.Fields FOCUS_AREA_OBJECT = Input.Fields.of("a focus area", FOCUS_AREA_FIELDS);
  private static final Input.Fields ACTIVITY_OBJECT = Input.Fields.of("an activity", ACTIVITY_FIELDS);
  private static final Input.Fields TASK_OBJECT = Input.Fields.of("a task", TASK_FIELDS);

  // The readers switch on the field's index in the *_FIELDS lists above.

  private static ActionPlan readPlan(Input in) throws IOException {
    ActionPlan.Builder b = ActionPlan.builder();
    Header header = new Header(PLAN_FORMAT);
    Input.ObjectCursor fields = in.object(PLAN_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // format
        case 1: // formatVersion
          header.read(in, f == 0 ? "format" : "formatVersion");
          break;
        case 2:
          b.unit(readUnit(in));
          break;
        case 3:
          b.title(TextCodecs.read(in, "title"));
          break;
        case 4:
          b.template(ScalarCodecs.PLAN_TEMPLATE.read(in));
          break;
        case 5:
          b.edition(ScalarCodecs.EDITION_ID.read(in));
          break;
        case 6:
          b.period(ScalarCodecs.readStated(in));
          break;
        case 7:
          b.status(in.text("status"));
          break;
        case 8:
          b.mission(TextCodecs.read(in, "mission"));
          break;
        case 9:
          b.objectives(in.list("objectives", PlanCodecs::readObjective));
          break;
        case 10:
          for (in.enterArray("alignments"); in.nextElement("alignments"); ) {
            b.addAlignments(readAlignment(in));
          }
          break;
        case 11:
          for (in.enterArray("focusAreas"); in.nextElement("focusAreas"); ) {
            b.addParts(readFocusArea(in));
          }
          break;
        default: // 12
          for (in.enterArray("activities"); in.nextElement("activities"); ) {
            b.addActivities(readActivity(in));
          }
          break;
      }
    }
    header.check(in, fields.start());
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("action plan", fields.start(), e);
    }
  }

  private static ProfessionalUnit readUnit(Input in) throws IOException {
    ProfessionalUnit.Builder b = ProfessionalUnit.builder();
    Input.ObjectCursor fields = in.object(UNIT_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0:
          b.name(TextCodecs.read(in, "name"));
          break;
        case 1:
          b.type(ScalarCodecs.UNIT_TYPE.read(in));
          break;
        default: // 2
          b.abbreviation(in.text("abbreviation"));
          break;
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("professional unit", fields.start(), e);
    }
  }

  private static Objective readObjective(Input in) throws IOException {
    Objective.Builder b = Objective.builder();
    Input.ObjectCursor fields = in.object(OBJECTIVE_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      if (f == 0) {
        b.number(in.text("number"));
      } else {
        b.text(TextCodecs.read(in, "text"));
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("objective", fields.start(), e);
    }
  }

  private static Alignment readAlignment(Input in) throws IOException {
    Alignment.Builder b = Alignment.builder();
    Input.ObjectCursor fields = in.object(ALIGNMENT_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0:
          b.element(ScalarCodecs.readReference(in));
          break;
        case 1:
          b.statedNumber(BundledTexts.read(in, "statedNumber"));
          break;
        case 2:
          b.statedTitle(BundledTexts.read(in, "statedTitle"));
          break;
        case 3:
          b.rationale(TextCodecs.read(in, "rationale"));
          break;
        case 4:
          b.level(ScalarCodecs.ALIGNMENT_LEVEL.read(in));
          break;
        case 5:
          b.isExternal(in.bool("external"));
          break;
        default: // 6
          b.migratedFrom(ScalarCodecs.readReference(in));
          break;
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("alignment", fields.start(), e);
    }
  }

  private static PlanPart readFocusArea(Input in) throws IOException {
    PlanPart.Builder b = PlanPart.builder();
    Input.ObjectCursor fields = in.object(FOCUS_AREA_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0:
          b.number(in.text("number"));
          break;
        case 1:
          b.title(TextCodecs.read(in, "title"));
          break;
        case 2:
          b.description(TextCodecs.read(in, "description"));
          break;
        case 3:
          for (in.enterArray("alignments"); in.nextElement("alignments"); ) {
            b.addAlignments(readAlignment(in));
          }
          break;
        case 4:
          for (in.enterArray("activities"); in.nextElement("activities"); ) {
            b.addActivities(readActivity(in));
          }
          break;
        case 5:
          b.communication(TextCodecs.read(in, "communication"));
          break;
        case 6:
          b.impactMeasures(TextCodecs.read(in, "impactMeasures"));
          break;
        default: // 7
          b.collaboration(TextCodecs.read(in, "collaboration"));
          break;
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("focus area", fields.start(), e);
    }
  }

  private static Activity readActivity(Input in) throws IOException {
    Activity.Builder b = Activity.builder();
    Input.ObjectCursor fields = in.object(ACTIVITY_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0:
          b.number(in.text("number"));
          break;
        case 1:
          b.title(TextCodecs.read(in, "title"));
          break;
        case 2:
          b.description(TextCodecs.read(in, "description"));
          break;
        case 3:
          for (in.enterArray("tasks"); in.nextElement("tasks"); ) {
            b.addTasks(readTask(in));
          }
          break;
        case 4:
          b.responsibility(in.text("responsibility"));
          break;
        case 5:
          b.timeframe(ScalarCodecs.readStated(in));
          break;
        case 6:
          b.fundingNeeded(ScalarCodecs.FUNDING_NEED.read(in));
          break;
        case 7:
          for (in.enterArray("collaborators"); in.nextElement("collaborators"); ) {
            b.addCollaborators(readCollaborator(in));
          }
          break;
        default: // 8
          for (in.enterArray("alignments"); in.nextElement("alignments"); ) {
            b.addAlignments(readAlignment(in));
          }
          break;
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("activity", fields.start(), e);
    }
  }

  private static String readCollaborator(Input in) throws IOException {
    return in.text("collaborator");
  }

  private static Task readTask(Input in) throws IOException {
    Task.Builder b = Task.builder();
    Input.ObjectCursor fields = in.object(TASK_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0:
          b.number(in.text("number"));
          break;
        case 1:
          b.text(TextCodecs.read(in, "text"));
          break;
        case 2:
          b.responsibility(in.text("responsibility"));
          break;
        default: // 3
          b.timeframe(ScalarCodecs.readStated(in));
          break;
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("task", fields.start(), e);
    }
  }
}
