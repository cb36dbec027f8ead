package org.ifla.strategy.alignment;

import static org.ifla.strategy.TestSupport.assertEqualValues;
import static org.ifla.strategy.TestSupport.assertIllegalArgument;
import static org.ifla.strategy.TestSupport.assertNullRejected;
import static org.ifla.strategy.TestSupport.assertUnequalValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Pointers into a plan: built, parsed, printed and ordered. */
class PlanLocationTest {
  @Test
  void theRootIsTheEmptyPointer() {
    assertSame(PlanLocation.root(), PlanLocation.parse(""));
    assertTrue(PlanLocation.root().isRoot());
    assertEquals("", PlanLocation.root().toString());
    assertFalse(PlanLocation.root().child("unit").isRoot());
    assertFalse(PlanLocation.parse("/").isRoot()); // one segment, the empty name
  }

  @Test
  void segmentsAreNamesAndIndexes() {
    PlanLocation built = PlanLocation.root().child("parts").index(2).child("title");
    assertEquals("/parts/2/title", built.toString());
    assertEqualValues(built, PlanLocation.parse("/parts/2/title"));
    // a name of digits is an index; a long run of digits or a name with other characters is a name
    assertEqualValues(PlanLocation.root().index(7), PlanLocation.parse("/7"));
    assertUnequalValues(PlanLocation.root().child("7"), PlanLocation.parse("/7"));
    assertEqualValues(PlanLocation.root().child("1234567890"), PlanLocation.parse("/1234567890"));
    assertEqualValues(PlanLocation.root().index(123456789), PlanLocation.parse("/123456789"));
    assertEqualValues(PlanLocation.root().child("7a"), PlanLocation.parse("/7a"));
    assertEqualValues(PlanLocation.root().child(""), PlanLocation.parse("/"));
    assertEquals(0, PlanLocation.root().index(0).compareTo(PlanLocation.parse("/0")));
  }

  @Test
  void slashAndTildeAreEscaped() {
    PlanLocation odd = PlanLocation.root().child("a/b").child("c~d").child("~1");
    assertEquals("/a~1b/c~0d/~01", odd.toString());
    assertEqualValues(odd, PlanLocation.parse(odd.toString()));
  }

  @Test
  void badInputIsRefused() {
    assertIllegalArgument(() -> PlanLocation.parse("focusAreas"), "starts with '/'", "focusAreas");
    assertIllegalArgument(() -> PlanLocation.root().index(-1), "negative index -1");
    assertEquals("/0", PlanLocation.root().index(0).toString());
    assertNullRejected(() -> PlanLocation.parse(null));
    assertNullRejected(() -> PlanLocation.root().child(null));
  }

  @Test
  void anIndexWithALeadingZeroIsRefusedWithItsIndex() {
    assertIllegalArgument(() -> PlanLocation.parse("/01"), "'/01' at index 1: an index has no leading zero");
    assertIllegalArgument(() -> PlanLocation.parse("/parts/00"), "'/parts/00' at index 7: ");
    assertIllegalArgument(() -> PlanLocation.parse("/parts/0/alignments/007/title"), "at index 20: an index");
    assertIllegalArgument(() -> PlanLocation.parse("/0123456789"), "at index 1: an index has no leading zero");
    // a lone zero is an index, and a zero inside or after other characters is part of a name
    assertEqualValues(PlanLocation.root().index(0).index(10), PlanLocation.parse("/0/10"));
    assertEqualValues(PlanLocation.root().child("0a"), PlanLocation.parse("/0a"));
    assertEqualValues(PlanLocation.root().child("a0"), PlanLocation.parse("/a0"));
    assertEqualValues(PlanLocation.root().index(100), PlanLocation.parse("/100"));
  }

  @Test
  void aTildeNotFollowedByZeroOrOneIsRefusedWithItsIndex() {
    assertIllegalArgument(() -> PlanLocation.parse("/a~2b"), "'/a~2b' at index 2: '~' is followed by '0' or '1'");
    assertIllegalArgument(() -> PlanLocation.parse("/a~"), "'/a~' at index 2: '~'");
    assertIllegalArgument(() -> PlanLocation.parse("/~"), "at index 1: '~'");
    assertIllegalArgument(() -> PlanLocation.parse("/x/~/y"), "at index 3: '~'");
    assertIllegalArgument(() -> PlanLocation.parse("/~0~"), "at index 3: '~'");
    assertIllegalArgument(() -> PlanLocation.parse("/~~0"), "at index 1: '~'");
    assertIllegalArgument(() -> PlanLocation.parse("/a~ "), "at index 2: '~'");
    // escapes decode once, left to right: ~01 is ~ then 1, ~10 is / then 0
    assertEqualValues(PlanLocation.root().child("~1"), PlanLocation.parse("/~01"));
    assertEqualValues(PlanLocation.root().child("/0"), PlanLocation.parse("/~10"));
    assertEqualValues(PlanLocation.root().child("~").child("/"), PlanLocation.parse("/~0/~1"));
    assertEqualValues(PlanLocation.root().child("a~/b"), PlanLocation.parse("/a~0~1b"));
  }

  @Test
  void aLongBadTextIsQuotedShortened() {
    String longName = "/" + "x".repeat(100) + "~2";
    IllegalArgumentException e = assertIllegalArgument(() -> PlanLocation.parse(longName),
        "'/" + "x".repeat(56) + "...' at index 101: ");
    assertFalse(e.getMessage().contains("x".repeat(57)), e::getMessage);
    String sixty = "/" + "x".repeat(57) + "~2";
    assertIllegalArgument(() -> PlanLocation.parse(sixty), "'" + sixty + "' at index 58");
    assertIllegalArgument(() -> PlanLocation.parse("a/b"), "'a/b' at index 0: a plan location starts with '/'");
  }

  @Test
  void locationsOrderAsTheDocumentDoes() {
    List<PlanLocation> expected = List.of(PlanLocation.root(), PlanLocation.parse("/activities/0"),
        PlanLocation.parse("/activities/0/title"), PlanLocation.parse("/activities/2"),
        PlanLocation.parse("/activities/10"), PlanLocation.parse("/activities/name"),
        PlanLocation.parse("/parts"), PlanLocation.parse("/title"));
    List<PlanLocation> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
    assertTrue(PlanLocation.parse("/a/1").compareTo(PlanLocation.parse("/a/b")) < 0);
    assertTrue(PlanLocation.parse("/a/b").compareTo(PlanLocation.parse("/a/1")) > 0);
    assertTrue(PlanLocation.parse("/a/2").compareTo(PlanLocation.parse("/a/10")) < 0);
    assertTrue(PlanLocation.parse("/a/10").compareTo(PlanLocation.parse("/a/2")) > 0);
  }

  @Test
  void equalLocationsHaveEqualHashCodesAndOthersDiffer() {
    assertEquals(PlanLocation.parse("/a/1").hashCode(), PlanLocation.root().child("a").index(1).hashCode());
    assertFalse(PlanLocation.parse("/a/1").hashCode() == PlanLocation.parse("/a/2").hashCode());
  }

  @Test
  void theFirstDifferingSegmentDecidesTheOrder() {
    // the deeper segments say the opposite: only the first difference from the root counts
    assertTrue(PlanLocation.parse("/a/2/x").compareTo(PlanLocation.parse("/a/10/a")) < 0);
    assertTrue(PlanLocation.parse("/a/10/a").compareTo(PlanLocation.parse("/a/2/x")) > 0);
    assertTrue(PlanLocation.parse("/b/0").compareTo(PlanLocation.parse("/a/1/c")) > 0);
    // a location before the ones below it, and equal ones built apart compare as 0
    assertTrue(PlanLocation.parse("/a/1").compareTo(PlanLocation.parse("/a/1/0")) < 0);
    assertTrue(PlanLocation.parse("/a/1/0").compareTo(PlanLocation.parse("/a/1")) > 0);
    assertEquals(0, PlanLocation.parse("/a/1/b").compareTo(PlanLocation.root().child("a").index(1).child("b")));
  }

  @Test
  void locationsWithEqualHashCodesAreStillToldApart() {
    // "Aa" and "BB" have the same String hash code
    PlanLocation aa = PlanLocation.root().child("x").child("Aa");
    PlanLocation bb = PlanLocation.root().child("x").child("BB");
    assertEquals(aa.hashCode(), bb.hashCode());
    assertUnequalValues(aa, bb);
    assertUnequalValues(PlanLocation.root().child("Aa").child("y"), PlanLocation.root().child("BB").child("y"));
    assertUnequalValues(PlanLocation.root().index(1), PlanLocation.root().child("a"));
    assertUnequalValues(PlanLocation.root().child("a"), PlanLocation.root().child("a").child("b"));
    assertFalse(PlanLocation.root().child("a").equals("/a"));
    assertEqualValues(PlanLocation.parse("/x/Aa/3"), aa.index(3));
  }
}
