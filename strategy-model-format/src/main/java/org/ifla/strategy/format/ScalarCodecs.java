package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.ifla.strategy.alignment.PlanLocation;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PartKind;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.plan.UnitType;

/**
 * The model's values that are texts in documents: ids and references in their text form, timeframes as
 * {@code 2019-11/2020-05}, enum constants in lower case with hyphens ({@code key-initiative}).
 *
 * <p>A {@link StatedTimeframe} is its text ({@code "Nov 2019 - May 2020"}) when the intervals are those read from
 * the text, and otherwise an object with both: {@code {"text": "...", "intervals": ["2019-11/2020-05"]}}. A range
 * stated inverted ({@link StatedTimeframe#invertedIntervals()}) is among the intervals as written, end first
 * ({@code "2020-05/2019-11"}), after the others.
 */
final class ScalarCodecs {
  private static final List<String> TIMEFRAME_FIELDS = List.of("text", "intervals");
  private static final String INTERVAL = "timeframe (YYYY-MM/YYYY-MM)";

  static final Codec<EditionId> EDITION_ID = Codec.of(EditionId.class, ScalarCodecs::writeText,
      in -> in.parsed("edition id", EditionId::parse));
  static final Codec<ElementId> ELEMENT_ID = Codec.of(ElementId.class, ScalarCodecs::writeText,
      in -> in.parsed("element id", ElementId::parse));
  static final Codec<ElementReference> ELEMENT_REFERENCE = Codec.of(ElementReference.class,
      ScalarCodecs::writeText, ScalarCodecs::readReference);
  static final Codec<PlanLocation> PLAN_LOCATION = Codec.of(PlanLocation.class, ScalarCodecs::writeText,
      in -> in.parsed("plan location (a JSON Pointer)", PlanLocation::parse));
  static final Codec<Timeframe> TIMEFRAME = Codec.of(Timeframe.class, ScalarCodecs::writeText,
      in -> in.parsed(INTERVAL, Timeframe::parse));
  static final Codec<StatedTimeframe> STATED_TIMEFRAME = Codec.of(StatedTimeframe.class,
      ScalarCodecs::writeStated, ScalarCodecs::readStated);

  static final Codec<ElementKind> ELEMENT_KIND = constant(ElementKind.class, "element kind");
  static final Codec<UnitType> UNIT_TYPE = constant(UnitType.class, "unit type");
  static final Codec<PlanTemplate> PLAN_TEMPLATE = constant(PlanTemplate.class, "plan template");
  static final Codec<FundingNeed> FUNDING_NEED = constant(FundingNeed.class, "funding need");
  static final Codec<PartKind> PART_KIND = constant(PartKind.class, "part kind");
  static final Codec<AlignmentLevel> ALIGNMENT_LEVEL = constant(AlignmentLevel.class, "alignment level");
  static final Codec<Severity> SEVERITY = constant(Severity.class, "severity");

  static final ImmutableList<Codec<?>> ALL = ImmutableList.of(EDITION_ID, ELEMENT_ID, ELEMENT_REFERENCE,
      PLAN_LOCATION, TIMEFRAME, STATED_TIMEFRAME, ELEMENT_KIND, UNIT_TYPE, PLAN_TEMPLATE, FUNDING_NEED, PART_KIND,
      ALIGNMENT_LEVEL, SEVERITY);

  /**
   * The stated timeframes read so far, by their text: plans repeat a few (the corpus of the benchmarks, 2 620
   * texts in 28 940 timeframes), and finding one by the parser's characters spares making its text and looking
   * it up by that. The values are {@link StatedTimeframe#parse}'s own, shared.
   */
  private static final KnownTexts<StatedTimeframe> STATED_TEXTS = new KnownTexts<>(13, 64);

  /** The element references read so far, by their text: plans cite the few elements of the editions. */
  private static final KnownTexts<ElementReference> REFERENCE_TEXTS = new KnownTexts<>(12, 64);

  private static final Name TEXT = Written.name("text");
  private static final Name INTERVALS = Written.name("intervals");

  private ScalarCodecs() {}

  private static <E extends Enum<E>> Codec<E> constant(Class<E> type, String what) {
    Input.Constants<E> constants = Input.Constants.of(type);
    return Codec.of(type, (value, out) -> out.writeConstant(value), in -> in.constant(what, constants));
  }

  private static void writeText(Object value, TokenSink out) throws IOException {
    out.writeString(value.toString());
  }

  /**
   * Writes a stated timeframe: its text when the value is what the text reads as (the written form of each text
   * is remembered, see {@link Written#timeframe}), and otherwise the object with text and intervals.
   */
  static void writeStated(StatedTimeframe value, TokenSink out) throws IOException {
    Written.Timeframe form = Written.timeframe(value.text());
    if (form.isTextForm(value)) {
      out.writeTimeframe(form);
      return;
    }
    out.writeStartObject();
    out.writeFieldName(TEXT);
    out.writeString(value.text());
    out.writeFieldName(INTERVALS);
    out.writeStartArray();
    for (Timeframe interval : value.intervals()) {
      out.writeString(interval.toString());
    }
    for (Timeframe inverted : value.invertedIntervals()) {
      out.writeString(inverted.end() + "/" + inverted.start());
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static final Input.Fields TIMEFRAME_OBJECT = Input.Fields.of("a stated timeframe", TIMEFRAME_FIELDS);

  /** Reads an element reference: what {@link #ELEMENT_REFERENCE} reads, without the codec's indirection. */
  static ElementReference readReference(Input in) throws IOException {
    return in.parsed("element reference", REFERENCE_TEXTS, ElementReference::parse);
  }

  /**
   * Reads one of a stated timeframe's intervals: a timeframe, or null for a range written end first, which goes
   * to {@code inverted} as the timeframe from its end to its start.
   */
  private static Timeframe readInterval(Input in, List<Timeframe> inverted) throws IOException {
    String text = in.text(INTERVAL);
    int slash = text.indexOf('/');
    if (slash > 0) {
      Timeframe reversed = reversed(text, slash);
      if (reversed != null) {
        inverted.add(reversed);
        return null;
      }
    }
    return in.parsed(INTERVAL, Timeframe::parse);
  }

  /** The range written end first, as the timeframe from its end to its start; null if the text is none. */
  private static Timeframe reversed(String text, int slash) {
    try {
      Timeframe t = Timeframe.parse(text.substring(slash + 1) + "/" + text.substring(0, slash));
      return t.start().isBefore(t.end()) ? t : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Reads a stated timeframe: what {@link #STATED_TIMEFRAME} reads, without the codec's indirection. */
  static StatedTimeframe readStated(Input in) throws IOException {
    if (in.parser().currentToken() != Token.START_OBJECT) {
      return in.parsed("timeframe", STATED_TEXTS, StatedTimeframe::parse); // a blank text: an error at the value
    }
    String text = null;
    List<Timeframe> intervals = null;
    List<Timeframe> inverted = new ArrayList<>();
    Input.ObjectCursor fields = in.object(TIMEFRAME_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      if (f == 0) {
        text = in.text("timeframe text");
      } else {
        intervals = new ArrayList<>();
        for (in.enterArray("intervals"); in.nextElement("intervals"); ) {
          Timeframe interval = readInterval(in, inverted);
          if (interval != null) {
            intervals.add(interval);
          }
        }
      }
    }
    try {
      TextCodecs.requireField(text, "text");
      TextCodecs.requireField(intervals, "intervals");
      return StatedTimeframe.of(text, intervals, inverted);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("stated timeframe", fields.start(), e);
    }
  }
}
