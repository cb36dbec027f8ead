package org.ifla.strategy.examples.cli;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;

/** The sample plans of {@code examples/plans/}, bundled in the jar for {@code strategy demo}. */
public final class SamplePlans {
  /** The file names of the sample plans, in the order the demo shows them. */
  public static final String METROPOLITAN_LIBRARIES = "metropolitan-libraries-2019-2020.yaml";
  /** The NOIR plan, 2016-17, on the Strategic Plan 2016-2021. */
  public static final String NOIR = "noir-2016-17.yaml";
  /** A section's objectives, each tagged with a key initiative, 2016-2018 (written for this library). */
  public static final String RARE_BOOKS = "rare-books-2016-2018.yaml";
  /** A special interest group's project page, 2021-2023 (written for this library). */
  public static final String DIGITAL_SCHOLARSHIP = "digital-scholarship-projects-2021-2023.yaml";
  /** A regional division committee's goals, 2022-2024 (written for this library). */
  public static final String ASIA_OCEANIA = "asia-oceania-rdc-2022-2024.yaml";
  /** A section's focus areas on the Strategy 2024-2029 (written for this library). */
  public static final String INFORMATION_LITERACY = "information-literacy-2024-2026.yaml";

  private SamplePlans() {}

  /**
   * Reads the sample plans from the jar.
   *
   * @return file name to plan, in demo order
   * @throws UncheckedIOException if a sample is missing or cannot be read (a broken build)
   */
  public static ImmutableMap<String, ActionPlan> all() {
    ImmutableMap.Builder<String, ActionPlan> plans = ImmutableMap.builder();
    for (String name : new String[] {METROPOLITAN_LIBRARIES, NOIR, RARE_BOOKS, DIGITAL_SCHOLARSHIP, ASIA_OCEANIA,
        INFORMATION_LITERACY}) {
      try (InputStream in = SamplePlans.class.getResourceAsStream("/org/ifla/strategy/examples/plans/" + name)) {
        if (in == null) {
          throw new IOException("sample plan " + name + " is not in the jar");
        }
        plans.put(name, StrategyJson.yaml().readPlan(in, name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return plans.build();
  }
}
