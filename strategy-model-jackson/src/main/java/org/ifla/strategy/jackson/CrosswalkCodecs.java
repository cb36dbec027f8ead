package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
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
  /** The {@code format} of a crosswalk document. */
  static final String CROSSWALK_FORMAT = "ifla-strategy-crosswalk";

  private static final List<String> CROSSWALK_FIELDS = List.of("format", "formatVersion", "fromEdition",
      "toEdition", "mappings");
  private static final List<String> MAPPING_FIELDS = List.of("source", "kind", "target", "rationale");
  private static final List<String> CATALOG_FIELDS = List.of("crosswalks");

  static final Codec<MappingKind> MAPPING_KIND = Codec.of(MappingKind.class,
      (value, out) -> out.writeString(Names.of(value)), in -> in.constant("mapping kind", MappingKind.class));
  static final Codec<Mapping> MAPPING = Codec.of(Mapping.class, CrosswalkCodecs::writeMapping,
      CrosswalkCodecs::readMapping);
  static final Codec<Crosswalk> CROSSWALK = Codec.of(Crosswalk.class, CrosswalkCodecs::writeCrosswalk,
      CrosswalkCodecs::readCrosswalk);
  static final Codec<CrosswalkCatalog> CATALOG = Codec.of(CrosswalkCatalog.class, CrosswalkCodecs::writeCatalog,
      CrosswalkCodecs::readCatalog);

  static final ImmutableList<Codec<?>> ALL = ImmutableList.of(MAPPING_KIND, MAPPING, CROSSWALK, CATALOG);

  private CrosswalkCodecs() {}

  private static void writeMapping(Mapping m, JsonGenerator out) throws IOException {
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

  private static void writeCrosswalk(Crosswalk c, JsonGenerator out) throws IOException {
    out.writeStartObject();
    Header.write(out, CROSSWALK_FORMAT);
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

  private static void writeCatalog(CrosswalkCatalog catalog, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("crosswalks");
    for (Crosswalk c : catalog.crosswalks()) {
      writeCrosswalk(c, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static Mapping readMapping(Input in) throws IOException {
    ElementId[] source = {null};
    ElementId[] target = {null};
    MappingKind[] kind = {null};
    String[] rationale = {null};
    JsonLocation start = in.object("a mapping", MAPPING_FIELDS, name -> {
      switch (name) {
        case "source":
          source[0] = ScalarCodecs.ELEMENT_ID.read(in);
          return true;
        case "kind":
          kind[0] = MAPPING_KIND.read(in);
          return true;
        case "target":
          target[0] = ScalarCodecs.ELEMENT_ID.read(in);
          return true;
        case "rationale":
          rationale[0] = in.text("rationale");
          return true;
        default:
          return false;
      }
    });
    return in.build("mapping", start, () -> {
      TextCodecs.requireField(kind[0], "kind");
      TextCodecs.requireField(rationale[0], "rationale");
      switch (kind[0]) {
        case RETIRED:
          TextCodecs.requireField(source[0], "source");
          if (target[0] != null) {
            throw new IllegalArgumentException("a retired mapping has no target, but names " + target[0]);
          }
          return Mapping.retired(source[0], rationale[0]);
        case NEW:
          TextCodecs.requireField(target[0], "target");
          if (source[0] != null) {
            throw new IllegalArgumentException("a new mapping has no source, but names " + source[0]);
          }
          return Mapping.newElement(target[0], rationale[0]);
        default:
          TextCodecs.requireField(source[0], "source");
          TextCodecs.requireField(target[0], "target");
          return Mapping.of(source[0], kind[0], target[0], rationale[0]);
      }
    });
  }

  private static Crosswalk readCrosswalk(Input in) throws IOException {
    Crosswalk.Builder c = Crosswalk.builder();
    Header header = new Header(CROSSWALK_FORMAT);
    JsonLocation start = in.object("a crosswalk", CROSSWALK_FIELDS, name -> {
      switch (name) {
        case "format":
        case "formatVersion":
          header.read(in, name);
          return true;
        case "fromEdition":
          c.fromEdition(ScalarCodecs.EDITION_ID.read(in));
          return true;
        case "toEdition":
          c.toEdition(ScalarCodecs.EDITION_ID.read(in));
          return true;
        case "mappings":
          c.mappings(in.list("mappings", CrosswalkCodecs::readMapping));
          return true;
        default:
          return false;
      }
    });
    header.check(in, start);
    return in.build("crosswalk", start, c::build);
  }

  private static CrosswalkCatalog readCatalog(Input in) throws IOException {
    List<List<Crosswalk>> crosswalks = new ArrayList<>(1);
    JsonLocation start = in.object("a crosswalk catalog", CATALOG_FIELDS, name -> {
      if (name.equals("crosswalks")) {
        crosswalks.add(in.list("crosswalks", CrosswalkCodecs::readCrosswalk));
        return true;
      }
      return false;
    });
    return in.build("crosswalk catalog", start, () -> CrosswalkCatalog.of(crosswalks.isEmpty() ? List.of()
        : crosswalks.get(0)));
  }
}
