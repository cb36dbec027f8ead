package org.ifla.strategy.plan;

import static com.google.common.base.Preconditions.checkState;

import java.util.Map;

/** The rules every {@code extensions()} map of the plan types keeps. */
final class Extensions {
  private Extensions() {}

  /** The prefix of an extension's key. */
  static final String PREFIX = "x-";

  static void check(Map<String, String> extensions) {
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      String key = e.getKey();
      checkState(key.startsWith(PREFIX) && key.length() > PREFIX.length(),
          "extension key \"%s\" does not start with \"x-\" and a name", key);
      checkState(!e.getValue().isBlank(), "extension \"%s\" has no value (its JSON text is blank)", key);
    }
  }
}
