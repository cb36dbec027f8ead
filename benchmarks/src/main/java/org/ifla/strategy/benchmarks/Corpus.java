package org.ifla.strategy.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ifla.strategy.framework.ElementReference;
import org.ifla.strategy.framework.IflaStrategies;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.jackson.StrategyJson;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Activity;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.AlignmentLevel;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.plan.FundingNeed;
import org.ifla.strategy.plan.PlanTemplate;
import org.ifla.strategy.plan.ProfessionalUnit;
import org.ifla.strategy.plan.StatedTimeframe;
import org.ifla.strategy.plan.Task;
import org.ifla.strategy.plan.UnitType;
import org.ifla.strategy.text.Label;
import org.ifla.strategy.text.LanguageTag;
import org.ifla.strategy.text.LocalizedText;

/**
 * The benchmarks' workload: a deterministic corpus of realistic action plans, made from a fixed seed with
 * {@link java.util.Random} (whose sequence the Java specification fixes, so every JDK makes the same corpus).
 *
 * <p>The standard corpus ({@link #standard()}) is {@value #PLANS} focus-area plans of 1 to 4 focus areas and
 * {@value #MIN_ACTIVITIES} to {@value #MAX_ACTIVITIES} activities each (spread over the focus areas, every
 * focus area at least one), each activity with 1 to 3 tasks, a timeframe, collaborators and sometimes an
 * alignment of its own; titles in English and Chinese; every focus area aligned to one to three elements of the
 * bundled edition the plan cites (number and title as the edition writes them, a rationale in the plan's own
 * words). About one plan in twenty carries a mistake that real plans make (a title from another edition, an
 * initiative outside the cited direction, a misplaced timeframe), so that validation finds something.
 *
 * <p>The scaling plans ({@link #scalingPlan(int)}) are single plans of 4 focus areas with a given number of
 * activities of the same kind, for checking that costs per activity stay flat.
 *
 * <p>Immutable plans; the class itself holds no state.
 */
public final class Corpus {
  /** The seed of the standard corpus. */
  public static final long SEED = 0x1F1A_2024_2029L;
  /** The number of plans in the standard corpus. */
  public static final int PLANS = 1000;
  /** The fewest activities in a plan of the standard corpus. */
  public static final int MIN_ACTIVITIES = 5;
  /** The most activities in a plan of the standard corpus. */
  public static final int MAX_ACTIVITIES = 30;
  /** The most focus areas in a plan. */
  public static final int MAX_FOCUS_AREAS = 4;

  private static final String[] EN_WORDS = {"library", "libraries", "users", "community", "digital", "access",
      "information", "literacy", "advocacy", "members", "training", "survey", "workshop", "guidelines",
      "standards", "collections", "heritage", "preservation", "metadata", "public", "national", "regional",
      "network", "partners", "outreach", "research", "services", "data", "open", "knowledge", "reading",
      "children", "young", "adults", "rural", "urban", "best", "practice", "capacity", "building", "sustainable",
      "development", "goals", "webinar", "conference", "satellite", "meeting", "newsletter", "report", "toolkit",
      "case", "studies", "policy", "copyright", "licensing", "indigenous", "multilingual", "inclusive",
      "accessible", "evaluation", "impact", "measurement", "strategy", "plan", "review", "update", "promote",
      "develop", "share", "collect", "publish", "translate", "support", "strengthen", "engage", "connect",
      "document", "map", "identify", "organise", "coordinate", "deliver", "facilitate", "monitor", "and", "for",
      "with", "of", "the", "in", "across", "through"};
  private static final String[] ZH_WORDS = {"图书馆", "用户", "社区", "数字", "获取", "信息", "素养", "倡导",
      "会员", "培训", "调查", "研讨会", "指南", "标准", "馆藏", "遗产", "保存", "元数据", "公共", "国家", "区域",
      "网络", "合作伙伴", "推广", "研究", "服务", "数据", "开放", "知识", "阅读", "儿童", "青年", "农村", "城市",
      "最佳实践", "能力建设", "可持续发展", "目标", "网络研讨会", "会议", "通讯", "报告", "工具包", "案例研究",
      "政策", "版权", "多语种", "包容", "评估", "影响", "战略", "计划", "审查", "更新", "促进", "发展", "分享",
      "出版", "翻译", "支持", "加强", "参与", "连接", "协调", "的", "和", "与"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept",
      "Oct", "Nov", "Dec"};
  private static final String[] ROLES = {"Chair", "Secretary", "Information Coordinator", "Standing Committee",
      "Working group", "Section members", "Convenor", "Editor", "Treasurer", "All members"};
  private static final String[] PARTNERS = {"IFLA HQ", "Regional Office", "Public Libraries Section",
      "Academic and Research Libraries", "Library Theory and Research", "Information Literacy Section",
      "National Libraries Section", "Management and Marketing", "Libraries for Children and Young Adults",
      "Statistics and Evaluation", "Metadata Section", "Preservation and Conservation"};
  private static final List<StrategyEdition> EDITIONS = List.of(IflaStrategies.strategy2019to2024(),
      IflaStrategies.strategy2024to2029(), IflaStrategies.strategicPlan2016to2021());

  private final Random random;
  private final StrategyEdition edition;
  private final int firstYear;
  private final int lastYear;

  private Corpus(Random random, StrategyEdition edition, int firstYear, int lastYear) {
    this.random = random;
    this.edition = edition;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /**
   * Returns the standard corpus: {@value #PLANS} plans made from {@link #SEED}.
   *
   * @return the plans, the same every time
   */
  public static ImmutableList<ActionPlan> standard() {
    return plans(SEED, PLANS);
  }

  /**
   * Returns a corpus of plans made from a seed.
   *
   * @param seed the seed
   * @param count how many plans
   * @return the plans; the same seed and count give equal plans
   */
  public static ImmutableList<ActionPlan> plans(long seed, int count) {
    checkArgument(count >= 0, "negative plan count %s", count);
    Random random = new Random(seed);
    ImmutableList.Builder<ActionPlan> plans = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      plans.add(plan(random, i));
    }
    return plans.build();
  }

  /**
   * Returns one plan of the 2019-2024 edition with 4 focus areas and the given number of activities, made of
   * the same parts as the standard corpus's plans (seeded by the size, so the same size gives the same plan).
   *
   * @param activities the number of activities, at least 4
   * @return the plan
   */
  public static ActionPlan scalingPlan(int activities) {
    checkArgument(activities >= MAX_FOCUS_AREAS, "a scaling plan needs at least 4 activities: %s", activities);
    Random random = new Random(SEED + activities);
    Corpus g = new Corpus(random, IflaStrategies.strategy2019to2024(), 2019, 2024);
    return g.plan(0, MAX_FOCUS_AREAS, activities, false);
  }

  /**
   * Returns the number of activities of a plan, in its focus areas and for the whole plan.
   *
   * @param plan the plan
   * @return the number of activities
   */
  public static int activities(ActionPlan plan) {
    int n = plan.activities().size();
    for (PlanPart area : plan.parts()) {
      n += area.activities().size();
    }
    return n;
  }

  /**
   * Returns the number of activities of all the plans.
   *
   * @param plans the plans
   * @return the number of activities
   */
  public static long activities(List<ActionPlan> plans) {
    long n = 0;
    for (ActionPlan plan : plans) {
      n += activities(plan);
    }
    return n;
  }

  /**
   * Returns each plan as a JSON document, as {@link StrategyJson#json()} writes it.
   *
   * @param plans the plans
   * @return one UTF-8 document per plan
   */
  public static List<byte[]> json(List<ActionPlan> plans) {
    return documents(StrategyJson.json(), plans);
  }

  /**
   * Returns each plan as a YAML document, as {@link StrategyJson#yaml()} writes it.
   *
   * @param plans the plans
   * @return one UTF-8 document per plan
   */
  public static List<byte[]> yaml(List<ActionPlan> plans) {
    return documents(StrategyJson.yaml(), plans);
  }

  private static List<byte[]> documents(StrategyJson format, List<ActionPlan> plans) {
    List<byte[]> documents = new ArrayList<>(plans.size());
    for (ActionPlan plan : plans) {
      documents.add(format.write(plan).getBytes(UTF_8));
    }
    return documents;
  }

  /**
   * Returns the JSON documents one after another, as a stream of root-level values (the file
   * {@code corpus.json}).
   *
   * @param documents the documents
   * @return the bytes
   */
  public static byte[] jsonStream(List<byte[]> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] document : documents) {
      out.writeBytes(document);
    }
    return out.toByteArray();
  }

  /**
   * Returns the YAML documents as one multi-document stream, each begun by {@code ---} (the file
   * {@code corpus.yaml}).
   *
   * @param documents the documents
   * @return the bytes
   */
  public static byte[] yamlStream(List<byte[]> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] document : documents) {
      out.writeBytes("---\n".getBytes(UTF_8));
      out.writeBytes(document);
    }
    return out.toByteArray();
  }

  /**
   * Writes the standard corpus once, as {@code corpus.json} and {@code corpus.yaml}, into a folder.
   *
   * @param folder the folder, made if missing
   * @return the two files
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> write(Path folder) {
    return write(folder, standard());
  }

  /**
   * Writes plans as {@code corpus.json} and {@code corpus.yaml} into a folder.
   *
   * @param folder the folder, made if missing
   * @param plans the plans
   * @return the two files
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> write(Path folder, List<ActionPlan> plans) {
    try {
      Files.createDirectories(folder);
      Path json = Files.write(folder.resolve("corpus.json"), jsonStream(json(plans)));
      Path yaml = Files.write(folder.resolve("corpus.yaml"), yamlStream(yaml(plans)));
      return List.of(json, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the standard corpus into the folder given as the argument (default: as {@link #standardJson()}).
   *
   * @param args the folder, optional
   */
  public static void main(String[] args) {
    for (Path file : write(args.length > 0 ? Path.of(args[0]) : folder())) {
      try {
        System.out.printf(Locale.ROOT, "%s: %,d bytes%n", file, Files.size(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Splits a stream of root-level JSON documents, as {@link #jsonStream(List)} writes it, into the documents.
   *
   * @param stream the bytes
   * @return the documents, each with the bytes that follow it up to the next one
   * @throws UncheckedIOException if the stream is not JSON
   */
  public static List<byte[]> splitJson(byte[] stream) {
    List<Integer> starts = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(stream)) {
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        starts.add(Math.toIntExact(parser.currentTokenLocation().getByteOffset()));
        parser.skipChildren();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return slices(stream, starts);
  }

  /**
   * Splits a YAML stream, as {@link #yamlStream(List)} writes it, into its documents (without the
   * {@code ---} lines).
   *
   * @param stream the bytes
   * @return the documents
   */
  public static List<byte[]> splitYaml(byte[] stream) {
    List<Integer> starts = new ArrayList<>();
    byte[] marker = "---\n".getBytes(UTF_8);
    for (int i = 0; i + marker.length <= stream.length; i++) {
      if ((i == 0 || stream[i - 1] == '\n') && Arrays.equals(stream, i, i + marker.length, marker, 0,
          marker.length)) {
        starts.add(i);
      }
    }
    List<byte[]> documents = slices(stream, starts);
    documents.replaceAll(d -> Arrays.copyOfRange(d, marker.length, d.length));
    return documents;
  }

  private static List<byte[]> slices(byte[] stream, List<Integer> starts) {
    List<byte[]> documents = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : stream.length;
      documents.add(Arrays.copyOfRange(stream, starts.get(i), end));
    }
    return documents;
  }

  /**
   * Returns the standard corpus's JSON documents: read from {@code corpus.json} in the folder named by the
   * system property {@value #FOLDER_PROPERTY} (default {@code benchmarks/target/corpus}) when that file
   * exists, as {@link #write(Path)} left it, otherwise made afresh. Either way the bytes are the same; reading
   * them only saves each benchmark fork the time to make them.
   *
   * @return one document per plan
   */
  public static List<byte[]> standardJson() {
    Path file = folder().resolve("corpus.json");
    try {
      return Files.isRegularFile(file) ? splitJson(Files.readAllBytes(file)) : json(standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the standard corpus's YAML documents, like {@link #standardJson()} from {@code corpus.yaml}.
   *
   * @return one document per plan
   */
  public static List<byte[]> standardYaml() {
    Path file = folder().resolve("corpus.yaml");
    try {
      return Files.isRegularFile(file) ? splitYaml(Files.readAllBytes(file)) : yaml(standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the standard corpus's plans, decoded from {@link #standardJson()}.
   *
   * @return the plans
   */
  public static ImmutableList<ActionPlan> standardPlans() {
    ImmutableList.Builder<ActionPlan> plans = ImmutableList.builder();
    for (byte[] document : standardJson()) {
      try {
        plans.add(StrategyJson.json().readPlan(new ByteArrayInputStream(document), "corpus.json"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return plans.build();
  }

  /** The system property that names the corpus folder. */
  public static final String FOLDER_PROPERTY = "strategy.benchmarks.corpus";

  static Path folder() {
    return Path.of(System.getProperty(FOLDER_PROPERTY, "benchmarks/target/corpus"));
  }

  // ---- one plan ---------------------------------------------------------------------------------------

  private static ActionPlan plan(Random random, int index) {
    StrategyEdition edition = EDITIONS.get(pick(random, 50, 35, 15));
    int span = edition.lastYear() - edition.firstYear();
    int first = edition.firstYear() + random.nextInt(Math.max(1, span));
    int last = Math.min(edition.lastYear(), first + 1 + random.nextInt(2));
    Corpus g = new Corpus(random, edition, first, last);
    int areas = 1 + random.nextInt(MAX_FOCUS_AREAS);
    int activities = MIN_ACTIVITIES + random.nextInt(MAX_ACTIVITIES - MIN_ACTIVITIES + 1);
    return g.plan(index, areas, activities, random.nextInt(20) == 0);
  }

  private ActionPlan plan(int index, int areaCount, int activityCount, boolean withMistake) {
    String name = capitalised(words(EN_WORDS, 2, 4));
    ActionPlan.Builder plan = ActionPlan.builder()
        .unit(ProfessionalUnit.builder()
            .type(UnitType.values()[random.nextInt(UnitType.values().length)])
            .name(bilingual(name, words(ZH_WORDS, 2, 4)))
            .abbreviation(abbreviation(name, index))
            .build())
        .title(LocalizedText.of(LanguageTag.ENGLISH, "Action plan " + firstYear + " – " + lastYear))
        .template(PlanTemplate.FOCUS_AREAS)
        .edition(edition.id())
        .period(StatedTimeframe.parse(firstYear + " – " + lastYear))
        .status(random.nextBoolean() ? "FINAL" : "DRAFT")
        .mission(bilingual(capitalised(sentence(8, 20)), words(ZH_WORDS, 6, 15)));
    int mistake = withMistake ? random.nextInt(3) : -1;
    // every focus area gets at least one activity; the rest go to focus areas at random
    int[] shares = new int[areaCount];
    Arrays.fill(shares, 1);
    for (int i = areaCount; i < activityCount; i++) {
      shares[random.nextInt(areaCount)]++;
    }
    for (int a = 0; a < areaCount; a++) {
      plan.addParts(focusArea(a + 1, shares[a], a == 0 ? mistake : -1));
    }
    return plan.build();
  }

  private PlanPart focusArea(int number, int activities, int mistake) {
    List<StrategyArea> areas = edition.areas();
    StrategyArea area = areas.get(random.nextInt(areas.size()));
    PlanPart.Builder part = PlanPart.builder()
        .number(Integer.toString(number))
        .title(bilingual(capitalised(sentence(3, 8)), words(ZH_WORDS, 3, 8)));
    if (random.nextInt(3) == 0) {
      part.description(LocalizedText.of(LanguageTag.ENGLISH, capitalised(sentence(10, 25)) + "."));
    }
    part.addAlignments(alignment(area, AlignmentLevel.AREA, mistake == 0));
    int kis = area.keyInitiatives().isEmpty() ? 0 : 1 + random.nextInt(2);
    for (int k = 0; k < kis; k++) {
      KeyInitiative ki = area.keyInitiatives().get(random.nextInt(area.keyInitiatives().size()));
      part.addAlignments(alignment(ki, AlignmentLevel.KEY_INITIATIVE, false));
    }
    if (mistake == 1) {
      // an initiative of another area, without citing that area
      StrategyArea other = areas.get((areas.indexOf(area) + 1) % areas.size());
      if (!other.keyInitiatives().isEmpty()) {
        part.addAlignments(alignment(other.keyInitiatives().get(0), AlignmentLevel.KEY_INITIATIVE, false));
      }
    }
    for (int i = 1; i <= activities; i++) {
      part.addActivities(activity(number + "." + i, mistake == 2 && i == 1));
    }
    part.communication(LocalizedText.of(LanguageTag.ENGLISH, capitalised(sentence(5, 12))));
    if (random.nextInt(5) != 0) {
      part.impactMeasures(bilingual(capitalised(sentence(5, 12)), words(ZH_WORDS, 4, 10)));
    }
    if (random.nextBoolean()) {
      part.collaboration(LocalizedText.of(LanguageTag.ENGLISH, PARTNERS[random.nextInt(PARTNERS.length)]));
    }
    return part.build();
  }

  private Alignment alignment(StrategyElement element, AlignmentLevel level,
      boolean wrongTitle) {
    Alignment.Builder alignment = Alignment.builder()
        .element(ElementReference.of(element.id()))
        .level(level);
    element.number().ifPresent(alignment::statedNumber);
    String title = element.title().text(Locale.ENGLISH);
    alignment.statedTitle(wrongTitle ? "Capacity Building" : title);
    if (random.nextInt(3) == 0) {
      alignment.rationale(bilingual(capitalised(sentence(6, 20)), words(ZH_WORDS, 6, 15)));
    }
    return alignment.build();
  }

  private Activity activity(String number, boolean misplaced) {
    Activity.Builder activity = Activity.builder()
        .number(number)
        .title(bilingual(capitalised(sentence(3, 8)), words(ZH_WORDS, 3, 8)))
        .responsibility(ROLES[random.nextInt(ROLES.length)])
        .timeframe(misplaced ? StatedTimeframe.parse((lastYear + 3) + " – " + (lastYear + 4)) : timeframe())
        .fundingNeeded(FundingNeed.values()[random.nextInt(FundingNeed.values().length)]);
    if (random.nextInt(4) == 0) {
      activity.description(LocalizedText.of(LanguageTag.ENGLISH, capitalised(sentence(6, 15)) + "."));
    }
    int tasks = 1 + random.nextInt(3);
    for (int t = 1; t <= tasks; t++) {
      Task.Builder task = Task.builder()
          .number(Integer.toString(t))
          .text(random.nextInt(4) == 0 ? bilingual(capitalised(sentence(4, 10)), words(ZH_WORDS, 3, 8))
              : LocalizedText.of(LanguageTag.ENGLISH, capitalised(sentence(4, 10))));
      if (random.nextBoolean()) {
        task.responsibility(ROLES[random.nextInt(ROLES.length)]);
      }
      if (random.nextInt(3) == 0) {
        task.timeframe(timeframe());
      }
      activity.addTasks(task.build());
    }
    int collaborators = random.nextInt(3);
    for (int c = 0; c < collaborators; c++) {
      activity.addCollaborators(PARTNERS[random.nextInt(PARTNERS.length)]);
    }
    if (random.nextInt(4) == 0) {
      List<KeyInitiative> kis = edition.keyInitiatives();
      activity.addAlignments(alignment(kis.get(random.nextInt(kis.size())), AlignmentLevel.KEY_INITIATIVE, false));
    }
    return activity.build();
  }

  /** A range of months inside the plan's period, written as people write it ("Nov 2019 - May 2020"). */
  private StatedTimeframe timeframe() {
    int months = (lastYear - firstYear + 1) * 12;
    int start = random.nextInt(months);
    int end = Math.min(months - 1, start + 1 + random.nextInt(8));
    String dash = random.nextBoolean() ? " - " : " – ";
    return StatedTimeframe.parse(MONTHS[start % 12] + " " + (firstYear + start / 12) + dash
        + MONTHS[end % 12] + " " + (firstYear + end / 12));
  }

  // ---- words ------------------------------------------------------------------------------------------

  private LocalizedText bilingual(String english, String chinese) {
    return LocalizedText.of(Label.official(LanguageTag.ENGLISH, english), Label.official(LanguageTag.CHINESE, chinese));
  }

  private String sentence(int min, int max) {
    return words(EN_WORDS, min, max);
  }

  private String words(String[] dictionary, int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    boolean chinese = dictionary == ZH_WORDS;
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0 && !chinese) {
        s.append(' ');
      }
      s.append(dictionary[random.nextInt(dictionary.length)]);
    }
    if (chinese) {
      s.append('。');
    }
    return s.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String abbreviation(String name, int index) {
    StringBuilder s = new StringBuilder();
    for (String word : name.split(" ")) {
      s.append(Character.toUpperCase(word.charAt(0)));
    }
    return s.append(index).toString();
  }

  private static int pick(Random random, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError();
  }
}
