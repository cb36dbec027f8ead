package org.ifla.strategy.format;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.plan.ActionPlan;

/**
 * What the {@code StrategyJson} of both Jackson modules has in common: reading plans, editions and any model
 * value from files, strings and streams, and writing them, in JSON or YAML, held to {@link ReadLimits}. Each
 * module's {@code StrategyJson} reads and writes with its Jackson; this class holds what does not depend on it.
 * Immutable and thread-safe, as its subclasses are.
 *
 * @param <S> the subclass, {@code StrategyJson}
 * @param <E> the module's {@code StrategyFormatException}: checked under Jackson 2, unchecked under Jackson 3
 */
public abstract class StrategyDocuments<S extends StrategyDocuments<S, E>, E extends Exception> {
  /** The {@code format} field of a plan document. */
  public static final String PLAN_FORMAT = Codecs.PLAN_FORMAT;

  /** The {@code format} field of an edition document. */
  public static final String EDITION_FORMAT = Codecs.EDITION_FORMAT;

  /** The {@code format} field of a crosswalk document. */
  public static final String CROSSWALK_FORMAT = Codecs.CROSSWALK_FORMAT;

  /** The source a string is named in errors. */
  protected static final String STRING_SOURCE = "(string)";

  private final boolean yaml;
  private final ReadLimits limits;

  /**
   * Creates a reader and writer.
   *
   * @param yaml whether it reads and writes YAML rather than JSON
   * @param limits the limits documents are held to
   */
  protected StrategyDocuments(boolean yaml, ReadLimits limits) {
    this.yaml = yaml;
    this.limits = checkNotNull(limits, "limits");
  }

  /**
   * Returns the {@code formatVersion} this library writes for documents of that {@code format}, and the newest
   * it reads: each kind of document has its own versions (plans are at 2, editions and crosswalks at 1). A
   * method, not a constant, so that code built against this library asks the library it runs with.
   *
   * @param format {@link #PLAN_FORMAT}, {@link #EDITION_FORMAT} or {@link #CROSSWALK_FORMAT}
   * @return the version
   * @throws IllegalArgumentException if the format is none of them
   * @throws NullPointerException if the format is null
   */
  public static int formatVersion(String format) {
    return Codecs.formatVersion(format);
  }

  /**
   * Returns a reader and writer of the same format held to other limits.
   *
   * @param newLimits the limits
   * @return the new instance, or this one if the limits are these
   * @throws NullPointerException if the limits are null
   */
  public S withLimits(ReadLimits newLimits) {
    checkNotNull(newLimits, "limits");
    @SuppressWarnings("unchecked") // S is this class's subclass
    S self = (S) this;
    return newLimits.equals(limits) ? self : withOtherLimits(newLimits);
  }

  /**
   * Returns the reader and writer for a file by its extension: {@code .json} for JSON, {@code .yaml} or
   * {@code .yml} for YAML (in any case).
   *
   * @param file the file
   * @param json the JSON reader and writer
   * @param yaml the YAML reader and writer
   * @param <S> the subclass
   * @return {@code json} or {@code yaml}
   * @throws NullPointerException if the file is null
   * @throws IllegalArgumentException if the extension is neither
   */
  protected static <S> S byExtension(Path file, S json, S yaml) {
    Path name = checkNotNull(file, "file").getFileName();
    return Codecs.isYamlFile(name == null ? "" : name.toString(), file) ? yaml : json;
  }

  /**
   * Returns a reader and writer of the same format held to other limits.
   *
   * @param newLimits the limits, not these
   * @return the new instance
   */
  protected abstract S withOtherLimits(ReadLimits newLimits);

  /**
   * Returns the limits documents are held to.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns whether this reads and writes YAML rather than JSON.
   *
   * @return true for YAML
   */
  public boolean isYaml() {
    return yaml;
  }

  // ---- reading --------------------------------------------------------------------------------------

  /**
   * Reads a plan document from a file.
   *
   * @param file the file, read as bytes (UTF-8, or UTF-16/32 where a JSON document says so)
   * @return the plan
   * @throws IOException if the file cannot be read, or (a {@code StrategyFormatException}) the document is not
   *     a valid plan
   * @throws NullPointerException if the file is null
   */
  public ActionPlan readPlan(Path file) throws IOException {
    return read(file, ActionPlan.class);
  }

  /**
   * Reads a plan document from a string.
   *
   * @param content the document
   * @return the plan
   * @throws E the module's {@code StrategyFormatException} if the document is not a valid plan; its source is
   *     {@code (string)}
   * @throws NullPointerException if the content is null
   */
  public ActionPlan readPlan(String content) throws E {
    return read(content, ActionPlan.class);
  }

  /**
   * Reads a plan document from a stream of bytes; the stream is read to the document's end but not closed.
   *
   * @param in the stream
   * @param source the name to give the source in errors, such as a file name
   * @return the plan
   * @throws IOException if the stream cannot be read, or (a {@code StrategyFormatException}) the document is not
   *     a valid plan
   * @throws NullPointerException if an argument is null
   */
  public ActionPlan readPlan(InputStream in, String source) throws IOException {
    return read(in, source, ActionPlan.class);
  }

  /**
   * Reads a plan document from a stream of characters; the reader is not closed.
   *
   * @param in the reader
   * @param source the name to give the source in errors, such as a file name
   * @return the plan
   * @throws IOException if the reader cannot be read, or (a {@code StrategyFormatException}) the document is not
   *     a valid plan
   * @throws NullPointerException if an argument is null
   */
  public ActionPlan readPlan(Reader in, String source) throws IOException {
    return read(in, source, ActionPlan.class);
  }

  /**
   * Reads an edition document from a file.
   *
   * @param file the file, read as bytes (UTF-8, or UTF-16/32 where a JSON document says so)
   * @return the edition
   * @throws IOException if the file cannot be read, or (a {@code StrategyFormatException}) the document is not
   *     a valid edition
   * @throws NullPointerException if the file is null
   */
  public StrategyEdition readEdition(Path file) throws IOException {
    return read(file, StrategyEdition.class);
  }

  /**
   * Reads an edition document from a string.
   *
   * @param content the document
   * @return the edition
   * @throws E the module's {@code StrategyFormatException} if the document is not a valid edition; its source
   *     is {@code (string)}
   * @throws NullPointerException if the content is null
   */
  public StrategyEdition readEdition(String content) throws E {
    return read(content, StrategyEdition.class);
  }

  /**
   * Reads an edition document from a stream of bytes; the stream is not closed.
   *
   * @param in the stream
   * @param source the name to give the source in errors, such as a file name
   * @return the edition
   * @throws IOException if the stream cannot be read, or (a {@code StrategyFormatException}) the document is
   *     not a valid edition
   * @throws NullPointerException if an argument is null
   */
  public StrategyEdition readEdition(InputStream in, String source) throws IOException {
    return read(in, source, StrategyEdition.class);
  }

  /**
   * Reads an edition document from a stream of characters; the reader is not closed.
   *
   * @param in the reader
   * @param source the name to give the source in errors, such as a file name
   * @return the edition
   * @throws IOException if the reader cannot be read, or (a {@code StrategyFormatException}) the document is
   *     not a valid edition
   * @throws NullPointerException if an argument is null
   */
  public StrategyEdition readEdition(Reader in, String source) throws IOException {
    return read(in, source, StrategyEdition.class);
  }

  /**
   * Reads any model value (a report, a finding, a localized text...) from a file, or a value of a type of the
   * caller's that holds model values.
   *
   * @param <T> the type
   * @param file the file
   * @param type the type
   * @return the value
   * @throws IOException if the file cannot be read, or (a {@code StrategyFormatException}) the document is not a
   *     valid value of the type
   * @throws NullPointerException if an argument is null
   */
  public <T> T read(Path file, Class<T> type) throws IOException {
    checkNotNull(type, "type");
    try (InputStream in = Files.newInputStream(checkNotNull(file, "file"))) {
      return read(in, file.toString(), type);
    }
  }

  /**
   * Reads any model value from a string.
   *
   * @param <T> the type
   * @param content the document
   * @param type the type
   * @return the value
   * @throws E the module's {@code StrategyFormatException} if the document is not a valid value of the type
   * @throws NullPointerException if an argument is null
   */
  public abstract <T> T read(String content, Class<T> type) throws E;

  /**
   * Reads any model value from a stream of bytes, which is not closed.
   *
   * @param <T> the type
   * @param in the stream
   * @param source the name to give the source in errors
   * @param type the type
   * @return the value
   * @throws IOException if the stream cannot be read, or (a {@code StrategyFormatException}) the document is
   *     not a valid value of the type
   * @throws NullPointerException if an argument is null
   */
  public abstract <T> T read(InputStream in, String source, Class<T> type) throws IOException;

  /**
   * Reads any model value from a stream of characters, which is not closed.
   *
   * @param <T> the type
   * @param in the reader
   * @param source the name to give the source in errors
   * @param type the type
   * @return the value
   * @throws IOException if the reader cannot be read, or (a {@code StrategyFormatException}) the document is
   *     not a valid value of the type
   * @throws NullPointerException if an argument is null
   */
  public abstract <T> T read(Reader in, String source, Class<T> type) throws IOException;

  // ---- writing --------------------------------------------------------------------------------------

  /**
   * Writes a model value (a plan, an edition, a report, or any type the module covers) as a document.
   *
   * @param value the value
   * @return the document; JSON ends with a line break
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is not of a type the module writes (a {@code Coverage} or a
   *     {@code RuleSet}, for instance, have no document form)
   */
  public String write(Object value) {
    checkModel(value);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a model value as a document to a file, replacing what the file held.
   *
   * @param value the value
   * @param file the file, written in UTF-8
   * @throws IOException if the file cannot be written
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is not of a model type
   */
  public void write(Object value, Path file) throws IOException {
    checkNotNull(file, "file");
    checkModel(value);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(value, out);
    }
  }

  /**
   * Writes a model value as a document, in UTF-8, to a stream, which is flushed but not closed.
   *
   * @param value the value
   * @param out the stream
   * @throws IOException if the stream cannot be written
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is not of a model type
   */
  public abstract void write(Object value, OutputStream out) throws IOException;

  /**
   * Writes a model value as a document to a writer, which is flushed but not closed.
   *
   * @param value the value
   * @param out the writer
   * @throws IOException if the writer cannot be written
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is not of a model type
   */
  public abstract void write(Object value, Writer out) throws IOException;

  /**
   * Refuses a value that the modules have no codec for: decided by the codecs, not by the value's package.
   *
   * @param value the value
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if no codec writes it
   */
  protected static void checkModel(Object value) {
    checkNotNull(value, "value");
    checkArgument(Codecs.writes(value.getClass()), "StrategyModule has no document form for %s (%s); "
        + "it writes the model types listed in FORMAT.md", value.getClass().getSimpleName(),
        value.getClass().getName());
  }

  @Override
  public String toString() {
    return "StrategyJson{" + (yaml ? "YAML" : "JSON") + ", " + limits + "}";
  }
}
