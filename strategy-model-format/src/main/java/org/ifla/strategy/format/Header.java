package org.ifla.strategy.format;

import java.io.IOException;

/**
 * The two fields at the top of every plan, edition and crosswalk document: {@code "format"} names what the
 * document is, {@code "formatVersion"} the version of that kind of document it follows. Each kind of document has
 * its own versions; both fields are required; a reader refuses a version newer than it knows.
 */
final class Header {
  private final String format;
  private final int newest;
  private boolean sawFormat;
  private int version;

  /**
   * A header to read.
   *
   * @param format the format the document must be
   * @param newest the newest version of that format, which this library writes
   */
  Header(String format, int newest) {
    this.format = format;
    this.newest = newest;
  }

  private static final Name FORMAT = Written.name("format");
  private static final Name FORMAT_VERSION = Written.name("formatVersion");

  static void write(TokenSink out, String format, int version) throws IOException {
    out.writeFieldName(FORMAT);
    out.writeString(format);
    out.writeFieldName(FORMAT_VERSION);
    out.writeNumber(version);
  }

  /** Reads the header field of that name. */
  void read(Input in, String name) throws IOException {
    if (name.equals("format")) {
      String stated = in.text("format");
      if (!stated.equals(format)) {
        throw in.fail("this is not " + article(format) + " document: its format is " + Input.quote(stated)
            + " where \"" + format + "\" is expected");
      }
      sawFormat = true;
    } else {
      int stated = in.integer("formatVersion");
      if (stated < 1 || stated > newest) {
        throw in.fail("formatVersion " + stated + " is not supported; this library reads " + (newest == 1
            ? "version 1" : "versions 1 to " + newest) + " of " + article(format) + " document");
      }
      version = stated;
    }
  }

  /** The version the document states, or 0 while its {@code formatVersion} is not read. */
  int version() {
    return version;
  }

  /** Fails at the document when a header field is missing. */
  void check(Input in, Object start) throws IOException {
    if (!sawFormat || version == 0) {
      throw in.failAt(start, "missing required field " + (sawFormat ? "formatVersion" : "format")
          + ": the document must start with \"format\": \"" + format + "\", \"formatVersion\": " + newest);
    }
  }

  private static String article(String format) {
    return format.endsWith("edition") ? "an edition" : format.endsWith("plan") ? "a plan"
        : format.endsWith("crosswalk") ? "a crosswalk" : "a " + format;
  }
}
