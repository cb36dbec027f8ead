package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import org.ifla.strategy.framework.Crosswalk;
import org.ifla.strategy.framework.CrosswalkCatalog;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.Mapping;
import org.ifla.strategy.framework.MappingKind;

/**
 * Crosswalks in documents. A crosswalk document is an object with the format header, {@code fromEdition},
 * {@code toEdition} and its {@code mappings}; a mapping has {@code source}, {@code kind}, {@code target} and
 * {@code rationale}, the source left out for {@code new} and the target for {@code retired}. A catalog of
 * crosswalks is {@code {"crosswalks": [...]}}. See FORMAT.md.
 */
final class CrosswalkCodecs {
  /** The version of crosswalk documents this library writes, and the newest it reads. */
  static final int VERSION = 1;

  /** The {@code format} of a crosswalk document. */
  static final String CROSSWALK_FORMAT = "ifla-strategy-crosswalk";

  private static final List<String> CROSSWALK_FIELDS = List.of("format", "formatVersion", "fromEdition",
      "toEdition", "mappings");
  private static final List<String> MAPPING_FIELDS = List.of("source", "kind", "target", "rationale");
  private static final List<String> CATALOG_FIELDS = List.of("crosswalks");
  private static final Input.Fields CROSSWALK_OBJECT = Input.Fields.of("a crosswalk", CROSSWALK_FIELDS);
  private static final Input.Fields MAPPING_OBJECT = Input.Fields.of("a mapping", MAPPING_FIELDS);
  private static final Input.Fields CATALOG_OBJECT = Input.Fields.of("a crosswalk catalog", CATALOG_FIELDS);

  private static final Input.Constants<MappingKind> MAPPING_KINDS = Input.Constants.of(MappingKind.class);

  static final Codec<MappingKind> MAPPING_KIND = Codec.of(MappingKind.class,
      (value, out) -> out.writeString(Names.of(value)), in -> in.constant("mapping kind", MAPPING_KINDS));
  static final Codec<Mapping> MAPPING = Codec.of(Mapping.class, CrosswalkCodecs::writeMapping,
      CrosswalkCodecs::readMapping);
  static final Codec<Crosswalk> CROSSWALK = Codec.of(Crosswalk.class, CrosswalkCodecs::writeCrosswalk,
      CrosswalkCodecs::readCrosswalk);
  static final Codec<CrosswalkCatalog> CATALOG = Codec.of(CrosswalkCatalog.class, CrosswalkCodecs::writeCatalog,
      CrosswalkCodecs::readCatalog);

  static final ImmutableList<Codec<?>> ALL = ImmutableList.of(MAPPING_KIND, MAPPING, CROSSWALK, CATALOG);

  private CrosswalkCodecs() {}

  private static void writeMapping(Mapping m, TokenSink out) throws IOException {
    out.writeStartObject();
    if (m.source().isPresent()) {
      out.writeStringField("source", m.source().get().toString());
    }
    out.writeStringField("kind", Names.of(m.kind()));
    if (m.target().isPresent()) {
      out.writeStringField("target", m.target().get().toString());
    }
    out.writeStringField("rationale", m.rationale());
    out.writeEndObject();
  }

  private static void writeCrosswalk(Crosswalk c, TokenSink out) throws IOException {
    out.writeStartObject();
    Header.write(out, CROSSWALK_FORMAT, VERSION);
    out.writeStringField("fromEdition", c.fromEdition().toString());
    out.writeStringField("toEdition", c.toEdition().toString());
    if (!c.mappings().isEmpty()) {
      out.writeArrayFieldStart("mappings");
      for (Mapping m : c.mappings()) {
        writeMapping(m, out);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static void writeCatalog(CrosswalkCatalog catalog, TokenSink out) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("crosswalks");
    for (Crosswalk c : catalog.crosswalks()) {
      writeCrosswalk(c, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static Mapping readMapping(Input in) throws IOException {
    ElementId source = null;
    ElementId target = null;
    MappingKind kind = null;
    String rationale = null;
    Input.ObjectCursor fields = in.object(MAPPING_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // source
          source = ScalarCodecs.ELEMENT_ID.read(in);
          break;
        case 1: // kind
          kind = MAPPING_KIND.read(in);
          break;
        case 2: // target
          target = ScalarCodecs.ELEMENT_ID.read(in);
          break;
        default: // 3, rationale
          rationale = in.text("rationale");
          break;
      }
    }
    try {
      TextCodecs.requireField(kind, "kind");
      TextCodecs.requireField(rationale, "rationale");
      switch (kind) {
        case RETIRED:
          TextCodecs.requireField(source, "source");
          if (target != null) {
            throw new IllegalArgumentException("a retired mapping has no target, but names " + target);
          }
          return Mapping.retired(source, rationale);
        case NEW:
          TextCodecs.requireField(target, "target");
          if (source != null) {
            throw new IllegalArgumentException("a new mapping has no source, but names " + source);
          }
          return Mapping.newElement(target, rationale);
        default:
          TextCodecs.requireField(source, "source");
          TextCodecs.requireField(target, "target");
          return Mapping.of(source, kind, target, rationale);
      }
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("mapping", fields.start(), e);
    }
  }

  private static Crosswalk readCrosswalk(Input in) throws IOException {
    Crosswalk.Builder c = Crosswalk.builder();
    Header header = new Header(CROSSWALK_FORMAT, VERSION);
    Input.ObjectCursor fields = in.object(CROSSWALK_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // format
        case 1: // formatVersion
          header.read(in, f == 0 ? "format" : "formatVersion");
          break;
        case 2: // fromEdition
          c.fromEdition(ScalarCodecs.EDITION_ID.read(in));
          break;
        case 3: // toEdition
          c.toEdition(ScalarCodecs.EDITION_ID.read(in));
          break;
        default: // 4, mappings
          c.mappings(in.list("mappings", CrosswalkCodecs::readMapping));
          break;
      }
    }
    header.check(in, fields.start());
    try {
      return c.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("crosswalk", fields.start(), e);
    }
  }

  private static CrosswalkCatalog readCatalog(Input in) throws IOException {
    List<Crosswalk> crosswalks = List.of();
    Input.ObjectCursor fields = in.object(CATALOG_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      crosswalks = in.list("crosswalks", CrosswalkCodecs::readCrosswalk); // 0, the only field
    }
    try {
      return CrosswalkCatalog.of(crosswalks);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("crosswalk catalog", fields.start(), e);
    }
  }
}
