package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  private static final Input.Fields LABEL_OBJECT = Input.Fields.of("a label", LABEL_FIELDS);
  private static final Input.Fields MARKED_OBJECT = Input.Fields.of("a marked label", MARKED_FIELDS);

  static final Codec<LocalizedText> LOCALIZED_TEXT = Codec.of(LocalizedText.class, TextCodecs::write,
      in -> read(in, "a localized text"));

  static final Codec<Label> LABEL = Codec.of(Label.class, TextCodecs::writeLabel, TextCodecs::readLabel);

  private static final Name TEXT = Written.name("text");
  private static final Name OFFICIAL = Written.name("official");

  private TextCodecs() {}

  static void write(LocalizedText text, TokenSink out) throws IOException {
    out.writeStartObject();
    List<Label> labels = text.labels();
    for (int i = 0, n = labels.size(); i < n; i++) {
      Label label = labels.get(i);
      out.writeLanguageTag(label.languageTag());
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

  static void writeList(List<LocalizedText> texts, TokenSink out) throws IOException {
    out.writeStartArray();
    for (LocalizedText text : texts) {
      write(text, out);
    }
    out.writeEndArray();
  }

  static LocalizedText read(Input in, String what) throws IOException {
    TokenSource parser = in.parser();
    Object context = in.lateStart(); // where the text starts, for an empty one
    Object start = context == null ? parser.currentTokenLocation() : null;
    Token token = in.enterLocalizedText(what);
    // the first two labels kept apart, the others in a builder: most texts have one label or two
    Label one = null;
    Label two = null;
    LocalizedText.Builder labels = null;
    // the tags as written, for repeated ones (Jackson's duplicate check, which StrategyJson leaves to readers)
    String first = null;
    String second = null;
    Set<String> more = null;
    int count = 0;
    for (; token == Token.FIELD_NAME; token = parser.nextToken()) {
      String tag = parser.currentName();
      if (count == 0) {
        first = tag;
      } else if (tag.equals(first)) {
        throw in.duplicate(tag);
      } else if (count == 1) {
        second = tag;
      } else if (tag.equals(second)) {
        throw in.duplicate(tag);
      } else {
        if (more == null) {
          more = new HashSet<>();
        }
        if (!more.add(tag)) {
          throw in.duplicate(tag);
        }
      }
      Label label;
      if (parser.nextToken() == Token.START_OBJECT) {
        label = readMarked(in, tag);
      } else {
        String text = in.text("the ", tag, " text");
        try {
          label = Label.of(tag, text, true);
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
          throw in.invalid("label", parser.currentTokenLocation(), e);
        }
      }
      if (count == 0) {
        one = label;
      } else if (count == 1) {
        if (label.languageTag().equals(one.languageTag())) {
          throw in.fail("a second label for language " + label.languageTag());
        }
        two = label;
      } else {
        if (labels == null) {
          labels = LocalizedText.builder().add(one).add(two);
        }
        try {
          labels.add(label);
        } catch (IllegalArgumentException e) {
          throw in.fail("a second label for language " + label.languageTag());
        }
      }
      count++;
    }
    in.endLocalizedText(token, what);
    switch (count) {
      case 0:
        throw in.failAt(start != null ? start : in.startOf(context), what + " needs at least one label");
      case 1:
        return LocalizedText.of(one);
      case 2:
        return LocalizedText.of(one, two);
      default:
        return labels.build();
    }
  }

  static ImmutableList<LocalizedText> readList(Input in, String what) throws IOException {
    return in.list("a list of " + what, i -> read(i, what));
  }

  /** A label written as an object: {@code {"text": ..., "official": false}} under its tag. */
  private static Label readMarked(Input in, String tag) throws IOException {
    return readLabelObject(in, tag);
  }

  private static void writeLabel(Label label, TokenSink out) throws IOException {
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
    String language = tag;
    String text = null;
    Boolean official = null;
    Input.ObjectCursor fields = in.object(tag == null ? LABEL_OBJECT : MARKED_OBJECT);
    int offset = tag == null ? 0 : 1; // a marked label has no language field
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f + offset) {
        case 0:
          language = in.text("language");
          break;
        case 1:
          text = tag == null ? in.text("text") : in.text("the ", tag, " text");
          break;
        default: // 2
          official = in.bool("official");
          break;
      }
    }
    try {
      requireField(language, "language");
      requireField(text, "text");
      requireField(official, "official");
      return Label.of(language, text, official);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("label", fields.start(), e);
    }
  }

  /** Fails a build with the builders' own wording for a missing field, which {@link Names} says plainly. */
  static void requireField(Object value, String field) {
    if (value == null) {
      throw new IllegalStateException("some of required attributes are not set [" + field + "]");
    }
  }
}
