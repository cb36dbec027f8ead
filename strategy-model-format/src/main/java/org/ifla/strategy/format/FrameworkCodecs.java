package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.EditionId;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.ElementKind;
import org.ifla.strategy.framework.Enabler;
import org.ifla.strategy.framework.ImpactArea;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.MeasureOfSuccess;
import org.ifla.strategy.framework.Statement;
import org.ifla.strategy.framework.StrategicDirection;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.framework.TranslationCompleteness;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;

/**
 * {@code org.ifla.strategy.framework} in documents. An edition document is an object with the format header,
 * the edition's id, title, years and statements, and its areas; each area carries its kind
 * ({@code strategic-direction}, {@code impact-area}, {@code enabler}) and nests its key initiatives, measures
 * and overview items, which take their area from where they stand. See FORMAT.md.
 */
final class FrameworkCodecs {
  /** The version of edition documents this library writes, and the newest it reads. */
  static final int VERSION = 1;

  /** The {@code format} of an edition document. */
  static final String EDITION_FORMAT = "ifla-strategy-edition";

  private static final List<String> EDITION_FIELDS = List.of("format", "formatVersion", "id", "title",
      "firstYear", "lastYear", "vision", "mission", "theoryOfChange", "preamble", "fieldOutcomes", "areas");
  private static final List<String> AREA_FIELDS = List.of("kind", "id", "number", "title", "description",
      "keyInitiatives", "measuresOfSuccess", "overviewItems", "fieldOutcome", "successCriteria",
      "alternativeTitles");
  private static final List<String> STATEMENT_FIELDS = List.of("kind", "id", "number", "title", "description");
  private static final List<String> INITIATIVE_FIELDS = List.of("area", "id", "number", "title", "description");
  private static final List<String> MEASURE_FIELDS = List.of("area", "id", "number", "title");
  private static final List<String> CATALOG_FIELDS = List.of("editions");
  private static final List<String> COMPLETENESS_FIELDS = List.of("edition", "language", "elementCount",
      "missing", "titleMissing");
  /** The fields of an element on its own, of any kind: an area's and {@code area}, at the same indices. */
  private static final List<String> ELEMENT_FIELDS = ImmutableList.<String>builder().addAll(AREA_FIELDS)
      .add("area").build();
  private static final List<String> INITIATIVE_ALONE_FIELDS = List.of("kind", "area", "id", "number", "title",
      "description");
  private static final List<String> MEASURE_ALONE_FIELDS = List.of("kind", "area", "id", "number", "title");
  private static final Input.Fields ELEMENT_OBJECT = Input.Fields.of("a strategy element", ELEMENT_FIELDS);
  private static final Input.Fields EDITION_OBJECT = Input.Fields.of("an edition", EDITION_FIELDS);
  private static final Input.Fields AREA_OBJECT = Input.Fields.of("an area", AREA_FIELDS);
  private static final Input.Fields STATEMENT_OBJECT = Input.Fields.of("a statement", STATEMENT_FIELDS);
  private static final Input.Fields INITIATIVE_OBJECT = Input.Fields.of("a key initiative", INITIATIVE_FIELDS);
  private static final Input.Fields MEASURE_OBJECT = Input.Fields.of("a measure of success", MEASURE_FIELDS);
  private static final Input.Fields CATALOG_OBJECT = Input.Fields.of("an edition catalog", CATALOG_FIELDS);
  private static final Input.Fields COMPLETENESS_OBJECT = Input.Fields.of("a translation completeness",
      COMPLETENESS_FIELDS);

  static final Codec<StrategyEdition> EDITION = Codec.of(StrategyEdition.class, FrameworkCodecs::writeEdition,
      FrameworkCodecs::readEdition);
  static final Codec<StrategyArea> AREA = Codec.of(StrategyArea.class, FrameworkCodecs::writeArea,
      in -> readElement(in, AREA_OBJECT, null).buildArea());
  static final Codec<StrategicDirection> DIRECTION = Codec.of(StrategicDirection.class, FrameworkCodecs::writeArea,
      new ElementForm<>(StrategicDirection.class, "a strategic direction", AREA_FIELDS,
          k -> k == ElementKind.STRATEGIC_DIRECTION)::read);
  static final Codec<ImpactArea> IMPACT_AREA = Codec.of(ImpactArea.class, FrameworkCodecs::writeArea,
      new ElementForm<>(ImpactArea.class, "an impact area", AREA_FIELDS, k -> k == ElementKind.IMPACT_AREA)::read);
  static final Codec<Enabler> ENABLER = Codec.of(Enabler.class, FrameworkCodecs::writeArea,
      new ElementForm<>(Enabler.class, "an enabler", AREA_FIELDS, k -> k == ElementKind.ENABLER)::read);
  static final Codec<Statement> STATEMENT = Codec.of(Statement.class, (s, out) -> writeStatement(s, out, true),
      new ElementForm<>(Statement.class, "a statement", STATEMENT_FIELDS, ElementKind::isStatement)::read);
  static final Codec<KeyInitiative> KEY_INITIATIVE = Codec.of(KeyInitiative.class,
      (k, out) -> writeInitiative(k, out, true), new ElementForm<>(KeyInitiative.class, "a key initiative",
          INITIATIVE_ALONE_FIELDS, k -> k == ElementKind.KEY_INITIATIVE)::read);
  static final Codec<MeasureOfSuccess> MEASURE = Codec.of(MeasureOfSuccess.class,
      (m, out) -> writeMeasure(m, out, true), new ElementForm<>(MeasureOfSuccess.class, "a measure of success",
          MEASURE_ALONE_FIELDS, k -> k == ElementKind.MEASURE_OF_SUCCESS)::read);
  /** Any element, written as its own type is, and read by the {@code kind} it states. */
  static final Codec<StrategyElement> ELEMENT = Codec.of(StrategyElement.class, FrameworkCodecs::writeElement,
      new ElementForm<>(StrategyElement.class, "a strategy element", ELEMENT_FIELDS, k -> true)::read);
  static final Codec<EditionCatalog> CATALOG = Codec.of(EditionCatalog.class, FrameworkCodecs::writeCatalog,
      FrameworkCodecs::readCatalog);
  static final Codec<TranslationCompleteness> COMPLETENESS = Codec.of(TranslationCompleteness.class,
      FrameworkCodecs::writeCompleteness, FrameworkCodecs::readCompleteness);

  static final ImmutableList<Codec<?>> ALL = ImmutableList.of(EDITION, AREA, DIRECTION, IMPACT_AREA, ENABLER,
      STATEMENT, KEY_INITIATIVE, MEASURE, ELEMENT, CATALOG, COMPLETENESS);

  private FrameworkCodecs() {}

  // ---- writing --------------------------------------------------------------------------------------

  private static void writeEdition(StrategyEdition edition, TokenSink out) throws IOException {
    out.writeStartObject();
    Header.write(out, EDITION_FORMAT, VERSION);
    out.writeStringField("id", edition.id().toString());
    out.writeFieldName("title");
    TextCodecs.write(edition.title(), out);
    out.writeNumberField("firstYear", edition.firstYear());
    out.writeNumberField("lastYear", edition.lastYear());
    writeStatement("vision", edition.vision(), out);
    writeStatement("mission", edition.mission(), out);
    writeStatement("theoryOfChange", edition.theoryOfChange(), out);
    writeStatements("preamble", edition.preamble(), out);
    writeStatements("fieldOutcomes", edition.fieldOutcomes(), out);
    if (!edition.areas().isEmpty()) {
      out.writeArrayFieldStart("areas");
      for (StrategyArea area : edition.areas()) {
        writeArea(area, out);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static void writeArea(StrategyArea area, TokenSink out) throws IOException {
    out.writeStartObject();
    out.writeStringField("kind", Names.of(area.kind()));
    writeElementHead(area, out);
    writeText("description", area.description(), out);
    if (!area.keyInitiatives().isEmpty()) {
      out.writeArrayFieldStart("keyInitiatives");
      for (KeyInitiative ki : area.keyInitiatives()) {
        writeInitiative(ki, out, false);
      }
      out.writeEndArray();
    }
    if (!area.measuresOfSuccess().isEmpty()) {
      out.writeArrayFieldStart("measuresOfSuccess");
      for (MeasureOfSuccess m : area.measuresOfSuccess()) {
        writeMeasure(m, out, false);
      }
      out.writeEndArray();
    }
    if (!area.overviewItems().isEmpty()) {
      out.writeArrayFieldStart("overviewItems");
      for (Statement item : area.overviewItems()) {
        writeStatement(item, out, false);
      }
      out.writeEndArray();
    }
    writeText("fieldOutcome", area.fieldOutcome(), out);
    writeText("successCriteria", area.successCriteria(), out);
    if (!area.alternativeTitles().isEmpty()) {
      out.writeFieldName("alternativeTitles");
      TextCodecs.writeList(area.alternativeTitles(), out);
    }
    out.writeEndObject();
  }

  private static void writeElement(StrategyElement element, TokenSink out) throws IOException {
    if (element instanceof StrategyArea) {
      writeArea((StrategyArea) element, out);
    } else if (element instanceof Statement) {
      writeStatement((Statement) element, out, true);
    } else if (element instanceof KeyInitiative) {
      writeInitiative((KeyInitiative) element, out, true);
    } else if (element instanceof MeasureOfSuccess) {
      writeMeasure((MeasureOfSuccess) element, out, true);
    } else {
      throw new IllegalArgumentException("not one of the model's elements: " + element.getClass().getName());
    }
  }

  /** A kind's name with its article: "an impact-area", "a vision". */
  private static String article(String name) {
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  private static void writeElementHead(StrategyElement element, TokenSink out) throws IOException {
    out.writeStringField("id", element.id().toString());
    if (element.number().isPresent()) {
      out.writeStringField("number", element.number().get());
    }
    out.writeFieldName("title");
    TextCodecs.write(element.title(), out);
  }

  private static void writeStatement(String field, Optional<Statement> statement, TokenSink out)
      throws IOException {
    if (statement.isPresent()) {
      out.writeFieldName(field);
      writeStatement(statement.get(), out, false);
    }
  }

  private static void writeStatements(String field, List<Statement> statements, TokenSink out)
      throws IOException {
    if (!statements.isEmpty()) {
      out.writeArrayFieldStart(field);
      for (Statement s : statements) {
        writeStatement(s, out, false);
      }
      out.writeEndArray();
    }
  }

  private static void writeStatement(Statement statement, TokenSink out, boolean withKind)
      throws IOException {
    out.writeStartObject();
    if (withKind) {
      out.writeStringField("kind", Names.of(statement.kind()));
    }
    writeElementHead(statement, out);
    writeText("description", statement.description(), out);
    out.writeEndObject();
  }

  private static void writeInitiative(KeyInitiative ki, TokenSink out, boolean withArea) throws IOException {
    out.writeStartObject();
    if (withArea) {
      out.writeStringField("kind", Names.of(ElementKind.KEY_INITIATIVE));
      out.writeStringField("area", ki.area().toString());
    }
    writeElementHead(ki, out);
    writeText("description", ki.description(), out);
    out.writeEndObject();
  }

  private static void writeMeasure(MeasureOfSuccess m, TokenSink out, boolean withArea) throws IOException {
    out.writeStartObject();
    if (withArea) {
      out.writeStringField("kind", Names.of(ElementKind.MEASURE_OF_SUCCESS));
      out.writeStringField("area", m.area().toString());
    }
    writeElementHead(m, out);
    out.writeEndObject();
  }

  private static void writeText(String field, Optional<LocalizedText> text, TokenSink out)
      throws IOException {
    if (text.isPresent()) {
      out.writeFieldName(field);
      TextCodecs.write(text.get(), out);
    }
  }

  private static void writeCatalog(EditionCatalog catalog, TokenSink out) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("editions");
    for (StrategyEdition edition : catalog.editions()) {
      writeEdition(edition, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeCompleteness(TranslationCompleteness c, TokenSink out) throws IOException {
    out.writeStartObject();
    out.writeStringField("edition", c.edition().toString());
    out.writeStringField("language", c.languageTag().toString());
    if (c.titleMissing()) {
      out.writeBooleanField("titleMissing", true);
    }
    out.writeNumberField("elementCount", c.elementCount());
    out.writeArrayFieldStart("missing");
    for (ElementId id : c.missing()) {
      out.writeString(id.toString());
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  // ---- reading --------------------------------------------------------------------------------------

  private static StrategyEdition readEdition(Input in) throws IOException {
    StrategyEdition.Builder edition = StrategyEdition.builder();
    Header header = new Header(EDITION_FORMAT, VERSION);
    Input.ObjectCursor fields = in.object(EDITION_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // format
        case 1: // formatVersion
          header.read(in, f == 0 ? "format" : "formatVersion");
          break;
        case 2: // id
          edition.id(ScalarCodecs.EDITION_ID.read(in));
          break;
        case 3: // title
          edition.title(TextCodecs.read(in, "title"));
          break;
        case 4: // firstYear
          edition.firstYear(in.integer("firstYear"));
          break;
        case 5: // lastYear
          edition.lastYear(in.integer("lastYear"));
          break;
        case 6: // vision
          edition.vision(readStatement(in, ElementKind.VISION));
          break;
        case 7: // mission
          edition.mission(readStatement(in, ElementKind.MISSION));
          break;
        case 8: // theoryOfChange
          edition.theoryOfChange(readStatement(in, ElementKind.THEORY_OF_CHANGE));
          break;
        case 9: // preamble
          edition.preamble(in.list("preamble", i -> readStatement(i, ElementKind.PREAMBLE)));
          break;
        case 10: // fieldOutcomes
          edition.fieldOutcomes(in.list("fieldOutcomes", i -> readStatement(i, ElementKind.FIELD_OUTCOME)));
          break;
        default: // 11, areas
          edition.areas(in.list("areas", i -> readElement(i, AREA_OBJECT, null).buildArea()));
          break;
      }
    }
    header.check(in, fields.start());
    try {
      return edition.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("edition", fields.start(), e);
    }
  }

  /**
   * An element being read, an area in an edition or any element on its own: its kind picks the type once the
   * whole object is read, so that {@code kind} may stand anywhere in the object.
   */
  private static final class ElementParts {
    final Input in;
    Object start;
    ElementKind kind;
    final StrategicDirection.Builder fields = StrategicDirection.builder();
    ElementId id;
    ElementId statedArea;
    String number;
    LocalizedText title;
    LocalizedText description;
    long present;
    List<Member<KeyInitiative>> initiatives = List.of();
    List<Member<MeasureOfSuccess>> measures = List.of();

    ElementParts(Input in) {
      this.in = in;
    }

    StrategyArea buildArea() throws IOException {
      if (id != null) {
        for (Member<KeyInitiative> ki : initiatives) {
          fields.addKeyInitiatives(ki.build(id));
        }
        for (Member<MeasureOfSuccess> m : measures) {
          fields.addMeasuresOfSuccess(m.build(id));
        }
      }
      return in.build("area", start, () -> {
        TextCodecs.requireField(kind, "kind");
        TextCodecs.requireField(id, "id");
        StrategicDirection area = fields.id(id).build();
        switch (kind) {
          case STRATEGIC_DIRECTION:
            return area;
          case IMPACT_AREA:
            return ImpactArea.builder().from(area).build();
          case ENABLER:
            return Enabler.builder().from(area).build();
          default:
            throw new IllegalStateException("kind " + Names.of(kind) + " is not an area kind; expected one of "
                + "strategic-direction, impact-area, enabler");
        }
      });
    }

    /** Builds the element on its own, of the form's type; its fields checked against those its kind has. */
    <T extends StrategyElement> T build(ElementForm<T> form) throws IOException {
      if (kind == null) {
        kind = form.implied;
        if (kind == null) {
          throw in.failAt(start, "missing required field kind (one of " + form.kindNames + ")");
        }
      }
      long allowed = allowedFields(kind);
      if ((present & ~allowed) != 0) {
        String field = ELEMENT_FIELDS.get(Long.numberOfTrailingZeros(present & ~allowed));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ELEMENT_FIELDS.size(); i++) {
          if ((allowed & (1L << i)) != 0) {
            names.add(ELEMENT_FIELDS.get(i));
          }
        }
        throw in.failAt(start, article(Names.of(kind)) + " has no field " + Input.quote(field) + "; its fields are "
            + String.join(", ", names));
      }
      StrategyElement element;
      if (kind.isArea()) {
        element = buildArea();
      } else if (kind.isStatement()) {
        element = in.build("statement", start, () -> {
          Statement.Builder b = Statement.builder().kind(kind).number(Optional.ofNullable(number))
              .description(Optional.ofNullable(description));
          if (id != null) {
            b.id(id);
          }
          if (title != null) {
            b.title(title);
          }
          return b.build();
        });
      } else {
        requireSeen(in, start, new boolean[] {id != null, title != null}, "id", "title");
        element = in.build(Names.of(kind).replace('-', ' '), start, () -> {
          TextCodecs.requireField(statedArea, "area");
          if (kind == ElementKind.KEY_INITIATIVE) {
            return KeyInitiative.builder().area(statedArea).id(id).number(Optional.ofNullable(number))
                .title(title).description(Optional.ofNullable(description)).build();
          }
          return MeasureOfSuccess.builder().area(statedArea).id(id).number(Optional.ofNullable(number))
              .title(title).build();
        });
      }
      return form.type.cast(element);
    }
  }

  /** The fields, one bit per index of {@link #ELEMENT_FIELDS}, that an element of the kind has on its own. */
  private static long allowedFields(ElementKind kind) {
    List<String> names = kind.isArea() ? AREA_FIELDS : kind.isStatement() ? STATEMENT_FIELDS
        : kind == ElementKind.KEY_INITIATIVE ? INITIATIVE_ALONE_FIELDS : MEASURE_ALONE_FIELDS;
    long mask = 0;
    for (String name : names) {
      mask |= 1L << ELEMENT_FIELDS.indexOf(name);
    }
    return mask;
  }

  /**
   * How an element standing on its own is read as a declared type: the kinds the type has, and the kind taken
   * when the object states none (only where the type has a single kind).
   */
  static final class ElementForm<T extends StrategyElement> {
    final Class<T> type;
    final Input.Fields fields;
    final Predicate<ElementKind> kinds;
    final ElementKind implied;
    final String kindNames;

    ElementForm(Class<T> type, String what, List<String> shown, Predicate<ElementKind> kinds) {
      this.type = type;
      this.fields = ELEMENT_OBJECT.showing(what, shown, false);
      this.kinds = kinds;
      List<ElementKind> matching = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (ElementKind kind : ElementKind.values()) {
        if (kinds.test(kind)) {
          matching.add(kind);
          names.add(Names.of(kind));
        }
      }
      this.implied = matching.size() == 1 ? matching.get(0) : null;
      this.kindNames = String.join(", ", names);
    }

    /** Reads the element. */
    T read(Input in) throws IOException {
      return readElement(in, fields, this).build(this);
    }
  }

  /**
   * Reads an element's fields: an area's in an edition ({@code form} null: {@link #AREA_OBJECT}), or any
   * element's on its own.
   */
  private static ElementParts readElement(Input in, Input.Fields objectFields, ElementForm<?> form)
      throws IOException {
    ElementParts element = new ElementParts(in);
    StrategicDirection.Builder b = element.fields;
    Input.ObjectCursor fields = in.object(objectFields);
    element.start = fields.start();
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // kind
          element.kind = ScalarCodecs.ELEMENT_KIND.read(in);
          if (form == null ? !element.kind.isArea() : !form.kinds.test(element.kind)) {
            throw in.fail("kind " + Names.of(element.kind) + " is not " + (form == null ? "an area kind"
                : "a kind of " + form.type.getSimpleName()) + "; expected one of " + (form == null
                ? "strategic-direction, impact-area, enabler" : form.kindNames));
          }
          break;
        case 1: // id
          element.id = ScalarCodecs.ELEMENT_ID.read(in);
          break;
        case 2: // number
          element.number = in.text("number");
          b.number(element.number);
          break;
        case 3: // title
          element.title = TextCodecs.read(in, "title");
          b.title(element.title);
          break;
        case 4: // description
          element.description = TextCodecs.read(in, "description");
          b.description(element.description);
          break;
        case 5: // keyInitiatives
          element.initiatives = in.list("keyInitiatives", FrameworkCodecs::readInitiative);
          break;
        case 6: // measuresOfSuccess
          element.measures = in.list("measuresOfSuccess", FrameworkCodecs::readMeasure);
          break;
        case 7: // overviewItems
          b.overviewItems(in.list("overviewItems", i -> readStatement(i, ElementKind.OVERVIEW_ITEM)));
          break;
        case 8: // fieldOutcome
          b.fieldOutcome(TextCodecs.read(in, "fieldOutcome"));
          break;
        case 9: // successCriteria
          b.successCriteria(TextCodecs.read(in, "successCriteria"));
          break;
        case 10: // alternativeTitles
          b.alternativeTitles(TextCodecs.readList(in, "alternativeTitles"));
          break;
        default: // 11, area, only on its own
          element.statedArea = ScalarCodecs.ELEMENT_ID.read(in);
          break;
      }
    }
    element.present = fields.seen();
    return element;
  }

  /**
   * Reads a statement; its kind is the one its place implies, or, where nothing implies one, the one it
   * states.
   */
  private static Statement readStatement(Input in, ElementKind implied) throws IOException {
    Statement.Builder b = Statement.builder();
    ElementKind kind = implied;
    Input.ObjectCursor fields = in.object(STATEMENT_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // kind
          ElementKind stated = ScalarCodecs.ELEMENT_KIND.read(in);
          if (implied != null && stated != implied) {
            throw in.fail("a " + Names.of(stated) + " cannot stand where a " + Names.of(implied)
                + " is expected");
          }
          kind = stated;
          break;
        case 1: // id
          b.id(ScalarCodecs.ELEMENT_ID.read(in));
          break;
        case 2: // number
          b.number(in.text("number"));
          break;
        case 3: // title
          b.title(TextCodecs.read(in, "title"));
          break;
        default: // 4, description
          b.description(TextCodecs.read(in, "description"));
          break;
      }
    }
    try {
      TextCodecs.requireField(kind, "kind");
      return b.kind(kind).build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("statement", fields.start(), e);
    }
  }

  /**
   * A key initiative or measure being read inside an area: it is built once the area's id is known, which may
   * come after it in the document.
   */
  private static final class Member<T> {
    final Input in;
    final String what;
    final Object start;
    final ElementId statedArea;
    final Function<ElementId, T> builder;

    Member(Input in, String what, Object start, ElementId statedArea, Function<ElementId, T> builder) {
      this.in = in;
      this.what = what;
      this.start = start;
      this.statedArea = statedArea;
      this.builder = builder;
    }

    /** Builds it in the given area, or, standing alone (null), in the area it states. */
    T build(ElementId parent) throws IOException {
      return in.build(what, start, () -> {
        TextCodecs.requireField(parent == null ? statedArea : parent, "area");
        if (parent != null && statedArea != null && !statedArea.equals(parent)) {
          throw new IllegalStateException(what + " names area " + statedArea + " but stands in area " + parent);
        }
        return builder.apply(parent == null ? statedArea : parent);
      });
    }
  }

  private static Member<KeyInitiative> readInitiative(Input in) throws IOException {
    KeyInitiative.Builder b = KeyInitiative.builder();
    ElementId area = null;
    boolean[] seen = new boolean[2];
    Input.ObjectCursor fields = in.object(INITIATIVE_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // area
          area = ScalarCodecs.ELEMENT_ID.read(in);
          break;
        case 1: // id
          b.id(ScalarCodecs.ELEMENT_ID.read(in));
          seen[0] = true;
          break;
        case 2: // number
          b.number(in.text("number"));
          break;
        case 3: // title
          b.title(TextCodecs.read(in, "title"));
          seen[1] = true;
          break;
        default: // 4, description
          b.description(TextCodecs.read(in, "description"));
          break;
      }
    }
    requireSeen(in, fields.start(), seen, "id", "title");
    return new Member<>(in, "key initiative", fields.start(), area, id -> b.area(id).build());
  }

  private static Member<MeasureOfSuccess> readMeasure(Input in) throws IOException {
    MeasureOfSuccess.Builder b = MeasureOfSuccess.builder();
    ElementId area = null;
    boolean[] seen = new boolean[2];
    Input.ObjectCursor fields = in.object(MEASURE_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // area
          area = ScalarCodecs.ELEMENT_ID.read(in);
          break;
        case 1: // id
          b.id(ScalarCodecs.ELEMENT_ID.read(in));
          seen[0] = true;
          break;
        case 2: // number
          b.number(in.text("number"));
          break;
        default: // 3, title
          b.title(TextCodecs.read(in, "title"));
          seen[1] = true;
          break;
      }
    }
    requireSeen(in, fields.start(), seen, "id", "title");
    return new Member<>(in, "measure of success", fields.start(), area, id -> b.area(id).build());
  }

  /** Fails at the object when a required field was not seen. */
  private static void requireSeen(Input in, Object start, boolean[] seen, String... fields)
      throws IOException {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      if (!seen[i]) {
        missing.add(fields[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw in.failAt(start, (missing.size() == 1 ? "missing required field " : "missing required fields ")
          + String.join(", ", missing));
    }
  }

  private static EditionCatalog readCatalog(Input in) throws IOException {
    List<StrategyEdition> editions = List.of();
    Input.ObjectCursor fields = in.object(CATALOG_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      editions = in.list("editions", FrameworkCodecs::readEdition); // 0, the only field
    }
    try {
      return EditionCatalog.of(editions);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("edition catalog", fields.start(), e);
    }
  }

  private static TranslationCompleteness readCompleteness(Input in) throws IOException {
    EditionId edition = null;
    String language = null;
    Integer count = null;
    boolean titleMissing = false;
    List<ElementId> missing = List.of();
    Input.ObjectCursor fields = in.object(COMPLETENESS_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // edition
          edition = ScalarCodecs.EDITION_ID.read(in);
          break;
        case 1: // language
          language = in.text("language");
          break;
        case 2: // elementCount
          count = in.integer("elementCount");
          break;
        case 3: // missing
          missing = in.list("missing", ScalarCodecs.ELEMENT_ID::read);
          break;
        default: // 4, titleMissing
          titleMissing = in.bool("titleMissing");
          break;
      }
    }
    try {
      TextCodecs.requireField(edition, "edition");
      TextCodecs.requireField(language, "language");
      TextCodecs.requireField(count, "elementCount");
      return TranslationCompleteness.of(edition, LanguageTag.of(language), titleMissing, count, missing);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("translation completeness", fields.start(), e);
    }
  }
}
