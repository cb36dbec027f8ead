package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PartKind;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.text.LocalizedText;

/**
 * {@code org.ifla.strategy.plan} in documents. A plan document is an object with the format header and the
 * plan's fields under their Java names; the field names are the segments of the JSON Pointers that findings
 * report ({@code /parts/0/alignments/1}). Absent values and empty lists are left out; an activity's funding need
 * is left out when not stated, a plan's {@code truncated} when false. Plans, parts, activities, tasks and
 * alignments keep extensions ({@code x-} fields), written back after the known fields. See FORMAT.md.
 *
 * <p>This library writes version 2 and reads versions 1 and 2. Version 1 had no parts but {@code objectives}
 * (a number and a text each) and {@code focusAreas}: they are read as parts, objectives first, each with the
 * kind it had where that is not the kind its template names ({@link #v1Parts}).
 */
final class PlanCodecs {
  /** The {@code format} of a plan document. */
  static final String PLAN_FORMAT = "ifla-strategy-plan";

  /** The version of plan documents this library writes, and the newest it reads. */
  static final int VERSION = 2;

  /** The version of plan documents with objectives and focus areas instead of parts. */
  static final int VERSION_1 = 1;

  // Each object's fields: the constant a reader switches on, then the field's name. Version 1's fields and
  // version 2's are read together (the header may come last) and checked against the version at the end.

  private static final int P_FORMAT = 0;
  private static final int P_FORMAT_VERSION = 1;
  private static final int P_UNIT = 2;
  private static final int P_TITLE = 3;
  private static final int P_TEMPLATE = 4;
  private static final int P_EDITION = 5;
  private static final int P_PERIOD = 6;
  private static final int P_STATUS = 7;
  private static final int P_TRUNCATED = 8;
  private static final int P_FULL_PLAN = 9;
  private static final int P_MISSION = 10;
  private static final int P_ALIGNMENTS = 11;
  private static final int P_CONTEXT_ALIGNMENTS = 12;
  private static final int P_PARTS = 13;
  private static final int P_ACTIVITIES = 14;
  private static final int P_OBJECTIVES = 15; // version 1 only
  private static final int P_FOCUS_AREAS = 16; // version 1 only

  private static final Input.Fields PLAN_OBJECT = Input.Fields.indexed("an action plan",
      P_FORMAT, "format", P_FORMAT_VERSION, "formatVersion", P_UNIT, "unit", P_TITLE, "title",
      P_TEMPLATE, "template", P_EDITION, "edition", P_PERIOD, "period", P_STATUS, "status",
      P_TRUNCATED, "truncated", P_FULL_PLAN, "fullPlan", P_MISSION, "mission", P_ALIGNMENTS, "alignments",
      P_CONTEXT_ALIGNMENTS, "contextAlignments", P_PARTS, "parts", P_ACTIVITIES, "activities",
      P_OBJECTIVES, "objectives", P_FOCUS_AREAS, "focusAreas").withExtensions();
  private static final Input.Fields PLAN_V2 = PLAN_OBJECT.showing("an action plan", List.of("format",
      "formatVersion", "unit", "title", "template", "edition", "period", "status", "truncated", "fullPlan",
      "mission", "alignments", "contextAlignments", "parts", "activities"), true);
  private static final Input.Fields PLAN_V1 = PLAN_OBJECT.showing("an action plan (formatVersion 1)",
      List.of("format", "formatVersion", "unit", "title", "template", "edition", "period", "status", "mission",
          "objectives", "alignments", "focusAreas", "activities"), false);

  private static final int U_NAME = 0;
  private static final int U_TYPE = 1;
  private static final int U_ABBREVIATION = 2;
  private static final Input.Fields UNIT_OBJECT = Input.Fields.indexed("a professional unit",
      U_NAME, "name", U_TYPE, "type", U_ABBREVIATION, "abbreviation");

  private static final int O_NUMBER = 0;
  private static final int O_TEXT = 1;
  private static final Input.Fields OBJECTIVE_OBJECT = Input.Fields.indexed("an objective (formatVersion 1)",
      O_NUMBER, "number", O_TEXT, "text");

  private static final int A_ELEMENT = 0;
  private static final int A_STATED_NUMBER = 1;
  private static final int A_STATED_TITLE = 2;
  private static final int A_RATIONALE = 3;
  private static final int A_LEVEL = 4;
  private static final int A_EXTERNAL = 5;
  private static final int A_MIGRATED_FROM = 6;
  private static final Input.Fields ALIGNMENT_OBJECT = Input.Fields.indexed("an alignment",
      A_ELEMENT, "element", A_STATED_NUMBER, "statedNumber", A_STATED_TITLE, "statedTitle",
      A_RATIONALE, "rationale", A_LEVEL, "level", A_EXTERNAL, "external", A_MIGRATED_FROM, "migratedFrom")
      .withExtensions();
  private static final Input.Fields ALIGNMENT_V1 = ALIGNMENT_OBJECT.showing("an alignment", List.of("element",
      "statedNumber", "statedTitle", "rationale", "level", "external", "migratedFrom"), false);

  private static final int PT_NUMBER = 0;
  private static final int PT_KIND = 1; // version 2
  private static final int PT_TITLE = 2;
  private static final int PT_DESCRIPTION = 3;
  private static final int PT_STATUS = 4; // version 2
  private static final int PT_ALIGNMENTS = 5;
  private static final int PT_ACTIVITIES = 6;
  private static final int PT_COMMUNICATION = 7;
  private static final int PT_IMPACT_MEASURES = 8;
  private static final int PT_COLLABORATION = 9;
  private static final int PT_NOTES = 10; // version 2
  private static final Input.Fields PART_OBJECT = Input.Fields.indexed("a part",
      PT_NUMBER, "number", PT_KIND, "kind", PT_TITLE, "title", PT_DESCRIPTION, "description",
      PT_STATUS, "status", PT_ALIGNMENTS, "alignments", PT_ACTIVITIES, "activities",
      PT_COMMUNICATION, "communication", PT_IMPACT_MEASURES, "impactMeasures", PT_COLLABORATION, "collaboration",
      PT_NOTES, "notes").withExtensions();
  private static final Input.Fields FOCUS_AREA_V1 = PART_OBJECT.showing("a focus area (formatVersion 1)",
      List.of("number", "title", "description", "alignments", "activities", "communication", "impactMeasures",
          "collaboration"), false);

  private static final int AC_NUMBER = 0;
  private static final int AC_TITLE = 1;
  private static final int AC_DESCRIPTION = 2;
  private static final int AC_SCOPE = 3; // version 2
  private static final int AC_TASKS = 4;
  private static final int AC_RESPONSIBILITY = 5;
  private static final int AC_TIMEFRAME = 6;
  private static final int AC_FUNDING_NEEDED = 7;
  private static final int AC_COLLABORATORS = 8;
  private static final int AC_ALIGNMENTS = 9;
  private static final Input.Fields ACTIVITY_OBJECT = Input.Fields.indexed("an activity",
      AC_NUMBER, "number", AC_TITLE, "title", AC_DESCRIPTION, "description", AC_SCOPE, "scope",
      AC_TASKS, "tasks", AC_RESPONSIBILITY, "responsibility", AC_TIMEFRAME, "timeframe",
      AC_FUNDING_NEEDED, "fundingNeeded", AC_COLLABORATORS, "collaborators", AC_ALIGNMENTS, "alignments")
      .withExtensions();
  private static final Input.Fields ACTIVITY_V1 = ACTIVITY_OBJECT.showing("an activity (formatVersion 1)",
      List.of("number", "title", "description", "tasks", "responsibility", "timeframe", "fundingNeeded",
          "collaborators", "alignments"), false);

  private static final int T_NUMBER = 0;
  private static final int T_TEXT = 1;
  private static final int T_RESPONSIBILITY = 2;
  private static final int T_TIMEFRAME = 3;
  private static final Input.Fields TASK_OBJECT = Input.Fields.indexed("a task",
      T_NUMBER, "number", T_TEXT, "text", T_RESPONSIBILITY, "responsibility", T_TIMEFRAME, "timeframe")
      .withExtensions();
  private static final Input.Fields TASK_V1 = TASK_OBJECT.showing("a task", List.of("number", "text",
      "responsibility", "timeframe"), false);

  static final Codec<ActionPlan> PLAN = Codec.of(ActionPlan.class, PlanCodecs::writePlan,
      PlanCodecs::readPlan);
  static final Codec<ProfessionalUnit> UNIT = Codec.of(ProfessionalUnit.class, PlanCodecs::writeUnit,
      PlanCodecs::readUnit);
  static final Codec<Alignment> ALIGNMENT = Codec.of(Alignment.class, PlanCodecs::writeAlignment,
      in -> readAlignment(in, Versions.current()));
  static final Codec<PlanPart> PART = Codec.of(PlanPart.class, PlanCodecs::writePart,
      in -> readPart(in, Versions.current()));
  static final Codec<Activity> ACTIVITY = Codec.of(Activity.class, PlanCodecs::writeActivity,
      in -> readActivity(in, Versions.current()));
  static final Codec<Task> TASK = Codec.of(Task.class, PlanCodecs::writeTask,
      in -> readTask(in, Versions.current()));

  static final ImmutableList<Codec<?>> ALL = ImmutableList.of(PLAN, UNIT, ALIGNMENT, PART, ACTIVITY, TASK);

  private PlanCodecs() {}

  // ---- writing --------------------------------------------------------------------------------------

  /** The field names, encoded once. */
  private static final class Field {
    static final Name UNIT = Written.name("unit");
    static final Name TITLE = Written.name("title");
    static final Name TEMPLATE = Written.name("template");
    static final Name EDITION = Written.name("edition");
    static final Name PERIOD = Written.name("period");
    static final Name STATUS = Written.name("status");
    static final Name TRUNCATED = Written.name("truncated");
    static final Name FULL_PLAN = Written.name("fullPlan");
    static final Name MISSION = Written.name("mission");
    static final Name ALIGNMENTS = Written.name("alignments");
    static final Name CONTEXT_ALIGNMENTS = Written.name("contextAlignments");
    static final Name PARTS = Written.name("parts");
    static final Name ACTIVITIES = Written.name("activities");
    static final Name NAME = Written.name("name");
    static final Name TYPE = Written.name("type");
    static final Name ABBREVIATION = Written.name("abbreviation");
    static final Name NUMBER = Written.name("number");
    static final Name KIND = Written.name("kind");
    static final Name TEXT = Written.name("text");
    static final Name ELEMENT = Written.name("element");
    static final Name STATED_NUMBER = Written.name("statedNumber");
    static final Name STATED_TITLE = Written.name("statedTitle");
    static final Name RATIONALE = Written.name("rationale");
    static final Name LEVEL = Written.name("level");
    static final Name EXTERNAL = Written.name("external");
    static final Name MIGRATED_FROM = Written.name("migratedFrom");
    static final Name DESCRIPTION = Written.name("description");
    static final Name SCOPE = Written.name("scope");
    static final Name COMMUNICATION = Written.name("communication");
    static final Name IMPACT_MEASURES = Written.name("impactMeasures");
    static final Name COLLABORATION = Written.name("collaboration");
    static final Name NOTES = Written.name("notes");
    static final Name TASKS = Written.name("tasks");
    static final Name RESPONSIBILITY = Written.name("responsibility");
    static final Name TIMEFRAME = Written.name("timeframe");
    static final Name FUNDING_NEEDED = Written.name("fundingNeeded");
    static final Name COLLABORATORS = Written.name("collaborators");

    private Field() {}
  }

  private static void writePlan(ActionPlan plan, TokenSink out) throws IOException {
    out.writeStartObject();
    Header.write(out, PLAN_FORMAT, VERSION);
    out.writeFieldName(Field.UNIT);
    writeUnit(plan.unit(), out);
    text(Field.TITLE, plan.title(), out);
    out.writeFieldName(Field.TEMPLATE);
    out.writeConstant(plan.template());
    if (plan.edition().isPresent()) {
      out.writeFieldName(Field.EDITION);
      out.writeString(plan.edition().get().toString());
    }
    timeframe(Field.PERIOD, plan.period(), out);
    string(Field.STATUS, plan.status(), out);
    if (plan.isTruncated()) {
      out.writeFieldName(Field.TRUNCATED);
      out.writeBoolean(true);
    }
    string(Field.FULL_PLAN, plan.fullPlan(), out);
    text(Field.MISSION, plan.mission(), out);
    alignments(Field.ALIGNMENTS, plan.alignments(), out);
    alignments(Field.CONTEXT_ALIGNMENTS, plan.contextAlignments(), out);
    List<PlanPart> parts = plan.parts();
    if (!parts.isEmpty()) {
      out.writeFieldName(Field.PARTS);
      out.writeStartArray();
      for (int i = 0, n = parts.size(); i < n; i++) {
        writePart(parts.get(i), out);
      }
      out.writeEndArray();
    }
    activities(plan.activities(), out);
    ExtensionValues.write(plan.extensions(), out);
    out.writeEndObject();
  }

  private static void writeUnit(ProfessionalUnit unit, TokenSink out) throws IOException {
    out.writeStartObject();
    out.writeFieldName(Field.NAME);
    TextCodecs.write(unit.name(), out);
    out.writeFieldName(Field.TYPE);
    out.writeConstant(unit.type());
    string(Field.ABBREVIATION, unit.abbreviation(), out);
    out.writeEndObject();
  }

  private static void writeAlignment(Alignment alignment, TokenSink out) throws IOException {
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
      out.writeConstant(alignment.level().get());
    }
    if (alignment.isExternal()) {
      out.writeFieldName(Field.EXTERNAL);
      out.writeBoolean(true);
    }
    if (alignment.migratedFrom().isPresent()) {
      out.writeFieldName(Field.MIGRATED_FROM);
      out.writeString(alignment.migratedFrom().get().toString());
    }
    ExtensionValues.write(alignment.extensions(), out);
    out.writeEndObject();
  }

  private static void writePart(PlanPart part, TokenSink out) throws IOException {
    out.writeStartObject();
    string(Field.NUMBER, part.number(), out);
    if (part.kind().isPresent()) {
      out.writeFieldName(Field.KIND);
      out.writeConstant(part.kind().get());
    }
    text(Field.TITLE, part.title(), out);
    text(Field.DESCRIPTION, part.description(), out);
    string(Field.STATUS, part.status(), out);
    alignments(Field.ALIGNMENTS, part.alignments(), out);
    activities(part.activities(), out);
    text(Field.COMMUNICATION, part.communication(), out);
    text(Field.IMPACT_MEASURES, part.impactMeasures(), out);
    text(Field.COLLABORATION, part.collaboration(), out);
    text(Field.NOTES, part.notes(), out);
    ExtensionValues.write(part.extensions(), out);
    out.writeEndObject();
  }

  private static void writeActivity(Activity activity, TokenSink out) throws IOException {
    out.writeStartObject();
    string(Field.NUMBER, activity.number(), out);
    out.writeFieldName(Field.TITLE);
    TextCodecs.write(activity.title(), out);
    text(Field.DESCRIPTION, activity.description(), out);
    text(Field.SCOPE, activity.scope(), out);
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
      out.writeConstant(activity.fundingNeeded());
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
    alignments(Field.ALIGNMENTS, activity.alignments(), out);
    ExtensionValues.write(activity.extensions(), out);
    out.writeEndObject();
  }

  private static void writeTask(Task task, TokenSink out) throws IOException {
    out.writeStartObject();
    string(Field.NUMBER, task.number(), out);
    out.writeFieldName(Field.TEXT);
    TextCodecs.write(task.text(), out);
    string(Field.RESPONSIBILITY, task.responsibility(), out);
    timeframe(Field.TIMEFRAME, task.timeframe(), out);
    ExtensionValues.write(task.extensions(), out);
    out.writeEndObject();
  }

  private static void string(Name field, Optional<String> value, TokenSink out)
      throws IOException {
    if (value.isPresent()) {
      out.writeFieldName(field);
      out.writeString(value.get());
    }
  }

  private static void text(Name field, Optional<LocalizedText> value, TokenSink out)
      throws IOException {
    if (value.isPresent()) {
      out.writeFieldName(field);
      TextCodecs.write(value.get(), out);
    }
  }

  private static void timeframe(Name field, Optional<StatedTimeframe> value, TokenSink out)
      throws IOException {
    if (value.isPresent()) {
      out.writeFieldName(field);
      ScalarCodecs.writeStated(value.get(), out);
    }
  }

  /** A list of alignments; direct calls, not the codec's, as for every part. */
  private static void alignments(Name field, List<Alignment> alignments, TokenSink out)
      throws IOException {
    if (!alignments.isEmpty()) {
      out.writeFieldName(field);
      out.writeStartArray();
      for (int i = 0, n = alignments.size(); i < n; i++) {
        writeAlignment(alignments.get(i), out);
      }
      out.writeEndArray();
    }
  }

  private static void activities(List<Activity> activities, TokenSink out) throws IOException {
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

  /**
   * The version of the plan document being read, and the first field met that only one version has while the
   * version is not yet known: the header may come after the body. One per document; a part, activity, task or
   * alignment read on its own is read as the current version.
   */
  private static final class Versions {
    private final Header header;
    private final String[] early = new String[VERSION + 1];
    private final Object[] earlyAt = new Object[VERSION + 1];
    private final Object[] earlyPointer = new Object[VERSION + 1];

    private Versions(Header header) {
      this.header = header;
    }

    /** The versions of a document whose header this is. */
    static Versions of(Header header) {
      return new Versions(header);
    }

    /** The versions of a value read on its own, in the current version. */
    static Versions current() {
      return new Versions(null);
    }

    /** The document's version, or 0 while it is not known. */
    int version() {
      return header == null ? VERSION : header.version();
    }

    /** Meets a field that version 2 has and version 1 has not; {@code what} names it ("field \"kind\""). */
    void v2(Input in, String what) throws IOException {
      meet(in, what, VERSION);
    }

    /** Meets a field that only version 1 has. */
    void v1(Input in, String what) throws IOException {
      meet(in, what, VERSION_1);
    }

    /**
     * Meets an extension, which version 2 has and version 1 has not, and reads it into the object's extensions
     * read so far.
     *
     * @param into the object's extensions read so far, or null before its first
     * @return the object's extensions, this one added
     */
    Map<String, String> extension(Input in, Map<String, String> into) throws IOException {
      meet(in, "extension " + Input.quote(in.parser().currentName()), VERSION);
      Map<String, String> extensions = into == null ? new LinkedHashMap<>() : into;
      in.extension(extensions);
      return extensions;
    }

    private void meet(Input in, String what, int only) throws IOException {
      int version = version();
      if (version == 0) {
        if (early[only] == null) {
          early[only] = what;
          earlyAt[only] = in.location();
          earlyPointer[only] = in.pointer();
        }
      } else if (version != only) {
        throw in.fail(message(what, only));
      }
    }

    /** Once the header is read: fails at the first field met before it that the version has not. */
    void check(Input in) throws IOException {
      int version = version();
      for (int only = VERSION_1; only <= VERSION; only++) {
        if (only != version && early[only] != null) {
          throw in.failAt(earlyAt[only], earlyPointer[only], message(early[only], only));
        }
      }
    }

    private static String message(String what, int only) {
      return only == VERSION_1
          ? what + " is of formatVersion 1 only; in formatVersion 2 a plan's objectives and focus areas are its"
              + " \"parts\" (see FORMAT.md)"
          : what + " is new in formatVersion 2; this document is formatVersion 1 (write \"formatVersion\": 2 and"
              + " \"parts\" for \"objectives\" and \"focusAreas\")";
    }
  }

  private static ActionPlan readPlan(Input in) throws IOException {
    ActionPlan.Builder b = ActionPlan.builder();
    Header header = new Header(PLAN_FORMAT, VERSION);
    Versions versions = Versions.of(header);
    PlanTemplate template = null;
    List<PlanPart> objectives = null;
    List<PlanPart> focusAreas = null;
    Map<String, String> extensions = null;
    Input.ObjectCursor fields = in.object(PLAN_V2);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case P_FORMAT:
          header.read(in, "format");
          break;
        case P_FORMAT_VERSION:
          header.read(in, "formatVersion");
          if (header.version() == VERSION_1) {
            fields.show(PLAN_V1);
          }
          break;
        case P_UNIT:
          b.unit(readUnit(in));
          break;
        case P_TITLE:
          b.title(TextCodecs.read(in, "title"));
          break;
        case P_TEMPLATE:
          template = ScalarCodecs.PLAN_TEMPLATE.read(in);
          b.template(template);
          break;
        case P_EDITION:
          b.edition(ScalarCodecs.EDITION_ID.read(in));
          break;
        case P_PERIOD:
          b.period(ScalarCodecs.readStated(in));
          break;
        case P_STATUS:
          b.status(in.text("status"));
          break;
        case P_TRUNCATED:
          versions.v2(in, "field \"truncated\"");
          b.isTruncated(in.bool("truncated"));
          break;
        case P_FULL_PLAN:
          versions.v2(in, "field \"fullPlan\"");
          b.fullPlan(in.text("fullPlan"));
          break;
        case P_MISSION:
          b.mission(TextCodecs.read(in, "mission"));
          break;
        case P_ALIGNMENTS:
          for (in.enterArray("alignments"); in.nextElement("alignments"); ) {
            b.addAlignments(readAlignment(in, versions));
          }
          break;
        case P_CONTEXT_ALIGNMENTS:
          versions.v2(in, "field \"contextAlignments\"");
          for (in.enterArray("contextAlignments"); in.nextElement("contextAlignments"); ) {
            b.addContextAlignments(readAlignment(in, versions));
          }
          break;
        case P_PARTS:
          versions.v2(in, "field \"parts\"");
          for (in.enterArray("parts"); in.nextElement("parts"); ) {
            b.addParts(readPart(in, versions));
          }
          break;
        case P_ACTIVITIES:
          for (in.enterArray("activities"); in.nextElement("activities"); ) {
            b.addActivities(readActivity(in, versions));
          }
          break;
        case P_OBJECTIVES:
          versions.v1(in, "field \"objectives\"");
          objectives = in.list("objectives", PlanCodecs::readObjective);
          break;
        case P_FOCUS_AREAS:
          versions.v1(in, "field \"focusAreas\"");
          focusAreas = new ArrayList<>();
          for (in.enterArray("focusAreas"); in.nextElement("focusAreas"); ) {
            focusAreas.add(readPart(in, versions));
          }
          break;
        default: // Input.EXTENSION
          extensions = versions.extension(in, extensions);
          break;
      }
    }
    header.check(in, fields.start());
    versions.check(in);
    if (extensions != null) {
      b.extensions(extensions);
    }
    if (template != null && (objectives != null || focusAreas != null)) {
      b.parts(v1Parts(template, objectives, focusAreas));
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("action plan", fields.start(), e);
    }
  }

  /**
   * A version 1 plan's parts: its objectives, then its focus areas. An objective is of kind
   * {@link PartKind#OBJECTIVE} unless the template's parts are objectives; a focus area was a part as the
   * template calls them unless the template's parts are objectives, where it is of kind
   * {@link PartKind#FOCUS_AREA}.
   */
  static List<PlanPart> v1Parts(PlanTemplate template, List<PlanPart> objectives, List<PlanPart> focusAreas) {
    List<PlanPart> parts = new ArrayList<>();
    boolean objectivesTemplate = template == PlanTemplate.OBJECTIVES;
    if (objectives != null) {
      for (PlanPart objective : objectives) {
        parts.add(objectivesTemplate ? objective
            : PlanPart.builder().from(objective).kind(PartKind.OBJECTIVE).build());
      }
    }
    if (focusAreas != null) {
      for (PlanPart area : focusAreas) {
        parts.add(objectivesTemplate ? PlanPart.builder().from(area).kind(PartKind.FOCUS_AREA).build() : area);
      }
    }
    return parts;
  }

  private static ProfessionalUnit readUnit(Input in) throws IOException {
    ProfessionalUnit.Builder b = ProfessionalUnit.builder();
    Input.ObjectCursor fields = in.object(UNIT_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case U_NAME:
          b.name(TextCodecs.read(in, "name"));
          break;
        case U_TYPE:
          b.type(ScalarCodecs.UNIT_TYPE.read(in));
          break;
        default: // U_ABBREVIATION
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

  /** A version 1 objective: a part with a number and a title, its text. */
  private static PlanPart readObjective(Input in) throws IOException {
    PlanPart.Builder b = PlanPart.builder();
    LocalizedText text = null;
    Input.ObjectCursor fields = in.object(OBJECTIVE_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      if (f == O_NUMBER) {
        b.number(in.text("number"));
      } else { // O_TEXT
        text = TextCodecs.read(in, "text");
      }
    }
    try {
      TextCodecs.requireField(text, "text");
      return b.title(text).build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("objective", fields.start(), e);
    }
  }

  private static Alignment readAlignment(Input in, Versions versions) throws IOException {
    Alignment.Builder b = Alignment.builder();
    Map<String, String> extensions = null;
    Input.ObjectCursor fields = in.object(versions.version() == VERSION_1 ? ALIGNMENT_V1 : ALIGNMENT_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case A_ELEMENT:
          b.element(ScalarCodecs.readReference(in));
          break;
        case A_STATED_NUMBER:
          b.statedNumber(BundledTexts.read(in, "statedNumber"));
          break;
        case A_STATED_TITLE:
          b.statedTitle(BundledTexts.read(in, "statedTitle"));
          break;
        case A_RATIONALE:
          b.rationale(TextCodecs.read(in, "rationale"));
          break;
        case A_LEVEL:
          b.level(ScalarCodecs.ALIGNMENT_LEVEL.read(in));
          break;
        case A_EXTERNAL:
          b.isExternal(in.bool("external"));
          break;
        case A_MIGRATED_FROM:
          b.migratedFrom(ScalarCodecs.readReference(in));
          break;
        default: // Input.EXTENSION
          extensions = versions.extension(in, extensions);
          break;
      }
    }
    if (extensions != null) {
      b.extensions(extensions);
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("alignment", fields.start(), e);
    }
  }

  /** A version 2 part, or a version 1 focus area. */
  private static PlanPart readPart(Input in, Versions versions) throws IOException {
    PlanPart.Builder b = PlanPart.builder();
    Map<String, String> extensions = null;
    boolean v1 = versions.version() == VERSION_1;
    Input.ObjectCursor fields = in.object(v1 ? FOCUS_AREA_V1 : PART_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case PT_NUMBER:
          b.number(in.text("number"));
          break;
        case PT_KIND:
          versions.v2(in, "field \"kind\"");
          b.kind(ScalarCodecs.PART_KIND.read(in));
          break;
        case PT_TITLE:
          b.title(TextCodecs.read(in, "title"));
          break;
        case PT_DESCRIPTION:
          b.description(TextCodecs.read(in, "description"));
          break;
        case PT_STATUS:
          versions.v2(in, "field \"status\" of a part");
          b.status(in.text("status"));
          break;
        case PT_ALIGNMENTS:
          for (in.enterArray("alignments"); in.nextElement("alignments"); ) {
            b.addAlignments(readAlignment(in, versions));
          }
          break;
        case PT_ACTIVITIES:
          for (in.enterArray("activities"); in.nextElement("activities"); ) {
            b.addActivities(readActivity(in, versions));
          }
          break;
        case PT_COMMUNICATION:
          b.communication(TextCodecs.read(in, "communication"));
          break;
        case PT_IMPACT_MEASURES:
          b.impactMeasures(TextCodecs.read(in, "impactMeasures"));
          break;
        case PT_COLLABORATION:
          b.collaboration(TextCodecs.read(in, "collaboration"));
          break;
        case PT_NOTES:
          versions.v2(in, "field \"notes\"");
          b.notes(TextCodecs.read(in, "notes"));
          break;
        default: // Input.EXTENSION
          extensions = versions.extension(in, extensions);
          break;
      }
    }
    if (extensions != null) {
      b.extensions(extensions);
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid(v1 ? "focus area" : "part", fields.start(), e);
    }
  }

  private static Activity readActivity(Input in, Versions versions) throws IOException {
    Activity.Builder b = Activity.builder();
    Map<String, String> extensions = null;
    Input.ObjectCursor fields = in.object(versions.version() == VERSION_1 ? ACTIVITY_V1 : ACTIVITY_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case AC_NUMBER:
          b.number(in.text("number"));
          break;
        case AC_TITLE:
          b.title(TextCodecs.read(in, "title"));
          break;
        case AC_DESCRIPTION:
          b.description(TextCodecs.read(in, "description"));
          break;
        case AC_SCOPE:
          versions.v2(in, "field \"scope\"");
          b.scope(TextCodecs.read(in, "scope"));
          break;
        case AC_TASKS:
          for (in.enterArray("tasks"); in.nextElement("tasks"); ) {
            b.addTasks(readTask(in, versions));
          }
          break;
        case AC_RESPONSIBILITY:
          b.responsibility(in.text("responsibility"));
          break;
        case AC_TIMEFRAME:
          b.timeframe(ScalarCodecs.readStated(in));
          break;
        case AC_FUNDING_NEEDED:
          b.fundingNeeded(ScalarCodecs.FUNDING_NEED.read(in));
          break;
        case AC_COLLABORATORS:
          for (in.enterArray("collaborators"); in.nextElement("collaborators"); ) {
            b.addCollaborators(readCollaborator(in));
          }
          break;
        case AC_ALIGNMENTS:
          for (in.enterArray("alignments"); in.nextElement("alignments"); ) {
            b.addAlignments(readAlignment(in, versions));
          }
          break;
        default: // Input.EXTENSION
          extensions = versions.extension(in, extensions);
          break;
      }
    }
    if (extensions != null) {
      b.extensions(extensions);
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

  private static Task readTask(Input in, Versions versions) throws IOException {
    Task.Builder b = Task.builder();
    Map<String, String> extensions = null;
    Input.ObjectCursor fields = in.object(versions.version() == VERSION_1 ? TASK_V1 : TASK_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case T_NUMBER:
          b.number(in.text("number"));
          break;
        case T_TEXT:
          b.text(TextCodecs.read(in, "text"));
          break;
        case T_RESPONSIBILITY:
          b.responsibility(in.text("responsibility"));
          break;
        case T_TIMEFRAME:
          b.timeframe(ScalarCodecs.readStated(in));
          break;
        default: // Input.EXTENSION
          extensions = versions.extension(in, extensions);
          break;
      }
    }
    if (extensions != null) {
      b.extensions(extensions);
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("task", fields.start(), e);
    }
  }
}
