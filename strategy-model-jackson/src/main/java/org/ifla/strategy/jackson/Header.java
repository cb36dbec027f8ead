package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The two fields at the top of every plan and edition document: {@code "format"} names what the document is,
 * {@code "formatVersion"} the version of this format it follows. Both are required; a reader refuses a version
 * newer than it knows.
 */
final class Header {
  /** The version of the format this library writes and the newest it reads. */
  static final int VERSION = 1;

  private final String format;
  private boolean sawFormat;
  private boolean sawVersion;

  Header(String format) {
    this.format = format;
  }

  private static final SerializedString FORMAT = Written.name("format");
  private static final SerializedString FORMAT_VERSION = Written.name("formatVersion");

  static void write(JsonGenerator out, String format) throws IOException {
    out.writeFieldName(FORMAT);
    out.writeString(format);
    out.writeFieldName(FORMAT_VERSION);
    out.writeNumber(VERSION);
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
      int version = in.integer("formatVersion");
      if (version < 1 || version > VERSION) {
        throw in.fail("formatVersion " + version + " is not supported; this library reads version "
            + VERSION);
      }
      sawVersion = true;
    }
  }

  /** Fails at the document when a header field is missing. */
  void check(Input in, JsonLocation start) throws IOException {
    if (!sawFormat || !sawVersion) {
      throw in.failAt(start, "missing required field " + (sawFormat ? "formatVersion" : "format")
          + ": the document must start with \"format\": \"" + format + "\", \"formatVersion\": " + VERSION);
    }
  }

  private static String article(String format) {
    return format.endsWith("edition") ? "an edition" : format.endsWith("plan") ? "a plan"
        : format.endsWith("crosswalk") ? "a crosswalk" : "a " + format;
  }
}
