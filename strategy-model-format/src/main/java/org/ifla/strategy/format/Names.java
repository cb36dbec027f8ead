package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the model's names appear in documents. */
final class Names {
  private static final ClassValue<ImmutableMap<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
    @Override
    protected ImmutableMap<String, Enum<?>> computeValue(Class<?> type) {
      ImmutableMap.Builder<String, Enum<?>> names = ImmutableMap.builder();
      for (Object constant : type.getEnumConstants()) {
        names.put(of((Enum<?>) constant), (Enum<?>) constant);
      }
      return names.build();
    }
  };

  private static final Pattern REQUIRED = Pattern.compile("some of required attributes are not set \\[([^]]*)]");

  private Names() {}

  /** An enum constant's name in documents: lower case, words joined by hyphens ({@code KEY_INITIATIVE} is
   * {@code key-initiative}). */
  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of that name, or null. */
  static <E extends Enum<E>> E constant(Class<E> type, String name) {
    return type.cast(CONSTANTS.get(type).get(name));
  }

  /** Every constant's name in documents, in declaration order. */
  static ImmutableList<String> all(Class<? extends Enum<?>> type) {
    return CONSTANTS.get(type).keySet().asList();
  }

  /** A model check's message, with the builders' "required attributes are not set [a, b]" said plainly. */
  static String requiredFieldsMessage(String message) {
    if (message == null) {
      return "a required value is missing";
    }
    Matcher m = REQUIRED.matcher(message);
    if (m.find()) {
      String fields = m.group(1);
      return (fields.contains(",") ? "missing required fields " : "missing required field ") + fields;
    }
    return message;
  }
}
