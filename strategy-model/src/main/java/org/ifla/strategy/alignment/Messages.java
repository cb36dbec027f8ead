package org.ifla.strategy.alignment;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LocalizedText;

/**
 * The message templates of the standard rules, read once from the UTF-8 resource files
 * {@code messages_TAG.properties} beside this class, one per language listed in {@code messages.properties}
 * ({@code languages=en,zh}); a translator adds a language by adding a file and its tag. Internal.
 */
final class Messages {
  private static final ImmutableMap<String, LocalizedText> TEMPLATES = load();

  private Messages() {}

  /** Returns the template of a message key in every language. */
  static LocalizedText template(String key) {
    LocalizedText t = TEMPLATES.get(key);
    if (t == null) {
      throw new IllegalStateException("no message template '" + key + "' in the alignment message files");
    }
    return t;
  }

  private static ImmutableMap<String, LocalizedText> load() {
    Properties index = read("messages.properties");
    java.util.Map<String, LocalizedText.Builder> builders = new java.util.TreeMap<>();
    for (String tag : Splitter.on(',').trimResults().omitEmptyStrings().split(index.getProperty("languages", ""))) {
      Properties p = read("messages_" + tag + ".properties");
      LanguageTag language = LanguageTag.of(tag);
      for (String key : p.stringPropertyNames()) {
        builders.computeIfAbsent(key, k -> LocalizedText.builder()).add(Label.official(language, p.getProperty(key)));
      }
    }
    ImmutableMap.Builder<String, LocalizedText> out = ImmutableMap.builder();
    builders.forEach((k, b) -> out.put(k, b.build()));
    return out.build();
  }

  private static Properties read(String file) {
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file + " beside " + Messages.class.getName());
      }
      Properties p = new Properties();
      try (Reader reader = new InputStreamReader(in, UTF_8)) {
        p.load(reader);
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the message of a key in every language it has, its arguments rendered in that language (a
   * {@link LocalizedText} in its best label for the language, anything else by {@code toString()}). The
   * templates' only special syntax is the placeholders {@code {0}}, {@code {1}}...; an apostrophe is printed as
   * written (see {@link MessageTemplates}).
   */
  static LocalizedText format(String key, Object... arguments) {
    LocalizedText.Builder out = LocalizedText.builder();
    for (Label template : template(key).labels()) {
      List<String> rendered = new ArrayList<>(arguments.length);
      for (Object a : arguments) {
        rendered.add(a instanceof LocalizedText ? ((LocalizedText) a).text(template.languageTag()) : String.valueOf(a));
      }
      out.add(Label.official(template.languageTag(), MessageTemplates.fill(template.text(), rendered)));
    }
    return out.build();
  }

  static ImmutableList<String> keys() {
    return TEMPLATES.keySet().asList();
  }
}
