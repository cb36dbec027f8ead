package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the model's values from a parser positioned on them, and reports what is wrong with the place it is
 * wrong at. One instance per value being read; cheap.
 *
 * <p>Texts are read exactly: in JSON only strings are texts; in YAML any scalar is, with the text as written
 * (so {@code no}, {@code on}, {@code 4.10} stay what they were). Null is never a value: a field that has
 * nothing is left out.
 *
 * <p>An unknown field is an error, unless the value is read through a caller's mapper whose configuration says
 * otherwise: with {@code FAIL_ON_UNKNOWN_PROPERTIES} disabled, or with a {@code DeserializationProblemHandler}
 * registered, the source leaves the field to the mapper ({@link TokenSource#skipUnknownField}), which lets a
 * handler deal with it or skips it. Nothing else of the format bends to the mapper.
 */
final class Input {
  /** Reads one value from the parser, which is on the value's first token. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(Input in) throws IOException;
  }

  private static final String LOCALIZED_TEXT = " (language tag to text)";
  private static final int QUOTE_LIMIT = 40;
  private static final int DETAIL_LIMIT = 160;

  private final TokenSource parser;
  private final boolean yaml;

  Input(TokenSource parser) {
    this.parser = parser;
    this.yaml = parser.isYaml();
  }

  TokenSource parser() {
    return parser;
  }

  /** Whether the document is YAML. */
  boolean isYaml() {
    return yaml;
  }

  /**
   * What {@link ObjectCursor#next()} returns for an extension, a field named {@code x-} and a name, in an object
   * whose fields allow extensions ({@link Fields#withExtensions()}); beyond every field's index.
   */
  static final int EXTENSION = Long.SIZE;

  /** The prefix of an extension's name. */
  static final String EXTENSION_PREFIX = "x-";

  /**
   * The fields of one kind of object, by index, for {@link #object(Fields)}: at most 64, each at most once.
   * Immutable; share instances.
   */
  static final class Fields {
    private final String what;
    private final String[] names;
    private final List<String> list;
    private final boolean extensions;
    private final boolean listsExtensions;

    private Fields(String what, String[] names, List<String> list, boolean extensions, boolean listsExtensions) {
      this.what = what;
      this.names = names;
      this.list = list;
      this.extensions = extensions;
      this.listsExtensions = listsExtensions;
    }

    private Fields(String what, List<String> names) {
      if (names.size() > Long.SIZE) {
        throw new IllegalArgumentException("more than 64 fields");
      }
      this.what = what;
      this.list = List.copyOf(names);
      this.names = list.toArray(new String[0]);
      this.extensions = false;
      this.listsExtensions = false;
    }

    /** The fields of an object, {@code what} naming the object in errors ("an activity"). */
    static Fields of(String what, List<String> names) {
      return new Fields(what, names);
    }

    /**
     * The fields of an object given as index and name in turn ({@code 0, "number", 1, "title"}), so that the
     * constant a reader switches on stands next to its field's name: every index from 0 once, each with a name.
     */
    static Fields indexed(String what, Object... indexThenName) {
      String[] names = new String[indexThenName.length / 2];
      if (indexThenName.length % 2 != 0) {
        throw new IllegalArgumentException("an index without a name");
      }
      for (int i = 0; i < indexThenName.length; i += 2) {
        int index = (Integer) indexThenName[i];
        if (index < 0 || index >= names.length || names[index] != null) {
          throw new IllegalArgumentException("index " + index + " out of range or given twice");
        }
        names[index] = (String) indexThenName[i + 1];
      }
      return new Fields(what, List.of(names));
    }

    /** These fields, and extensions besides ({@link #EXTENSION}). */
    Fields withExtensions() {
      return new Fields(what, names, list, true, true);
    }

    /**
     * The same fields by index, but named in errors as {@code what} with only the {@code shown} fields listed,
     * and extensions among them only if {@code withExtensions}: the object as one version of a format has it.
     */
    Fields showing(String what, List<String> shown, boolean withExtensions) {
      for (String name : shown) {
        if (indexOf(name) < 0) {
          throw new IllegalArgumentException("not a field: " + name);
        }
      }
      return new Fields(what, names, List.copyOf(shown), extensions, extensions && withExtensions);
    }

    /** The index of the field of that name, or -1. */
    int indexOf(String name) {
      // Jackson interns field names, so the same string is usually this very one
      for (int i = 0; i < names.length; i++) {
        if (names[i] == name) {
          return i;
        }
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** Whether a field's name is an extension's: {@code x-} and at least one more character. */
  static boolean isExtension(String name) {
    return name.length() > EXTENSION_PREFIX.length() && name.startsWith(EXTENSION_PREFIX);
  }

  /**
   * Reads one object's fields in turn: {@code for (int f; (f = cursor.next()) >= 0; ) switch (f) ...}, the
   * field's value read by the caller in between. Refuses unknown and repeated fields. One per object; the way
   * every reader reads an object (a localized text, whose fields are language tags, is read with
   * {@link #enterLocalizedText} instead).
   */
  final class ObjectCursor {
    private Fields fields;
    private Object start;
    private final Object context;
    private boolean onField;
    private long seen;

    private ObjectCursor(Fields fields, Object start, Object context, boolean onField) {
      this.fields = fields;
      this.start = start;
      this.context = context;
      this.onField = onField;
    }

    /**
     * Moves to the next field's value and returns the field's index, or -1 at the end of the object, where the
     * parser is then on the END_OBJECT.
     */
    int next() throws IOException {
      Token token;
      if (onField) {
        onField = false;
        token = parser.currentToken();
      } else {
        token = parser.nextToken();
      }
      while (token == Token.FIELD_NAME) {
        String name = parser.currentName();
        int field = fields.indexOf(name);
        if (field >= 0) {
          long bit = 1L << field;
          if ((seen & bit) != 0) {
            throw duplicate(name);
          }
          seen |= bit;
          parser.nextToken();
          return field;
        }
        parser.nextToken();
        if (fields.extensions && isExtension(name)) {
          return EXTENSION;
        }
        unknownField(name, fields);
        token = parser.nextToken();
      }
      if (token != Token.END_OBJECT) {
        throw fail("expected a field name or the end of " + fields.what + ", found " + found());
      }
      return -1;
    }

    /** The fields met so far, one bit per index ({@code 1L << index}); extensions not among them. */
    long seen() {
      return seen;
    }

    /**
     * Names the object in errors as {@code shown} does from now on: the same fields by index, as one version of
     * the format has them ({@link Fields#showing}).
     */
    void show(Fields shown) {
      if (shown.names != fields.names) {
        throw new IllegalArgumentException("other fields: " + shown.what);
      }
      fields = shown;
    }

    /**
     * Where the object starts, for errors about the object as a whole; asked for while the parser is still in
     * the object or on its END_OBJECT.
     */
    Object start() {
      if (start == null) {
        start = startOf(context);
      }
      return start;
    }
  }

  /**
   * Starts reading an object. The parser is on its START_OBJECT (or on its first FIELD_NAME, where Jackson
   * already consumed the START_OBJECT); when the cursor's {@link ObjectCursor#next()} returns -1 it is on the
   * END_OBJECT.
   */
  ObjectCursor object(Fields fields) throws IOException {
    Object context = lateStart();
    if (context != null) {
      return new ObjectCursor(fields, null, context, false);
    }
    Token token = parser.currentToken();
    Object start = parser.currentTokenLocation();
    if (token != Token.START_OBJECT && token != Token.FIELD_NAME && token != Token.END_OBJECT) {
      throw fail("expected " + fields.what + " (an object), found " + found());
    }
    return new ObjectCursor(fields, start, null, token != Token.START_OBJECT);
  }

  /**
   * The parsing context of the object whose START_OBJECT the parser is on, when its start can be found later
   * from it ({@link #startOf}); otherwise null, and the caller takes the token's location now.
   */
  Object lateStart() {
    return parser.currentToken() == Token.START_OBJECT ? parser.lateStart() : null;
  }

  /** Where the object of that context (from {@link #lateStart}) starts. */
  Object startOf(Object context) {
    return parser.startOf(context);
  }

  /**
   * Enters a localized text, whose fields (language tags) the caller reads: checks that the parser is on its
   * START_OBJECT (or on its first FIELD_NAME, or on the END_OBJECT, where Jackson already consumed the
   * START_OBJECT) and returns the token of its first field name or its end. The text is called
   * {@code what + " (language tag to text)"} in errors, put together only for an error.
   */
  Token enterLocalizedText(String what) throws IOException {
    Token token = parser.currentToken();
    if (token == Token.START_OBJECT) {
      return parser.nextToken();
    }
    if (token != Token.FIELD_NAME && token != Token.END_OBJECT) {
      throw fail("expected " + what + LOCALIZED_TEXT + " (an object), found " + found());
    }
    return token;
  }

  /** Checks that a localized text read after {@link #enterLocalizedText} ends at the token. */
  void endLocalizedText(Token token, String what) throws IOException {
    if (token != Token.END_OBJECT) {
      throw fail("expected a field name or the end of " + what + LOCALIZED_TEXT + ", found " + found());
    }
  }

  /**
   * A field that comes a second time in its object, at its name, in the words of Jackson's own check
   * ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}), which the readers of {@code StrategyJson} do instead
   * of the parser.
   */
  InvalidInputException duplicate(String name) {
    return fail("Duplicate field '" + name + "'");
  }

  /**
   * An unknown field, the parser on its value: left to the caller's mapper where its configuration asks for that
   * (the value then skipped, or consumed by a problem handler), otherwise an error.
   */
  private void unknownField(String name, Fields fields) throws IOException {
    if (parser.skipUnknownField(name)) {
      return;
    }
    throw fail("unknown field " + quote(name) + " in " + fields.what + "; its fields are " + String.join(", ",
        fields.list) + (fields.listsExtensions ? ", and extensions named \"x-\" and a name" : ""));
  }

  /**
   * Reads the value of the extension whose name the parser has just passed ({@link ObjectCursor#next()} returned
   * {@link #EXTENSION}) as JSON text into the map, in the document's order; an extension named twice in one
   * object is refused as a repeated field is.
   */
  void extension(Map<String, String> extensions) throws IOException {
    String name = parser.currentName();
    if (extensions.containsKey(name)) {
      throw duplicate(name);
    }
    extensions.put(name, ExtensionValues.read(this, name));
  }

  /** Reads an array, one element at a time. */
  <T> ImmutableList<T> list(String what, ValueReader<T> element) throws IOException {
    ImmutableList.Builder<T> result = ImmutableList.builder();
    for (enterArray(what); nextElement(what); ) {
      result.add(element.read(this));
    }
    return result.build();
  }

  /**
   * Enters an array whose elements the caller reads, {@code for (in.enterArray(what); in.nextElement(what); )
   * builder.add(read(in));}, straight into the builder that keeps them: checks that the parser is on its
   * START_ARRAY.
   */
  void enterArray(String what) throws IOException {
    if (parser.currentToken() != Token.START_ARRAY) {
      throw fail("expected " + what + " (an array), found " + found());
    }
  }

  /**
   * Moves to the next element of the array entered with {@link #enterArray}: true when the parser is on the
   * element's first token, false when it is on the END_ARRAY.
   */
  boolean nextElement(String what) throws IOException {
    Token token = parser.nextToken();
    if (token == Token.END_ARRAY) {
      return false;
    }
    if (token == null) {
      throw fail("the document ends inside " + what);
    }
    return true;
  }

  /** Reads a text, exactly as written. */
  String text(String what) throws IOException {
    String text = checkedText();
    if (text == null) {
      throw notText(what);
    }
    return text;
  }

  /**
   * Reads a text, exactly as written, named {@code before + name + after} in errors: the name is put together
   * only for an error.
   */
  String text(String before, String name, String after) throws IOException {
    String text = checkedText();
    if (text == null) {
      throw notText(before + name + after);
    }
    return text;
  }

  /** The text of the current token, or null when it is not a text or not well-formed Unicode. */
  private String checkedText() throws IOException {
    Token token = parser.currentToken();
    if (token != Token.VALUE_STRING && !(yaml && isYamlText(token))) {
      return null;
    }
    if (!yaml) {
      // checked in Jackson's own buffer, before the String is made
      if (unpairedSurrogate(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()) >= 0) {
        return null;
      }
      return parser.getText();
    }
    String text = parser.getText();
    return unpairedSurrogate(text) < 0 ? text : null;
  }

  private static boolean isYamlText(Token token) {
    return token != null && token.isScalarValue() && token != Token.VALUE_NULL
        && token != Token.VALUE_EMBEDDED_OBJECT;
  }

  /** Why the current token is no text: not a text at all, or one with an unpaired surrogate. */
  private InvalidInputException notText(String what) throws IOException {
    Token token = parser.currentToken();
    if (token != Token.VALUE_STRING && !(yaml && isYamlText(token))) {
      return fail("expected " + what + " (a text), found " + found());
    }
    String text = parser.getText();
    int bad = unpairedSurrogate(text);
    return fail(what + " is not well-formed Unicode: an unpaired surrogate U+"
        + Integer.toHexString(text.charAt(bad)).toUpperCase(java.util.Locale.ROOT) + " at character " + bad);
  }

  /**
   * The value remembered for the current text, when it is a JSON string that was read before; otherwise null,
   * and the caller reads the text and may {@linkplain KnownTexts#remember remember} what it read. A text found
   * here was accepted when it was remembered, so it needs no check again.
   */
  <T> T known(KnownTexts<T> texts) throws IOException {
    if (yaml || parser.currentToken() != Token.VALUE_STRING) {
      return null;
    }
    return texts.find(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /** Reads a text and converts it, reporting the converter's IllegalArgumentException at the value. */
  <T> T parsed(String what, Function<String, T> converter) throws IOException {
    return converted(what, text(what), converter);
  }

  /**
   * Reads a text and converts it as {@link #parsed(String, Function)} does, but finds a text read before in
   * {@code known} by the parser's characters, and remembers there what it converts.
   */
  <T> T parsed(String what, KnownTexts<T> known, Function<String, T> converter) throws IOException {
    T value = known(known);
    if (value != null) {
      return value;
    }
    String text = text(what);
    value = converted(what, text, converter);
    known.remember(text, value);
    return value;
  }

  /** The text just read, converted; the converter's refusal is an error at the value. */
  private <T> T converted(String what, String text, Function<String, T> converter) throws IOException {
    try {
      return converter.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw fail("invalid " + what + " " + quote(text) + ": " + detail(e.getMessage()));
    }
  }

  /** Reads a whole number. */
  int integer(String what) throws IOException {
    Token token = parser.currentToken();
    if (token != Token.VALUE_NUMBER_INT) {
      throw fail("expected " + what + " (a whole number), found " + found());
    }
    if (!parser.isInt()) {
      throw fail(what + " " + quote(parser.getText()) + " is out of range");
    }
    return parser.getIntValue();
  }

  /** Reads true or false. */
  boolean bool(String what) throws IOException {
    Token token = parser.currentToken();
    if (token == Token.VALUE_TRUE || token == Token.VALUE_FALSE) {
      return token == Token.VALUE_TRUE;
    }
    if (yaml && token == Token.VALUE_STRING) {
      String text = parser.getText();
      if (text.equals("true") || text.equals("false")) {
        return text.equals("true");
      }
    }
    throw fail("expected " + what + " (true or false), found " + found());
  }

  /**
   * An enum's constants by their names in documents, for {@link #constant(String, Constants)}: found in JSON by
   * the parser's characters ({@link KnownTexts}), in YAML by {@link Names#constant}. Immutable; share instances.
   */
  static final class Constants<E extends Enum<E>> {
    private final Class<E> type;
    private final KnownTexts<E> byName;

    private Constants(Class<E> type) {
      this.type = type;
      E[] values = type.getEnumConstants();
      int longest = 0;
      for (E value : values) {
        longest = Math.max(longest, Names.of(value).length());
      }
      this.byName = new KnownTexts<>(6, longest);
      for (E value : values) {
        byName.remember(Names.of(value), value);
      }
    }

    static <E extends Enum<E>> Constants<E> of(Class<E> type) {
      return new Constants<>(type);
    }
  }

  /** Reads one of an enum's constants, written in lower case with hyphens. */
  <E extends Enum<E>> E constant(String what, Constants<E> constants) throws IOException {
    E known = known(constants.byName);
    if (known != null) {
      return known;
    }
    String text = text(what);
    E constant = Names.constant(constants.type, text);
    if (constant == null) {
      throw fail("invalid " + what + " " + quote(text) + "; expected one of " + String.join(", ",
          Names.all(constants.type)));
    }
    return constant;
  }

  /**
   * Builds a value from what was read, turning the model's own checks into an error at the object.
   *
   * @param start where the object starts
   */
  <T> T build(String what, Object start, Supplier<T> builder) throws IOException {
    try {
      return builder.get();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw invalid(what, start, e);
    }
  }

  /**
   * The model's own check of a value built from what was read, as an error at the object: for readers that
   * build without a {@link Supplier}, {@code catch (IllegalStateException | IllegalArgumentException |
   * NullPointerException e) { throw in.invalid(...); }}.
   *
   * @param start where the object starts
   */
  InvalidInputException invalid(String what, Object start, RuntimeException e) {
    return failAt(start, "invalid " + what + ": " + detail(Names.requiredFieldsMessage(e.getMessage())));
  }

  /** An error at the current value. */
  InvalidInputException fail(String message) {
    return failAt(parser.currentTokenLocation(), message);
  }

  /** Where the current token is. */
  Object location() {
    return parser.currentTokenLocation();
  }

  /** The JSON Pointer of the current place in the document. */
  Object pointer() {
    return parser.pointer();
  }

  /** An error at a place met before: its position and its JSON Pointer. */
  InvalidInputException failAt(Object location, Object pointer, String message) {
    return new InvalidInputException(message, location, pointer);
  }

  /** An error at the current place in the document, located at the given position. */
  InvalidInputException failAt(Object location, String message) {
    return new InvalidInputException(message, location, parser.pointer());
  }

  String found() throws IOException {
    Token token = parser.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_NULL:
        return "null (leave the field out instead)";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "the boolean " + parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + quote(parser.getText());
      case VALUE_STRING:
        return "the text " + quote(parser.getText());
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /** A value for an error message: quoted, and cut short so that no message echoes a large input. */
  static String quote(String text) {
    if (text.length() <= QUOTE_LIMIT) {
      return '"' + text + '"';
    }
    int end = QUOTE_LIMIT;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return '"' + text.substring(0, end) + "\u2026\" (" + text.length() + " characters)";
  }

  /**
   * The model's own message about a bad value, cut short: the model names the value it refuses, whole, and a
   * value may be as long as the string limit.
   */
  static String detail(String message) {
    if (message == null || message.length() <= DETAIL_LIMIT) {
      return String.valueOf(message);
    }
    int end = DETAIL_LIMIT;
    if (Character.isHighSurrogate(message.charAt(end - 1))) {
      end--;
    }
    return message.substring(0, end) + "\u2026 (" + message.length() + " characters)";
  }

  /**
   * The index (from {@code offset}) of the first unpaired surrogate in {@code length} characters of the array
   * from {@code offset}, or -1. The one test of well-formed Unicode, on the parser's own buffer in JSON.
   */
  static int unpairedSurrogate(char[] chars, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if ((c & 0xF800) == 0xD800) { // a surrogate, high or low: rare, so one test for both on the common path
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
          i++;
        } else {
          return i - offset;
        }
      }
    }
    return -1;
  }

  /** The index of the first unpaired surrogate, or -1: the buffer's test, on a copy of the text's characters. */
  static int unpairedSurrogate(String text) {
    return unpairedSurrogate(text.toCharArray(), 0, text.length());
  }
}
