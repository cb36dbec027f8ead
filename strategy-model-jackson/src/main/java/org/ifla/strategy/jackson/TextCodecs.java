package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;

/**
 * {@code org.ifla.strategy.text} in documents.
 *
 * <p>A {@link LocalizedText} is an object from language tag to text: {@code {"en": "Vision", "zh": "愿景"}}. A
 * label that is not official wording is written as an object that says so:
 * {@code "zh": {"text": "愿景", "official": false}}. Tags are written in canonical form, in the order of the
 * text's labels.
 */
final class TextCodecs {
  private static final List<String> LABEL_FIELDS = List.of("language", "text", "official");
  private static final List<String> MARKED_FIELDS = List.of("text", "official");

  static final Codec<LocalizedText> LOCALIZED_TEXT = Codec.of(LocalizedText.class, TextCodecs::write,
      in -> read(in, "a localized text"));

  static final Codec<Label> LABEL = Codec.of(Label.class, TextCodecs::writeLabel, TextCodecs::readLabel);

  private static final SerializedString TEXT = Written.name("text");
  private static final SerializedString OFFICIAL = Written.name("official");

  private TextCodecs() {}

  static void write(LocalizedText text, JsonGenerator out) throws IOException {
    out.writeStartObject();
    List<Label> labels = text.labels();
    for (int i = 0, n = labels.size(); i < n; i++) {
      Label label = labels.get(i);
      Written.languageTag(label.languageTag(), out);
      if (label.isOfficial()) {
        out.writeString(label.text());
      } else {
        out.writeStartObject();
        out.writeFieldName(TEXT);
        out.writeString(label.text());
        out.writeFieldName(OFFICIAL);
        out.writeBoolean(false);
        out.writeEndObject();
      }
    }
    out.writeEndObject();
  }

  static void writeList(List<LocalizedText> texts, JsonGenerator out) throws IOException {
    out.writeStartArray();
    for (LocalizedText text : texts) {
      write(text, out);
    }
    out.writeEndArray();
  }

  static LocalizedText read(Input in, String what) throws IOException {
    LocalizedText.Builder labels = LocalizedText.builder();
    int[] count = {0};
    JsonLocation start = in.object(what + " (language tag to text)", List.of("a BCP 47 language tag"), tag -> {
      Label label;
      if (in.parser().currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        label = readMarked(in, tag);
      } else {
        String text = in.text("the " + tag + " text");
        label = in.build("label", in.parser().currentTokenLocation(), () -> Label.of(tag, text, true));
      }
      try {
        labels.add(label);
      } catch (IllegalArgumentException e) {
        throw in.fail("a second label for language " + label.languageTag());
      }
      count[0]++;
      return true;
    });
    if (count[0] == 0) {
      throw in.failAt(start, what + " needs at least one label");
    }
    return labels.build();
  }

  static ImmutableList<LocalizedText> readList(Input in, String what) throws IOException {
    return in.list("a list of " + what, i -> read(i, what));
  }

  /** A label written as an object: {@code {"text": ..., "official": false}} under its tag. */
  private static Label readMarked(Input in, String tag) throws IOException {
    return readLabelObject(in, tag);
  }

  private static void writeLabel(Label label, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("language", label.languageTag());
    out.writeStringField("text", label.text());
    out.writeBooleanField("official", label.isOfficial());
    out.writeEndObject();
  }

  private static Label readLabel(Input in) throws IOException {
    return readLabelObject(in, null);
  }

  /**
   * Reads a label object: under a language tag ({@code tag} given) it has {@code text} and {@code official};
   * standing alone ({@code tag} null) it also has {@code language}.
   */
  private static Label readLabelObject(Input in, String tag) throws IOException {
    String[] values = {tag, null};
    Boolean[] official = {null};
    JsonLocation start = in.object(tag == null ? "a label" : "a marked label",
        tag == null ? LABEL_FIELDS : MARKED_FIELDS, name -> {
          switch (name) {
            case "language":
              if (tag != null) {
                return false;
              }
              values[0] = in.text("language");
              return true;
            case "text":
              values[1] = in.text(tag == null ? "text" : "the " + tag + " text");
              return true;
            case "official":
              official[0] = in.bool("official");
              return true;
            default:
              return false;
          }
        });
    return in.build("label", start, () -> {
      requireField(values[0], "language");
      requireField(values[1], "text");
      requireField(official[0], "official");
      return Label.of(values[0], values[1], official[0]);
    });
  }

  /** Fails a build with the builders' own wording for a missing field, which {@link Names} says plainly. */
  static void requireField(Object value, String field) {
    if (value == null) {
      throw new IllegalStateException("some of required attributes are not set [" + field + "]");
    }
  }
}
