package org.ifla.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every method of every public builder is in the Javadoc, documented. The public {@code Builder}s extend the
 * builders Immutables generates; javadoc shows the public methods of a package-private top-level superclass as the
 * subclass's own, with their comments, but only names (unlinked, undocumented) those of a public class nested in a
 * package-private one. So: each public builder's superclass is a package-private top-level class (the style
 * {@code visibility = PRIVATE, builderVisibility = PACKAGE}), every public method of it has a Javadoc comment in
 * the generated source, and the builder declares {@code build()} with its own documentation (required attributes
 * and what it throws). Fast: reflection and the generated sources, no javadoc run.
 */
class BuilderJavadocTest {
  private static final Path GENERATED = Path.of("target", "generated-sources", "annotations");
  private static final Pattern PUBLIC_METHOD = Pattern.compile("(?m)^  public (?!static class|class)[^=;{]*\\(");

  static List<Class<?>> publicBuilders() throws IOException {
    List<Class<?>> builders = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(BuilderJavadocTest.class.getClassLoader())
        .getTopLevelClassesRecursive("org.ifla.strategy")) {
      if (info.getPackageName().startsWith("org.ifla.strategy.testing")
          || info.getPackageName().startsWith("org.ifla.strategy.jackson")) {
        continue;
      }
      Class<?> type = info.load();
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Class<?> nested : type.getDeclaredClasses()) {
        if (nested.getSimpleName().equals("Builder") && Modifier.isPublic(nested.getModifiers())) {
          builders.add(nested);
        }
      }
    }
    return builders;
  }

  @Test
  void everyPublicBuilderShowsItsMethodsDocumented() throws IOException, NoSuchMethodException {
    List<Class<?>> builders = publicBuilders();
    assertTrue(builders.size() >= 15, builders::toString);
    for (Class<?> builder : builders) {
      Class<?> generated = builder.getSuperclass();
      if (generated == Object.class) {
        continue; // written by hand: doclint checks its methods
      }
      assertEquals(null, generated.getEnclosingClass(), () -> builder.getName() + " extends a nested class, "
          + generated.getName() + ", whose methods javadoc names without their documentation");
      assertFalse(Modifier.isPublic(generated.getModifiers()), () -> generated.getName() + " is public API");
      Method build = builder.getDeclaredMethod("build");
      assertTrue(Modifier.isPublic(build.getModifiers()), build::toString);
      Path source = GENERATED.resolve(generated.getName().replace('.', '/') + ".java");
      String text = Files.readString(source);
      Matcher m = PUBLIC_METHOD.matcher(text);
      int methods = 0;
      while (m.find()) {
        methods++;
        String before = text.substring(0, m.start()).stripTrailing();
        String line = text.substring(m.start(), text.indexOf('\n', m.start()));
        assertTrue(before.endsWith("*/") || before.endsWith("@Override") && hasCommentBeforeOverride(before),
            () -> source + ": no Javadoc for " + line.trim());
      }
      int declared = 0;
      for (Method method : generated.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
          declared++;
        }
      }
      assertEquals(declared, methods, () -> source + ": public methods found in the source");
    }
  }

  private static boolean hasCommentBeforeOverride(String before) {
    return before.substring(0, before.length() - "@Override".length()).stripTrailing().endsWith("*/");
  }
}
