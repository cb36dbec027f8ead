package org.ifla.strategy.examples.service;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ifla.strategy.plan.PartKind;

/** The page's own words in English and Chinese (the findings come from the library in either language). */
final class PageText {
  private static final Map<String, String> EN = ImmutableMap.<String, String>builder()
      .put("brand", "IFLA strategy · plan check")
      .put("title", "Findings for {0}")
      .put("file", "File")
      .put("edition", "Edition")
      .put("period", "Period")
      .put("template", "Template")
      .put("errors.1", "error")
      .put("errors.n", "errors")
      .put("warnings.1", "warning")
      .put("warnings.n", "warnings")
      .put("infos.1", "note")
      .put("infos.n", "notes")
      .put("no-findings", "No findings: the standard rules found nothing to report.")
      .put("plan-findings", "The whole plan")
      .put("part-no-findings", "No findings for this part.")
      .put("aligned-to", "Aligned to")
      .put("aligned-plan", "The whole plan is aligned to")
      .put("not-aligned", "No alignment stated")
      .put("activities.1", "1 activity")
      .put("activities.n", "{0} activities")
      .put("parts.1", "1 part")
      .put("parts.n", "{0} parts")
      .put("through", "through its key initiatives")
      .put("tree", "The edition, with this plan's coverage")
      .put("tree-missing", "The plan cites no bundled edition, so there is no tree to show.")
      .put("state.rendered", "rendered for this library: not IFLA's own wording")
      .put("state.quoted", "quoted from a published source other than IFLA's")
      .put("coverage-plan", "the whole plan")
      .put("unaddressed", "not addressed")
      .put("share", "{0} of the parts")
      .put("another-file", "Check another file")
      .put("unreadable", "The file could not be read")
      .put("where", "Line {0}, column {1}, at {2}")
      .put("error", "The request could not be answered")
      .put("no-file", "Choose a plan file (JSON or YAML) first.")
      .put("language", "Language")
      .put("filter", "Show")
      .put("part.focus_area", "Focus areas")
      .put("part.objective", "Objectives")
      .put("part.goal", "Goals")
      .put("part.project", "Projects")
      .put("part.part", "Parts")
      .build();

  private static final Map<String, String> ZH = ImmutableMap.<String, String>builder()
      .put("brand", "国际图联战略 · 计划检查")
      .put("title", "{0} 的检查结果")
      .put("file", "文件")
      .put("edition", "战略版本")
      .put("period", "期间")
      .put("template", "模板")
      .put("errors.1", "个错误")
      .put("errors.n", "个错误")
      .put("warnings.1", "个警告")
      .put("warnings.n", "个警告")
      .put("infos.1", "条提示")
      .put("infos.n", "条提示")
      .put("no-findings", "未发现问题：标准规则没有需要报告的内容。")
      .put("plan-findings", "整个计划")
      .put("part-no-findings", "此部分未发现问题。")
      .put("aligned-to", "对应")
      .put("aligned-plan", "整个计划对应")
      .put("not-aligned", "未说明对应关系")
      .put("activities.1", "1 项活动")
      .put("activities.n", "{0} 项活动")
      .put("parts.1", "1 个部分")
      .put("parts.n", "{0} 个部分")
      .put("through", "通过其关键举措")
      .put("tree", "战略版本结构及本计划的覆盖情况")
      .put("tree-missing", "该计划未引用内置的战略版本，因此无法显示结构。")
      .put("state.rendered", "本库译写，非国际图联官方措辞")
      .put("state.quoted", "引自国际图联以外的已出版来源")
      .put("coverage-plan", "整个计划")
      .put("unaddressed", "未涉及")
      .put("share", "占各部分的 {0}")
      .put("another-file", "检查另一个文件")
      .put("unreadable", "无法读取该文件")
      .put("where", "第 {0} 行，第 {1} 列，位置 {2}")
      .put("error", "无法处理该请求")
      .put("no-file", "请先选择一个计划文件（JSON 或 YAML）。")
      .put("language", "语言")
      .put("filter", "显示")
      .put("part.focus_area", "重点领域")
      .put("part.objective", "目标")
      .put("part.goal", "目的")
      .put("part.project", "项目")
      .put("part.part", "部分")
      .build();

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

  private final Locale locale;
  private final Map<String, String> words;

  private PageText(Locale locale, Map<String, String> words) {
    this.locale = locale;
    this.words = words;
  }

  /** The words for a locale: Chinese for any {@code zh}, otherwise English. */
  static PageText of(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? new PageText(locale, ZH) : new PageText(Locale.ENGLISH, EN);
  }

  /** The locale the findings and titles are rendered in. */
  Locale locale() {
    return locale;
  }

  /** The page's language tag ({@code en}, {@code zh}). */
  String lang() {
    return words == ZH ? "zh" : "en";
  }

  /** A text with {@code {0}}, {@code {1}}... replaced by the arguments (not escaped: the caller escapes). */
  String get(String key, Object... arguments) {
    String text = words.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no page text " + key);
    }
    Matcher m = ARGUMENT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(arguments[Integer.parseInt(m.group(1))])));
    }
    return m.appendTail(out).toString();
  }

  /** A count ({@code "parts"}, {@code "activities"}, {@code "errors"}...) in words: "1 part", "3 parts". */
  String count(String what, int n) {
    return get(what + (n == 1 ? ".1" : ".n"), n);
  }

  /** What the plan's template calls its parts. */
  String parts(PartKind kind) {
    return get("part." + kind.name().toLowerCase(Locale.ROOT));
  }
}
