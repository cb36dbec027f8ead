package org.ifla.strategy.format;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.ifla.strategy.text.Provenance;

/**
 * {@code org.ifla.strategy.text} in documents.
 *
 * <p>A {@link LocalizedText} is an object from language tag to text: {@code {"en": "Vision", "zh": "愿景"}}. A
 * label that is not official wording, or names its source, is written as an object that says so:
 * {@code "zh": {"text": "愿景", "provenance": "quoted", "source": "seed 004"}}. Tags are written in canonical
 * form, in the order of the text's labels. A label's provenance and source are written and read in one place,
 * {@link #writeProvenance} and {@link #readLabelObject}; the form of format versions before provenance,
 * {@code "official": false}, is still read (as rendered, naming no source).
 */
final class TextCodecs {
  private static final List<String> LABEL_FIELDS = List.of("language", "text", "provenance", "source",
      "official");
  private static final List<String> MARKED_FIELDS = List.of("text", "provenance", "source", "official");
  private static final Input.Constants<Provenance> PROVENANCES = Input.Constants.of(Provenance.class);
  private static final Input.Fields LABEL_OBJECT = Input.Fields.of("a label", LABEL_FIELDS);
  private static final Input.Fields MARKED_OBJECT = Input.Fields.of("a marked label", MARKED_FIELDS);

  static final Codec<LocalizedText> LOCALIZED_TEXT = Codec.of(LocalizedText.class, TextCodecs::write,
      in -> read(in, "a localized text"));

  static final Codec<Label> LABEL = Codec.of(Label.class, TextCodecs::writeLabel, TextCodecs::readLabel);

  private static final Name TEXT = Written.name("text");
  private static final Name PROVENANCE = Written.name("provenance");
  private static final Name SOURCE = Written.name("source");

  private TextCodecs() {}

  static void write(LocalizedText text, TokenSink out) throws IOException {
    out.writeStartObject();
    List<Label> labels = text.labels();
    for (int i = 0, n = labels.size(); i < n; i++) {
      Label label = labels.get(i);
      out.writeLanguageTag(label.languageTag().toString());
      if (label.isOfficial() && label.source().isEmpty()) {
        out.writeString(label.text());
      } else {
        out.writeStartObject();
        out.writeFieldName(TEXT);
        out.writeString(label.text());
        writeProvenance(label, out);
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
          label = Label.official(LanguageTag.of(tag), text);
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

  /** A label written as an object: {@code {"text": ..., "provenance": ..., "source": ...}} under its tag. */
  private static Label readMarked(Input in, String tag) throws IOException {
    return readLabelObject(in, tag);
  }

  private static void writeLabel(Label label, TokenSink out) throws IOException {
    out.writeStartObject();
    out.writeStringField("language", label.languageTag().toString());
    out.writeFieldName(TEXT);
    out.writeString(label.text());
    writeProvenance(label, out);
    out.writeEndObject();
  }

  /** Writes a label's provenance and, if it names one, its source: the one place that writes them. */
  private static void writeProvenance(Label label, TokenSink out) throws IOException {
    out.writeFieldName(PROVENANCE);
    out.writeConstant(label.provenance());
    if (label.source().isPresent()) {
      out.writeFieldName(SOURCE);
      out.writeString(label.source().get());
    }
  }

  private static Label readLabel(Input in) throws IOException {
    return readLabelObject(in, null);
  }

  /**
   * Reads a label object: under a language tag ({@code tag} given) it has {@code text}, {@code provenance} and
   * optionally {@code source}; standing alone ({@code tag} null) it also has {@code language}. The
   * {@code official} of earlier versions is read in place of {@code provenance}: true is official, false
   * rendered. The one place that reads provenance and source.
   */
  private static Label readLabelObject(Input in, String tag) throws IOException {
    String language = tag;
    String text = null;
    Provenance provenance = null;
    String source = null;
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
        case 2:
          provenance = in.constant("provenance", PROVENANCES);
          break;
        case 3:
          source = in.text("source");
          break;
        default: // 4
          official = in.bool("official");
          break;
      }
    }
    try {
      requireField(language, "language");
      requireField(text, "text");
      if (official != null) {
        checkArgument(provenance == null,
            "a label has a provenance or, as written before provenances, an official mark, not both");
        provenance = official ? Provenance.OFFICIAL : Provenance.RENDERED;
      } else {
        requireField(provenance, "provenance");
      }
      LanguageTag languageTag = LanguageTag.of(language);
      return source == null ? Label.of(languageTag, text, provenance)
          : Label.of(languageTag, text, provenance, source);
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
