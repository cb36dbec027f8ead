package org.ifla.strategy.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.MigrationReport;
import org.ifla.strategy.alignment.PlanMigration;
import org.ifla.strategy.alignment.RuleSet;
import org.ifla.strategy.framework.Crosswalk;
import org.ifla.strategy.framework.CrosswalkCatalog;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.Timeframe;
import org.ifla.strategy.testing.Generators;
import org.ifla.strategy.testing.SeedPlans;
import org.ifla.strategy.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Whatever the module writes reads back whatever the type it is declared as in a caller's own types: every
 * public model type the module handles (the types of its codecs, and the model's public types above and below
 * them, interfaces and abstract classes included), as a field, a list element and a map value, on a caller's
 * plain mapper.
 */
class DeclaredTypesTest {
  private static final int SIZE = 20;

  /** A caller's own record holding values of one declared type. */
  record Holder<T>(T value, List<T> list, Map<String, T> map) {}

  /** A caller's own bean holding values of one declared type. */
  public static final class Bean<T> {
    private T value;
    private List<T> list;
    private Map<String, T> map;

    public T getValue() {
      return value;
    }

    public void setValue(T value) {
      this.value = value;
    }

    public List<T> getList() {
      return list;
    }

    public void setList(List<T> list) {
      this.list = list;
    }

    public Map<String, T> getMap() {
      return map;
    }

    public void setMap(Map<String, T> map) {
      this.map = map;
    }
  }

  /** The case of the issue: a field typed by the element interface. */
  record Cited(StrategyElement element) {}

  @Test
  void anElementFieldReadsBack() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new StrategyModule());
    for (StrategyElement element : IflaStrategies.strategy2024to2029().elements()) {
      Cited cited = new Cited(element);
      assertEquals(cited, mapper.readValue(mapper.writeValueAsString(cited), Cited.class));
    }
  }

  @Test
  void everyHandledTypeReadsBackAsAFieldAListElementAndAMapValue() throws IOException {
    List<Object> pool = pool();
    List<Class<?>> types = handledTypes();
    assertTrue(types.containsAll(StrategyModule.types()));
    for (ObjectMapper mapper : List.of(new ObjectMapper().registerModule(new StrategyModule()),
        new YAMLMapper().registerModule(new StrategyModule()))) {
      for (Class<?> type : types) {
        List<Object> samples = samples(pool, type);
        assertFalse(samples.isEmpty(), () -> "no sample of " + type.getName() + ": add one to the pool");
        for (Object sample : samples) {
          assertReadsBack(mapper, type, sample);
        }
      }
    }
  }

  @Test
  void theTypesIncludeTheInterfacesAndTheKindsOfArea() {
    List<String> names = handledTypes().stream().map(Class::getSimpleName).toList();
    assertTrue(names.containsAll(List.of("StrategyElement", "StrategyArea", "ImpactArea", "Enabler",
        "StrategicDirection", "KeyInitiative", "ActionPlan")), names::toString);
  }

  @Test
  void anElementOnItsOwnStatesItsKindAnywhereInTheObject() throws IOException {
    StrategyJson json = StrategyJson.json();
    StrategyElement ki = json.read("{\"title\": {\"en\": \"T\"}, \"id\": \"IA1.KI1\", \"area\": \"IA1\", "
        + "\"kind\": \"key-initiative\"}", StrategyElement.class);
    assertEquals(org.ifla.strategy.framework.ElementKind.KEY_INITIATIVE, ki.kind());
    assertTrue(json.write(ki).startsWith("{\n  \"kind\": \"key-initiative\",\n  \"area\": \"IA1\""),
        () -> json.write(ki));
    // a key initiative read as one needs no kind, as before
    assertEquals(ki, json.read("{\"area\": \"IA1\", \"id\": \"IA1.KI1\", \"title\": {\"en\": \"T\"}}",
        org.ifla.strategy.framework.KeyInitiative.class));
  }

  @Test
  void anElementWithoutItsKindOrWithAFieldItsKindHasNotIsRefused() {
    StrategyJson json = StrategyJson.json();
    StrategyFormatException e = org.junit.jupiter.api.Assertions.assertThrows(StrategyFormatException.class,
        () -> json.read("{\"id\": \"V\", \"title\": {\"en\": \"T\"}}", StrategyElement.class));
    assertTrue(e.getMessage().contains("missing required field kind"), e::getMessage);
    e = org.junit.jupiter.api.Assertions.assertThrows(StrategyFormatException.class, () -> json.read(
        "{\"kind\": \"vision\", \"id\": \"V\", \"area\": \"IA1\", \"title\": {\"en\": \"T\"}}",
        StrategyElement.class));
    assertTrue(e.getMessage().contains("a vision has no field \"area\"; its fields are kind, id, number, title, "
        + "description"), e::getMessage);
    e = org.junit.jupiter.api.Assertions.assertThrows(StrategyFormatException.class, () -> json.read(
        "{\"kind\": \"enabler\", \"id\": \"EN\", \"title\": {\"en\": \"T\"}}",
        org.ifla.strategy.framework.ImpactArea.class));
    assertEquals(1, e.line());
    assertEquals("/kind", e.pointer());
    assertTrue(e.getMessage().contains("kind enabler is not a kind of ImpactArea; expected one of impact-area"),
        e::getMessage);
  }

  private static void assertReadsBack(ObjectMapper mapper, Class<?> type, Object sample) throws IOException {
    JavaType holder = mapper.getTypeFactory().constructParametricType(Holder.class, type);
    Holder<Object> record = new Holder<>(sample, List.of(sample, sample), Map.of("a", sample));
    assertEquals(record, mapper.readValue(mapper.writeValueAsString(record), holder),
        () -> type.getSimpleName() + " in a record: " + sample);
    JavaType beanType = mapper.getTypeFactory().constructParametricType(Bean.class, type);
    Bean<Object> bean = new Bean<>();
    bean.setValue(sample);
    bean.setList(List.of(sample));
    bean.setMap(Map.of("b", sample));
    Bean<?> read = mapper.readValue(mapper.writeValueAsString(bean), beanType);
    assertEquals(List.of(sample, List.of(sample), Map.of("b", sample)), List.of(read.getValue(), read.getList(),
        read.getMap()), () -> type.getSimpleName() + " in a bean: " + sample);
  }

  /**
   * The public model types the module handles: its codecs' types, and every public type of the model's packages
   * that is a supertype or a subtype of one of them.
   */
  static List<Class<?>> handledTypes() {
    List<Class<?>> codecTypes = StrategyModule.types();
    Set<Class<?>> types = new LinkedHashSet<>(codecTypes);
    try {
      for (ClassPath.ClassInfo info : ClassPath.from(DeclaredTypesTest.class.getClassLoader())
          .getTopLevelClassesRecursive("org.ifla.strategy")) {
        String pkg = info.getPackageName();
        if (pkg.startsWith("org.ifla.strategy.jackson") || pkg.startsWith("org.ifla.strategy.testing")) {
          continue;
        }
        Class<?> type = info.load();
        if (Modifier.isPublic(type.getModifiers()) && codecTypes.stream().anyMatch(
            codec -> codec.isAssignableFrom(type) || type.isAssignableFrom(codec))) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return List.copyOf(types);
  }

  /** One sample of the type per class of implementation in the pool (so each kind of element). */
  private static List<Object> samples(List<Object> pool, Class<?> type) {
    Map<Class<?>, Object> byClass = new LinkedHashMap<>();
    for (Object value : pool) {
      if (type.isInstance(value)) {
        byClass.putIfAbsent(value.getClass(), value);
      }
    }
    return new ArrayList<>(byClass.values());
  }

  /** Values of every kind: generated by the test kit where it has a generator, otherwise bundled or derived. */
  static List<Object> pool() {
    RandomGenerator random = Seeds.random(21);
    List<Object> pool = new ArrayList<>();
    List<StrategyEdition> editions = new ArrayList<>(IflaStrategies.all());
    editions.add(0, Generators.strategyEditions().generate(random, SIZE));
    for (StrategyEdition edition : editions) {
      pool.add(edition);
      pool.add(edition.id());
      pool.add(edition.title());
      pool.add(edition.translationCompleteness(org.ifla.strategy.text.LanguageTag.CHINESE));
      for (StrategyElement element : edition.elements()) {
        pool.add(element);
        pool.add(element.id());
        pool.add(element.kind());
        pool.add(edition.reference(element));
      }
    }
    pool.add(IflaStrategies.catalog());
    CrosswalkCatalog crosswalks = IflaStrategies.crosswalks();
    pool.add(crosswalks);
    for (Crosswalk crosswalk : crosswalks.crosswalks()) {
      pool.add(crosswalk);
      crosswalk.mappings().forEach(m -> {
        pool.add(m);
        pool.add(m.kind());
      });
    }
    ActionPlan seed = SeedPlans.metropolitanLibraries2019();
    for (ActionPlan plan : List.of(Generators.validPlans().generate(random, SIZE), seed, SeedPlans.noir2016())) {
      addPlan(pool, plan);
    }
    Timeframe period = Generators.period(IflaStrategies.strategy2019to2024());
    pool.add(Generators.timeframes().generate(random, SIZE));
    pool.add(Generators.statedTimeframesWithin(period).generate(random, SIZE));
    pool.add(Generators.labels().generate(random, SIZE));
    pool.add(Generators.localizedTexts().generate(random, SIZE));
    pool.add(Generators.elementReferences().generate(random, SIZE));
    AlignmentReport report = RuleSet.standard().check(seed);
    pool.add(report);
    for (Finding finding : report.findings()) {
      pool.add(finding);
      pool.add(finding.location());
      pool.add(finding.severity());
    }
    MigrationReport migration = PlanMigration.of(seed, IflaStrategies.STRATEGY_2024_2029).report();
    pool.add(migration);
    migration.references().forEach(r -> {
      pool.add(r);
      pool.add(r.outcome());
    });
    for (Class<?> type : StrategyModule.types()) {
      if (type.isEnum()) {
        pool.addAll(List.of(type.getEnumConstants()));
      }
    }
    return pool;
  }

  private static void addPlan(List<Object> pool, ActionPlan plan) {
    pool.add(plan);
    pool.add(plan.unit());
    pool.add(plan.unit().type());
    pool.add(plan.template());
    for (PlanPart part : plan.parts()) {
      pool.add(part);
      pool.add(part.kind());
      part.alignments().forEach(a -> {
        pool.add(a);
        pool.add(a.level());
      });
      for (Activity activity : part.activities()) {
        pool.add(activity);
        activity.timeframe().ifPresent(pool::add);
        activity.tasks().forEach(pool::add);
        activity.alignments().forEach(pool::add);
      }
    }
  }
}
