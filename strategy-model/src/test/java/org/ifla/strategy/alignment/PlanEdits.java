package org.ifla.strategy.alignment;

import java.util.ArrayList;
import java.util.List;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;

/** Test support: rebuilds a plan with the alignment at a location replaced. */
final class PlanEdits {
  private PlanEdits() {}

  static ActionPlan replaceAlignment(ActionPlan plan, PlanLocation location, Alignment replacement) {
    String[] s = location.toString().substring(1).split("/");
    ActionPlan.Builder b = ActionPlan.builder().from(plan);
    if (s[0].equals("alignments")) {
      return b.alignments(set(plan.alignments(), Integer.parseInt(s[1]), replacement)).build();
    }
    if (s[0].equals("contextAlignments")) {
      return b.contextAlignments(set(plan.contextAlignments(), Integer.parseInt(s[1]), replacement)).build();
    }
    if (s[0].equals("activities")) {
      int j = Integer.parseInt(s[1]);
      return b.activities(set(plan.activities(), j,
          replaceInActivity(plan.activities().get(j), s, 2, replacement))).build();
    }
    int i = Integer.parseInt(s[1]);
    PlanPart part = plan.parts().get(i);
    PlanPart changed;
    if (s[2].equals("alignments")) {
      changed = PlanPart.builder().from(part)
          .alignments(set(part.alignments(), Integer.parseInt(s[3]), replacement)).build();
    } else {
      int j = Integer.parseInt(s[3]);
      changed = PlanPart.builder().from(part).activities(set(part.activities(), j,
          replaceInActivity(part.activities().get(j), s, 4, replacement))).build();
    }
    return b.parts(set(plan.parts(), i, changed)).build();
  }

  private static Activity replaceInActivity(Activity activity, String[] s, int at, Alignment replacement) {
    if (!s[at].equals("alignments")) {
      throw new IllegalArgumentException("not an alignment location: " + String.join("/", s));
    }
    return Activity.builder().from(activity)
        .alignments(set(activity.alignments(), Integer.parseInt(s[at + 1]), replacement)).build();
  }

  private static <T> List<T> set(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }
}
