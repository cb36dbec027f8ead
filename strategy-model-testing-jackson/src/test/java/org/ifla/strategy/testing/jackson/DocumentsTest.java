package org.ifla.strategy.testing.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.jackson.StrategyFormatException;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.testing.Arbitrary;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.Property;
import org.junit.jupiter.api.Test;

/** Generated documents read back as written; every planted format error is reported where it was planted. */
class DocumentsTest {
  private static final List<StrategyJson> FORMATS = List.of(StrategyJson.json(), StrategyJson.yaml());

  private static Arbitrary<ActionPlan> plans() {
    return Arbitrary.of((random, size) -> {
      StrategyEdition edition = random.nextInt(3) == 0 ? Generators.alignableEditions().generate(random, size)
          : Generators.bundledEditions().generate(random, size);
      return Generators.validPlans(edition).generate(random, size);
    });
  }

  private static <T> T read(StrategyJson format, String text, Class<T> type) {
    try {
      return format.read(text, type);
    } catch (StrategyFormatException e) {
      throw new AssertionError(e.getMessage() + "\n" + text, e);
    }
  }

  @Test
  void validDocumentsReadBackAsTheirValues() {
    for (StrategyJson format : FORMATS) {
      Property.forAll(Documents.plans(plans(), format)).examples(100)
          .check(text -> assertEquals(text, format.write(read(format, text, ActionPlan.class))));
      Property.forAll(Documents.editions(Generators.strategyEditions(), format)).examples(100)
          .check(text -> assertEquals(text, format.write(read(format, text, StrategyEdition.class))));
    }
  }

  @Test
  void everyPlantedFormatErrorInAPlanIsReportedWhereItWasPlanted() {
    for (StrategyJson format : FORMATS) {
      Property.forAll(plans()).examples(100).check(plan -> {
        List<PlantedFormatError> errors = Documents.formatErrors(plan, format);
        assertEquals(4, errors.size());
        errors.forEach(e -> e.assertRaisedBy(format, ActionPlan.class));
      });
    }
  }

  @Test
  void everyPlantedFormatErrorInAnEditionIsReportedWhereItWasPlanted() {
    for (StrategyJson format : FORMATS) {
      Property.forAll(Generators.strategyEditions()).examples(100).check(edition -> Documents
          .formatErrors(edition, format).forEach(e -> e.assertRaisedBy(format, StrategyEdition.class)));
    }
  }

  @Test
  void theLocationIsTheBadValuesFirstCharacter() {
    ActionPlan plan = Generators.validPlans().generate(org.ifla.strategy.testing.Seeds.random(1), 0);
    PlantedFormatError version = Documents.formatErrors(plan, StrategyJson.json()).get(1);
    assertEquals("3:20 /formatVersion", version.expected());
    assertEquals("  \"formatVersion\": 99,", version.document().lines().toList().get(2));
  }
}
