package org.ifla.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultimap;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ifla.strategy.alignment.AlignmentContext;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.AlignmentRule;
import org.ifla.strategy.alignment.Coverage;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.FindingSink;
import org.ifla.strategy.alignment.PlanLocation;
import org.ifla.strategy.alignment.PlanMigration;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.citation.CitationResolver;
import org.ifla.strategy.framework.CrosswalkCatalog;
import org.ifla.strategy.framework.EditionCatalog;
import org.ifla.strategy.framework.ElementId;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.TitleMatcher;
import org.ifla.strategy.framework.TranslationCompleteness;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.testing.SeedPlans;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public type of the model, found by scanning the main classes of {@code org.ifla.strategy} (so that a new
 * type is checked without being listed here), cannot be changed after it is built:
 *
 * <ul>
 *   <li>no public {@code set...} method; concrete public classes are final, abstract ones cannot be
 *       subclassed outside their package (no public or protected constructor);
 *   <li>every instance field of every instance reached from the bundled editions, the seed plans and their
 *       reports is final (Immutables' transient caches of {@code @Value.Lazy} values excepted: they hold what
 *       the final fields determine) and holds an immutable value: a model value, a Guava immutable
 *       collection, a string, an enum constant, an immutable JDK value; never an array or a JDK collection
 *       that someone else may hold;
 *   <li>every collection a public accessor returns refuses changes;
 *   <li>every public method that takes an array or collection (listed by the scan; each needs a case in
 *       {@link #defensiveCopyCases()}) keeps a copy: changing the argument afterwards changes nothing.
 * </ul>
 *
 * <p>Builders ({@code X.Builder}) are mutable by design and are not model types; what they build is checked.
 */
class ImmutabilityTest {
  private static final Pattern SETTER = Pattern.compile("set[A-Z].*");

  private static List<Class<?>> publicTypes;
  /** Instances reached from the roots, by runtime class. */
  private static Map<Class<?>, List<Object>> samples;

  @BeforeAll
  static void scan() throws IOException, URISyntaxException {
    publicTypes = publicModelTypes();
    samples = reachableInstances();
  }

  /**
   * The public types compiled from src/main/java, builders and exceptions left out (an exception is not a model
   * value: it is made by a failure and inherits Throwable's setters; RuleSetTest covers RuleFailedException).
   */
  static List<Class<?>> publicModelTypes() throws IOException, URISyntaxException {
    Path root = Path.of(ActionPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(root.resolve("org/ifla/strategy")), () -> "not a class directory: " + root);
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("org/ifla/strategy"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, ActionPlan.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (isPublicApi(type) && !isBuilder(type) && !Throwable.class.isAssignableFrom(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().equals("Builder");
  }

  private static boolean isModel(Class<?> type) {
    return type.getName().startsWith("org.ifla.strategy.") && !isBuilder(type);
  }

  /** Everything reached by the public accessors from the bundled editions, the seed plans and their reports. */
  private static Map<Class<?>, List<Object>> reachableInstances() {
    List<Object> roots = new ArrayList<>();
    roots.add(IflaStrategies.catalog());
    roots.add(RuleSet.standard());
    for (ActionPlan plan : List.of(SeedPlans.metropolitanLibraries2019(), SeedPlans.noir2016())) {
      roots.add(plan);
      roots.add(RuleSet.standard().check(plan));
      roots.add(AlignmentContext.of(plan).withRequiredLanguages(List.of(LanguageTag.CHINESE)));
    }
    for (StrategyEdition edition : IflaStrategies.all()) {
      roots.add(edition.translationCompleteness(LanguageTag.CHINESE));
      roots.add(edition.title().resolve(LanguageTag.of("zh-Hant-TW")));
    }
    roots.add(StatedTimeframe.parse("Oct 2019 – Jan 2020, Feb 2020 – June 2020"));
    // across editions: crosswalks, a migration, coverage and citations
    roots.add(IflaStrategies.crosswalks());
    roots.add(PlanMigration.of(SeedPlans.metropolitanLibraries2019(), IflaStrategies.STRATEGY_2024_2029));
    roots.add(Coverage.of(IflaStrategies.strategy2019to2024(), List.of(SeedPlans.metropolitanLibraries2019())));
    CitationResolver resolver = CitationResolver.bundled();
    roots.add(resolver);
    roots.add(resolver.resolveAll("Key Initiative 1.2: Build a strong presence, and SD4, and 9.9"));

    Map<Class<?>, List<Object>> found = new LinkedHashMap<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty() && seen.size() < 50_000) {
      Object value = queue.removeFirst();
      if (value == null || seen.put(value, true) != null) {
        continue;
      }
      if (value instanceof Optional) {
        ((Optional<?>) value).ifPresent(queue::addLast);
        continue;
      }
      if (value instanceof Collection) {
        queue.addAll((Collection<?>) value);
        continue;
      }
      if (value instanceof Map) {
        queue.addAll(((Map<?, ?>) value).keySet());
        queue.addAll(((Map<?, ?>) value).values());
        continue;
      }
      if (!isModel(value.getClass())) {
        continue;
      }
      found.computeIfAbsent(value.getClass(), k -> new ArrayList<>()).add(value);
      for (Method m : value.getClass().getMethods()) {
        if (isAccessor(m)) {
          queue.addLast(invoke(m, value));
        }
      }
    }
    return found;
  }

  private static boolean isAccessor(Method m) {
    return !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
        && m.getReturnType() != void.class && isModel(m.getDeclaringClass())
        && !m.getName().equals("hashCode") && !m.getName().equals("toString");
  }

  private static Object invoke(Method m, Object target) {
    try {
      m.setAccessible(true); // a public method of a package-private implementation class
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m + " failed on " + target, e.getCause());
    }
  }

  private static List<Object> instancesOf(Class<?> type) {
    return samples.entrySet().stream().filter(e -> type.isAssignableFrom(e.getKey()))
        .flatMap(e -> e.getValue().stream()).collect(Collectors.toList());
  }

  @Test
  void theScanFindsTheModel() {
    Set<String> names = publicTypes.stream().map(Class::getSimpleName).collect(Collectors.toSet());
    for (String expected : List.of("ActionPlan", "StrategyEdition", "LocalizedText", "Finding", "Timeframe",
        "ElementReference", "RuleSet", "AlignmentReport")) {
      assertTrue(names.contains(expected), expected);
    }
    assertFalse(names.contains("Builder"));
  }

  @TestFactory
  Stream<DynamicTest> noPublicTypeHasASetterOrCanBeSubclassedOutsideItsPackage() {
    return publicTypes.stream().map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
      for (Method m : type.getMethods()) {
        assertFalse(SETTER.matcher(m.getName()).matches() && !Modifier.isStatic(m.getModifiers()),
            () -> "a setter: " + m);
      }
      if (type.isInterface() || type.isEnum() || type.isAnnotation()) {
        return;
      }
      if (Modifier.isAbstract(type.getModifiers())) {
        Arrays.stream(type.getDeclaredConstructors()).forEach(c -> assertFalse(
            Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()),
            () -> "an abstract model type that anyone can subclass: " + c));
      } else {
        assertTrue(Modifier.isFinal(type.getModifiers()), () -> "not final: " + type);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyConcreteModelTypeHasSamples() {
    return publicTypes.stream().filter(t -> !t.isInterface() && !t.isEnum() && !isUtility(t))
        .map(type -> DynamicTest.dynamicTest(type.getName(), () -> assertFalse(instancesOf(type).isEmpty(),
            () -> "no instance of " + type + " is reached from the roots of this test: add one")));
  }

  /** A class of static methods only, such as IflaStrategies. */
  private static boolean isUtility(Class<?> type) {
    return Arrays.stream(type.getDeclaredConstructors()).allMatch(c -> Modifier.isPrivate(c.getModifiers()))
        && Arrays.stream(type.getDeclaredFields()).allMatch(f -> Modifier.isStatic(f.getModifiers()))
        && Arrays.stream(type.getDeclaredMethods())
            .allMatch(m -> Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers()));
  }

  @TestFactory
  Stream<DynamicTest> everyFieldIsFinalAndHoldsAnImmutableValue() {
    return samples.keySet().stream().map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
      for (Class<?> c = type; c != null && isModel(c); c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers())) {
            continue;
          }
          boolean lazyCache = c.getSimpleName().startsWith("Immutable") && Modifier.isTransient(f.getModifiers());
          assertTrue(Modifier.isFinal(f.getModifiers()) || lazyCache, () -> "not final: " + f);
          f.setAccessible(true);
          for (Object sample : samples.get(type)) {
            Object value = f.get(sample);
            assertTrue(value == null || f.getType().isPrimitive() || isImmutableValue(value),
                () -> f + " holds a " + value.getClass().getName() + ", which can change");
          }
        }
      }
    }));
  }

  private static boolean isImmutableValue(Object value) {
    Class<?> c = value.getClass();
    return value instanceof String || value instanceof Enum || value instanceof Boolean
        || value instanceof Integer || value instanceof Long || value instanceof BigInteger
        || value instanceof Locale || value instanceof Pattern
        || (value instanceof TemporalAccessor && c.getName().startsWith("java.time."))
        || value instanceof ImmutableCollection || value instanceof ImmutableMap
        || value instanceof ImmutableMultimap
        || (value instanceof Optional && ((Optional<?>) value).map(ImmutabilityTest::isImmutableValue).orElse(true))
        || (isModel(c) && !c.isArray())
        || c.isEnum();
  }

  @TestFactory
  Stream<DynamicTest> everyCollectionAnAccessorReturnsRefusesChanges() {
    return samples.keySet().stream().map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
      for (Method m : type.getMethods()) {
        if (!isAccessor(m)) {
          continue;
        }
        for (Object sample : samples.get(type)) {
          Object value = invoke(m, sample);
          assertFalse(value != null && value.getClass().isArray(), () -> m + " returns an array");
          if (value instanceof Collection) {
            Collection<?> collection = (Collection<?>) value;
            assertThrows(UnsupportedOperationException.class, () -> collection.add(null), m::toString);
            assertThrows(UnsupportedOperationException.class, collection::clear, m::toString);
          } else if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            assertThrows(UnsupportedOperationException.class, () -> map.put(null, null), m::toString);
            assertThrows(UnsupportedOperationException.class, map::clear, m::toString);
          }
        }
      }
    }));
  }

  /** Methods that take an array or a collection, each with a case that changes the argument after the call. */
  private static Map<String, Runnable> defensiveCopyCases() {
    Map<String, Runnable> cases = new LinkedHashMap<>();
    Label en = Label.official(LanguageTag.ENGLISH, "One");
    Label fr = Label.official(LanguageTag.of("fr"), "Un");
    Label zh = Label.official(LanguageTag.CHINESE, "一");
    cases.put("LocalizedText.copyOf(Iterable)", () -> {
      List<Label> labels = new ArrayList<>(List.of(en, fr));
      LocalizedText text = LocalizedText.copyOf(labels);
      labels.set(1, zh);
      labels.add(Label.official(LanguageTag.of("de"), "Eins"));
      assertEquals(List.of(en, fr), text.labels());
    });
    cases.put("LocalizedText.of(Label,Label[])", () -> {
      Label[] more = {fr};
      LocalizedText text = LocalizedText.of(en, more);
      more[0] = zh;
      assertEquals(List.of(en, fr), text.labels());
    });
    cases.put("LocalizedText$Builder.addAll(Iterable)", () -> {
      List<Label> labels = new ArrayList<>(List.of(en, fr));
      LocalizedText.Builder builder = LocalizedText.builder().addAll(labels);
      labels.set(1, zh);
      assertEquals(List.of(en, fr), builder.build().labels());
    });
    cases.put("StatedTimeframe.of(String,Iterable)", () -> {
      Timeframe first = Timeframe.parse("2019-11/2020-05");
      List<Timeframe> intervals = new ArrayList<>(List.of(first));
      StatedTimeframe stated = StatedTimeframe.of("Nov 2019 - May 2020", intervals);
      intervals.set(0, Timeframe.parse("2021-01"));
      intervals.add(first);
      assertEquals(List.of(first), stated.intervals());
    });
    cases.put("StatedTimeframe.of(String,Iterable,Iterable)", () -> {
      Timeframe first = Timeframe.parse("2019-11/2020-05");
      List<Timeframe> inverted = new ArrayList<>(List.of(first));
      StatedTimeframe stated = StatedTimeframe.of("May 2020 - Nov 2019", List.of(), inverted);
      inverted.set(0, Timeframe.parse("2021-01"));
      assertEquals(List.of(first), stated.invertedIntervals());
    });
    cases.put("EditionCatalog.of(Iterable)", () -> {
      List<StrategyEdition> editions = new ArrayList<>(IflaStrategies.all().subList(0, 1));
      EditionCatalog catalog = EditionCatalog.of(editions);
      editions.add(IflaStrategies.all().get(1));
      assertEquals(IflaStrategies.all().subList(0, 1), catalog.editions());
    });
    cases.put("EditionCatalog.of(StrategyEdition[])", () -> {
      StrategyEdition[] editions = {IflaStrategies.all().get(0)};
      EditionCatalog catalog = EditionCatalog.of(editions);
      editions[0] = IflaStrategies.all().get(1);
      assertEquals(IflaStrategies.all().subList(0, 1), catalog.editions());
    });
    cases.put("AlignmentReport.of(Iterable)", () -> {
      List<Finding> findings = new ArrayList<>(RuleSet.standard().check(emptyPlan()).findings());
      assertFalse(findings.isEmpty());
      List<Finding> before = List.copyOf(findings);
      AlignmentReport report = AlignmentReport.of(findings);
      findings.clear();
      assertEquals(before.size(), report.findings().size());
      assertTrue(report.findings().containsAll(before));
    });
    AlignmentRule[] two = RuleSet.standard().rules().subList(0, 2).toArray(new AlignmentRule[0]);
    cases.put("RuleSet.of(AlignmentRule[])", () -> {
      AlignmentRule[] rules = two.clone();
      RuleSet set = RuleSet.of(rules);
      rules[0] = rules[1];
      assertEquals(List.of(two), set.rules());
    });
    cases.put("RuleSet.with(AlignmentRule[])", () -> {
      AlignmentRule[] rules = {two[1]};
      RuleSet set = RuleSet.of(two[0]).with(rules);
      rules[0] = two[0];
      assertEquals(List.of(two), set.rules());
    });
    String[] ids = {two[0].id()};
    cases.put("RuleSet.only(String[])", () -> {
      String[] only = ids.clone();
      RuleSet set = RuleSet.standard().only(only);
      only[0] = two[1].id();
      assertEquals(Set.of(ids[0]), set.ids());
    });
    cases.put("RuleSet.without(String[])", () -> {
      String[] without = ids.clone();
      RuleSet set = RuleSet.standard().without(without);
      without[0] = two[1].id();
      assertFalse(set.ids().contains(ids[0]));
      assertTrue(set.ids().contains(two[1].id()));
    });
    cases.put("AlignmentContext.withRequiredLanguages(Iterable)", () -> {
      List<LanguageTag> languages = new ArrayList<>(List.of(LanguageTag.CHINESE));
      AlignmentContext context = AlignmentContext.of(emptyPlan()).withRequiredLanguages(languages);
      languages.add(LanguageTag.of("fr"));
      assertEquals(Set.of(LanguageTag.CHINESE), context.requiredLanguages());
    });
    cases.put("FindingSink.report(PlanLocation,LocalizedText,Object[])", () -> {
      LocalizedText template = LocalizedText.of(LanguageTag.ENGLISH, "{0}");
      AlignmentRule rule = new AlignmentRule() {
        @Override
        public String id() {
          return "test-rule";
        }

        @Override
        public Severity severity() {
          return Severity.INFO;
        }

        @Override
        public void check(AlignmentContext context, FindingSink findings) {
          Object[] arguments = {"first"};
          findings.report(PlanLocation.root(), template, arguments);
          arguments[0] = "second";
        }
      };
      Finding finding = RuleSet.of(rule).check(emptyPlan()).findings().get(0);
      assertEquals(List.of(LocalizedText.of(LanguageTag.UNDETERMINED, "first")),
          finding.arguments()); // a plain argument is in no language
    });
    cases.put("TranslationCompleteness.of(EditionId,LanguageTag,boolean,int,Iterable)", () -> {
      List<ElementId> missing = new ArrayList<>(List.of(ElementId.parse("SD1")));
      TranslationCompleteness completeness = TranslationCompleteness.of(IflaStrategies.STRATEGY_2019_2024,
          LanguageTag.CHINESE, false, 3, missing);
      missing.add(ElementId.parse("SD2"));
      assertEquals(List.of(ElementId.parse("SD1")), completeness.missing());
    });
    cases.put("Coverage.of(StrategyEdition,Iterable)", () -> {
      List<ActionPlan> plans = new ArrayList<>(List.of(SeedPlans.metropolitanLibraries2019()));
      Coverage coverage = Coverage.of(IflaStrategies.strategy2019to2024(), plans);
      plans.add(SeedPlans.metropolitanLibraries2019());
      assertEquals(1, coverage.planCount());
    });
    cases.put("CrosswalkCatalog.of(Iterable)", () -> {
      var all = IflaStrategies.crosswalks().crosswalks();
      var crosswalks = new ArrayList<>(all.subList(0, 1));
      CrosswalkCatalog catalog = CrosswalkCatalog.of(crosswalks);
      crosswalks.add(all.get(1));
      assertEquals(all.subList(0, 1), catalog.crosswalks());
    });
    cases.put("CrosswalkCatalog.of(Crosswalk[])", () -> {
      var all = IflaStrategies.crosswalks().crosswalks();
      var crosswalks = all.subList(0, 1).toArray(new org.ifla.strategy.framework.Crosswalk[0]);
      CrosswalkCatalog catalog = CrosswalkCatalog.of(crosswalks);
      crosswalks[0] = all.get(1);
      assertEquals(all.subList(0, 1), catalog.crosswalks());
    });
    cases.put("TitleMatcher.bestMatch(String,Iterable,Predicate)", () -> {
      // keeps nothing: the answer is the same whatever the list becomes after the call
      List<StrategyEdition> editions = new ArrayList<>(IflaStrategies.all());
      String stated = "Build a strong presence in international organizations and meetings as a valued partner";
      var before = TitleMatcher.bestMatch(stated, editions, e -> true);
      assertTrue(before.isPresent());
      editions.clear();
      assertEquals(before, TitleMatcher.bestMatch(stated, IflaStrategies.all(), e -> true));
    });
    return cases;
  }

  private static ActionPlan emptyPlan() {
    // A focus-area plan without focus areas: the rules find something.
    return ActionPlan.builder().unit(ProfessionalUnit.of(UnitType.SECTION, LocalizedText.of(LanguageTag.ENGLISH,
        "Unit")))
        .template(PlanTemplate.FOCUS_AREAS).build();
  }

  @Test
  void everyMethodThatTakesAnArrayOrACollectionHasACaseAndKeepsACopy() {
    Map<String, Runnable> cases = defensiveCopyCases();
    Set<String> takers = new TreeSet<>();
    List<Class<?>> types = new ArrayList<>(publicTypes);
    types.add(LocalizedText.Builder.class); // the one hand-written builder
    for (Class<?> type : types) {
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()
            && Arrays.stream(m.getParameterTypes()).anyMatch(p -> p.isArray() || Iterable.class.isAssignableFrom(p)
                || Map.class.isAssignableFrom(p))) {
          takers.add(type.getName().substring(type.getPackageName().length() + 1) + "." + m.getName() + "("
              + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","))
              + ")");
        }
      }
    }
    Set<String> missing = new TreeSet<>(takers);
    missing.removeAll(cases.keySet());
    assertEquals(Set.of(), missing, "methods that take an array or a collection without a case here");
    Set<String> stale = new TreeSet<>(cases.keySet());
    stale.removeAll(takers);
    assertEquals(Set.of(), stale, "cases for methods that no longer exist");
    cases.forEach((name, check) -> {
      try {
        check.run();
      } catch (AssertionError e) {
        fail(name + " keeps no copy of its argument", e);
      }
    });
  }

  @Test
  void theChecksCanFail() {
    // A mutable list and a non-final field are caught by the same predicates the checks use.
    assertFalse(isImmutableValue(new ArrayList<>(List.of("x"))));
    assertFalse(isImmutableValue(new String[] {"x"}));
    assertTrue(isImmutableValue(ImmutableList.of("x")));
    assertTrue(isImmutableValue(YearMonth.of(2020, 1)));
    assertTrue(isImmutableValue(Optional.of("x")));
    assertFalse(isImmutableValue(Optional.of(new ArrayList<>())));
  }
}
