package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import org.ifla.strategy.alignment.MigratedReference;
import org.ifla.strategy.alignment.MigrationOutcome;
import org.ifla.strategy.alignment.MigrationReport;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.Mapping;

/**
 * Migration reports in documents: {@code {"sourceEdition": id, "targetEdition": id, "references": [...]}}, each
 * reference with its {@code location}, {@code original}, {@code outcome}, {@code targets}, {@code mappings} and
 * {@code note}. See FORMAT.md.
 */
final class MigrationCodecs {
  private static final int R_SOURCE_EDITION = 0;
  private static final int R_TARGET_EDITION = 1;
  private static final int R_NOTES = 2;
  private static final int R_REFERENCES = 3;
  private static final List<String> REFERENCE_FIELDS = List.of("location", "original", "outcome", "targets",
      "mappings", "note");
  private static final Input.Fields REPORT_OBJECT = Input.Fields.indexed("a migration report",
      R_SOURCE_EDITION, "sourceEdition", R_TARGET_EDITION, "targetEdition", R_NOTES, "notes",
      R_REFERENCES, "references");
  private static final Input.Fields REFERENCE_OBJECT = Input.Fields.of("a migrated reference", REFERENCE_FIELDS);

  private static final Input.Constants<MigrationOutcome> OUTCOMES = Input.Constants.of(MigrationOutcome.class);

  static final Codec<MigrationOutcome> OUTCOME = Codec.of(MigrationOutcome.class,
      (value, out) -> out.writeString(Names.of(value)), in -> in.constant("migration outcome", OUTCOMES));
  static final Codec<MigratedReference> REFERENCE = Codec.of(MigratedReference.class,
      MigrationCodecs::writeReference, MigrationCodecs::readReference);
  static final Codec<MigrationReport> REPORT = Codec.of(MigrationReport.class, MigrationCodecs::writeReport,
      MigrationCodecs::readReport);

  static final ImmutableList<Codec<?>> ALL = ImmutableList.of(OUTCOME, REFERENCE, REPORT);

  private MigrationCodecs() {}

  private static void writeReport(MigrationReport report, TokenSink out) throws IOException {
    out.writeStartObject();
    out.writeStringField("sourceEdition", report.sourceEdition().toString());
    out.writeStringField("targetEdition", report.targetEdition().toString());
    if (!report.notes().isEmpty()) {
      out.writeArrayFieldStart("notes");
      for (String note : report.notes()) {
        out.writeString(note);
      }
      out.writeEndArray();
    }
    if (!report.references().isEmpty()) {
      out.writeArrayFieldStart("references");
      for (MigratedReference r : report.references()) {
        writeReference(r, out);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static void writeReference(MigratedReference r, TokenSink out) throws IOException {
    out.writeStartObject();
    out.writeStringField("location", r.location().toString());
    out.writeStringField("original", r.original().toString());
    out.writeStringField("outcome", Names.of(r.outcome()));
    if (!r.targets().isEmpty()) {
      out.writeArrayFieldStart("targets");
      for (ElementReference t : r.targets()) {
        out.writeString(t.toString());
      }
      out.writeEndArray();
    }
    if (!r.mappings().isEmpty()) {
      out.writeArrayFieldStart("mappings");
      for (Mapping m : r.mappings()) {
        CrosswalkCodecs.MAPPING.write(m, out);
      }
      out.writeEndArray();
    }
    out.writeStringField("note", r.note());
    out.writeEndObject();
  }

  private static MigrationReport readReport(Input in) throws IOException {
    MigrationReport.Builder b = MigrationReport.builder();
    Input.ObjectCursor fields = in.object(REPORT_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case R_SOURCE_EDITION:
          b.sourceEdition(ScalarCodecs.EDITION_ID.read(in));
          break;
        case R_TARGET_EDITION:
          b.targetEdition(ScalarCodecs.EDITION_ID.read(in));
          break;
        case R_NOTES:
          b.notes(in.list("notes", MigrationCodecs::readNote));
          break;
        default: // R_REFERENCES
          b.references(in.list("references", MigrationCodecs::readReference));
          break;
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("migration report", fields.start(), e);
    }
  }

  private static String readNote(Input in) throws IOException {
    return in.text("note");
  }

  private static MigratedReference readReference(Input in) throws IOException {
    MigratedReference.Builder b = MigratedReference.builder();
    Input.ObjectCursor fields = in.object(REFERENCE_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // location
          b.location(ScalarCodecs.PLAN_LOCATION.read(in));
          break;
        case 1: // original
          b.original(ScalarCodecs.ELEMENT_REFERENCE.read(in));
          break;
        case 2: // outcome
          b.outcome(OUTCOME.read(in));
          break;
        case 3: // targets
          b.targets(in.list("targets", ScalarCodecs.ELEMENT_REFERENCE::read));
          break;
        case 4: // mappings
          b.mappings(in.list("mappings", CrosswalkCodecs.MAPPING::read));
          break;
        default: // 5, note
          b.note(in.text("note"));
          break;
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("migrated reference", fields.start(), e);
    }
  }
}
