package org.ifla.strategy.framework;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bundled crosswalk from its resource file; internal.
 *
 * <p>Each crosswalk is a UTF-8 text file {@code crosswalks/FROM..TO.txt} beside this class. Blank lines and
 * lines starting with {@code #} are ignored; the file starts with {@code from = ID} and {@code to = ID}
 * (agreeing with its name), then has one entry a line: {@code SOURCE KIND TARGET : rationale}, with {@code -}
 * for the missing side of a {@code retired} or {@code new} entry. The file's own comment repeats this.
 */
final class BundledCrosswalks {
  private static final Pattern HEADER = Pattern.compile("(from|to)\\s*=\\s*(\\S+)");
  private static final Pattern ENTRY = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+:\\s+(\\S.*)");

  private BundledCrosswalks() {}

  /** Loads the crosswalk and checks that it names only elements of the two editions. */
  static Crosswalk load(StrategyEdition older, StrategyEdition newer) {
    String file = "crosswalks/" + older.id() + ".." + newer.id() + ".txt";
    Crosswalk.Builder crosswalk = Crosswalk.builder();
    boolean[] seen = {false, false};
    try (InputStream in = BundledCrosswalks.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("bundled crosswalk " + file + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String where = file + " line " + number + ": ";
        Matcher header = HEADER.matcher(s);
        Matcher entry = ENTRY.matcher(s);
        try {
          if (header.matches()) {
            EditionId id = EditionId.parse(header.group(2));
            boolean from = header.group(1).equals("from");
            EditionId expected = from ? older.id() : newer.id();
            if (!id.equals(expected)) {
              throw new IllegalStateException(where + "names " + id + " where the file name says " + expected);
            }
            if (from) {
              crosswalk.fromEdition(id);
            } else {
              crosswalk.toEdition(id);
            }
            seen[from ? 0 : 1] = true;
          } else if (entry.matches()) {
            crosswalk.addMappings(entry(entry));
          } else {
            throw new IllegalStateException(where + "not 'from = ID', 'to = ID' or 'SOURCE KIND TARGET : rationale'");
          }
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw e.getMessage().startsWith(file) ? e : new IllegalStateException(where + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled crosswalk " + file, e);
    }
    if (!seen[0] || !seen[1]) {
      throw new IllegalStateException("bundled crosswalk " + file + " lacks its 'from = ' or 'to = ' line");
    }
    Crosswalk built;
    try {
      built = crosswalk.build();
    } catch (IllegalStateException e) {
      throw new IllegalStateException("bundled crosswalk " + file + ": " + e.getMessage(), e);
    }
    if (!built.unknownElements(older, newer).isEmpty()) {
      throw new IllegalStateException("bundled crosswalk " + file + " names elements the editions lack: "
          + built.unknownElements(older, newer));
    }
    return built;
  }

  private static Mapping entry(Matcher m) {
    MappingKind kind = MappingKind.parse(m.group(2));
    String rationale = m.group(4).strip();
    switch (kind) {
      case RETIRED:
        dash(m.group(3), "target");
        return Mapping.retired(ElementId.parse(m.group(1)), rationale);
      case NEW:
        dash(m.group(1), "source");
        return Mapping.newElement(ElementId.parse(m.group(3)), rationale);
      default:
        return Mapping.of(ElementId.parse(m.group(1)), kind, ElementId.parse(m.group(3)), rationale);
    }
  }

  private static void dash(String text, String side) {
    if (!text.equals("-")) {
      throw new IllegalArgumentException("the " + side + " of this entry must be '-', not '" + text + "'");
    }
  }
}
