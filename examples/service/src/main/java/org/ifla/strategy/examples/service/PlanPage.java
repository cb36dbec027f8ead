package org.ifla.strategy.examples.service;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.AreaShare;
import org.ifla.strategy.alignment.Coverage;
import org.ifla.strategy.alignment.ElementCoverage;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.alignment.Severity;
import org.ifla.strategy.framework.KeyInitiative;
import org.ifla.strategy.framework.StrategyArea;
import org.ifla.strategy.framework.StrategyEdition;
import org.ifla.strategy.framework.StrategyElement;
import org.ifla.strategy.plan.ActionPlan;
import org.ifla.strategy.plan.Alignment;
import org.ifla.strategy.plan.PlanPart;
import org.ifla.strategy.text.LocalizedText;

/**
 * The page's HTML answers, rendered on the server so that the upload works without JavaScript. Every text that
 * comes from a plan, a file name or a message is escaped; the only markup is the page's own.
 */
final class PlanPage {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final Pattern PART = Pattern.compile("^/parts/(\\d+)(?:/.*)?$");
  /** The marks of titles that are not the source's own wording, by state. */
  private static final Map<String, String> MARKS = Map.of("rendered", "*", "quoted", "†");

  private PlanPage() {}

  /**
   * The findings beside the plan's parts, and the edition's tree with the plan's coverage.
   *
   * @param document the plan as a JSON document, carried in the language switch's form so that it can be shown
   *     again in the other language without a new upload
   */
  static String result(PageText text, String fileName, ActionPlan plan, AlignmentReport report,
      Optional<StrategyEdition> edition, String document) {
    Locale locale = text.locale();
    StringBuilder out = new StringBuilder();
    String unit = plan.unit().name().text(locale);
    head(out, text, text.get("title", unit));
    out.append("<header class=\"bar\"><a class=\"brand\" href=\"/\">").append(esc(text.get("brand")))
        .append("</a>\n<form class=\"lang\" method=\"post\" action=\"/page/check\" enctype=\"multipart/form-data\">")
        .append("<input type=\"hidden\" name=\"document\" value=\"").append(esc(document)).append("\">")
        .append("<input type=\"hidden\" name=\"filename\" value=\"").append(esc(fileName)).append("\">")
        .append("<span>").append(esc(text.get("language"))).append("</span>");
    languageButton(out, text, "en", "English");
    languageButton(out, text, "zh", "中文");
    out.append("</form></header>\n<main>\n<section class=\"summary\">\n<h1>").append(esc(unit));
    plan.title().ifPresent(t -> out.append(" <span class=\"subtitle\">").append(esc(t.text(locale)))
        .append("</span>"));
    out.append("</h1>\n<dl class=\"facts\">");
    fact(out, text.get("file"), fileName);
    fact(out, text.get("edition"), edition.map(e -> e.title().text(locale) + " (" + e.id() + ")")
        .orElse(plan.edition().map(Object::toString).orElse("–")));
    fact(out, text.get("period"), plan.period().map(p -> p.text()).orElse("–"));
    fact(out, text.get("template"), text.parts(plan.template().partKind()));
    out.append("</dl>\n");
    if (!plan.alignments().isEmpty()) {
      alignments(out, text, text.get("aligned-plan"), plan.alignments());
    }
    out.append("<p class=\"counts\" id=\"filters\">");
    count(out, "error", report.count(Severity.ERROR), text.count("errors", report.count(Severity.ERROR)));
    count(out, "warning", report.count(Severity.WARNING),
        text.count("warnings", report.count(Severity.WARNING)));
    count(out, "info", report.count(Severity.INFO), text.count("infos", report.count(Severity.INFO)));
    out.append("</p>\n");
    if (report.isEmpty()) {
      out.append("<p class=\"clean\">").append(esc(text.get("no-findings"))).append("</p>\n");
    }
    List<List<Finding>> byPart = new ArrayList<>();
    plan.parts().forEach(p -> byPart.add(new ArrayList<>()));
    List<Finding> planFindings = new ArrayList<>();
    for (Finding f : report.findings()) {
      Matcher m = PART.matcher(f.location().toString());
      int part = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      (part >= 0 && part < byPart.size() ? byPart.get(part) : planFindings).add(f);
    }
    if (!planFindings.isEmpty()) {
      out.append("<h2>").append(esc(text.get("plan-findings"))).append("</h2>\n");
      findings(out, text, planFindings);
    }
    out.append("</section>\n<div class=\"columns\">\n<section class=\"parts\">\n<h2>")
        .append(esc(text.parts(plan.template().partKind()))).append("</h2>\n");
    for (int i = 0; i < plan.parts().size(); i++) {
      part(out, text, plan.parts().get(i), i, byPart.get(i));
    }
    out.append("</section>\n<section class=\"edition\">\n<h2>").append(esc(text.get("tree"))).append("</h2>\n");
    if (edition.isPresent()) {
      tree(out, text, edition.get(), Coverage.of(edition.get(), List.of(plan)));
    } else {
      out.append("<p>").append(esc(text.get("tree-missing"))).append("</p>\n");
    }
    out.append("</section>\n</div>\n<p><a class=\"again\" href=\"/\">").append(esc(text.get("another-file")))
        .append("</a></p>\n</main>\n");
    return foot(out);
  }

  /** A document that could not be read: why, and where. */
  static String unreadable(PageText text, String fileName, DocumentError error) {
    StringBuilder out = new StringBuilder();
    head(out, text, text.get("unreadable"));
    out.append("<header class=\"bar\"><a class=\"brand\" href=\"/\">").append(esc(text.get("brand")))
        .append("</a></header>\n<main>\n<section class=\"summary problem\">\n<h1>")
        .append(esc(text.get("unreadable"))).append("</h1>\n<p class=\"file\">").append(esc(fileName))
        .append("</p>\n<p class=\"reason\">").append(esc(error.reason())).append("</p>\n<p class=\"where\">")
        .append(esc(text.get("where", error.line(), error.column(),
            error.pointer().isEmpty() ? "/" : error.pointer())))
        .append("</p>\n<p><a class=\"again\" href=\"/\">").append(esc(text.get("another-file")))
        .append("</a></p>\n</section>\n</main>\n");
    return foot(out);
  }

  /** A request the page cannot answer (no file chosen, a body too large). */
  static String error(PageText text, String message) {
    StringBuilder out = new StringBuilder();
    head(out, text, text.get("error"));
    out.append("<header class=\"bar\"><a class=\"brand\" href=\"/\">").append(esc(text.get("brand")))
        .append("</a></header>\n<main>\n<section class=\"summary problem\">\n<h1>")
        .append(esc(text.get("error"))).append("</h1>\n<p class=\"reason\">").append(esc(message))
        .append("</p>\n<p><a class=\"again\" href=\"/\">").append(esc(text.get("another-file")))
        .append("</a></p>\n</section>\n</main>\n");
    return foot(out);
  }

  private static void head(StringBuilder out, PageText text, String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"").append(text.lang()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(title)).append("</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n")
        .append("<script src=\"/page.js\" defer></script>\n</head>\n<body>\n");
  }

  private static String foot(StringBuilder out) {
    return out.append("</body>\n</html>\n").toString();
  }

  private static void languageButton(StringBuilder out, PageText text, String lang, String label) {
    boolean current = text.lang().equals(lang);
    out.append("<button type=\"submit\" name=\"lang\" value=\"").append(lang).append("\" lang=\"").append(lang)
        .append("\"").append(current ? " class=\"current\" aria-pressed=\"true\"" : " aria-pressed=\"false\"")
        .append(">").append(label).append("</button>");
  }

  private static void fact(StringBuilder out, String name, String value) {
    out.append("<div><dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd></div>");
  }

  private static void count(StringBuilder out, String severity, int count, String name) {
    out.append("<span class=\"count ").append(severity).append("\" data-severity=\"").append(severity)
        .append("\"><b>").append(count).append("</b> ").append(esc(name)).append("</span> ");
  }

  private static void findings(StringBuilder out, PageText text, List<Finding> findings) {
    out.append("<ul class=\"findings\">\n");
    for (Finding f : findings) {
      String severity = f.severity().name().toLowerCase(Locale.ROOT);
      out.append("<li class=\"finding ").append(severity).append("\" data-severity=\"").append(severity)
          .append("\"><span class=\"severity\">").append(esc(f.severity().displayName(text.locale())))
          .append("</span> <span class=\"message\">").append(esc(f.message(text.locale())))
          .append("</span> <code class=\"rule\">").append(esc(f.ruleId())).append("</code> <code class=\"where\">")
          .append(esc(f.location().toString())).append("</code></li>\n");
    }
    out.append("</ul>\n");
  }

  private static void part(StringBuilder out, PageText text, PlanPart part, int index, List<Finding> findings) {
    Locale locale = text.locale();
    out.append("<article class=\"part\" id=\"part-").append(index).append("\" data-location=\"/parts/")
        .append(index).append("\">\n<h3>");
    part.number().ifPresent(n -> out.append("<span class=\"number\">").append(esc(n)).append("</span> "));
    out.append(esc(part.title().map(t -> t.text(locale)).orElse("#" + (index + 1)))).append("</h3>\n");
    if (part.alignments().isEmpty()) {
      out.append("<p class=\"aligned\"><span>").append(esc(text.get("not-aligned"))).append("</span></p>\n");
    } else {
      alignments(out, text, text.get("aligned-to"), part.alignments());
    }
    out.append("<p class=\"activities\">").append(esc(text.count("activities", part.activities().size())))
        .append("</p>\n");
    if (findings.isEmpty()) {
      out.append("<p class=\"clean\">").append(esc(text.get("part-no-findings"))).append("</p>\n");
    } else {
      findings(out, text, findings);
    }
    out.append("</article>\n");
  }

  private static void alignments(StringBuilder out, PageText text, String heading, List<Alignment> alignments) {
    out.append("<p class=\"aligned\"><span>").append(esc(heading)).append("</span>");
    for (Alignment a : alignments) {
      out.append(" <span class=\"alignment\">").append(esc(alignment(a, text.locale()))).append("</span>");
    }
    out.append("</p>\n");
  }

  private static String alignment(Alignment a, Locale locale) {
    String cited = a.statedNumber().or(() -> a.element().map(Object::toString)).orElse("");
    String title = a.statedTitle().orElse("");
    String joined = (cited + " " + title).strip();
    return joined.isEmpty() ? a.rationale().map(r -> r.text(locale)).orElse("–") : joined;
  }

  private static void tree(StringBuilder out, PageText text, StrategyEdition edition, Coverage coverage) {
    Locale locale = text.locale();
    Set<String> marked = new TreeSet<>();
    out.append("<p class=\"edition-title\">").append(esc(edition.title().text(locale))).append("</p>\n")
        .append("<ol class=\"tree\">\n");
    for (StrategyArea area : edition.areas()) {
      Optional<AreaShare> share = coverage.areaShares().stream().filter(s -> s.area().equals(area.id()))
          .findFirst();
      out.append("<li>");
      node(out, text, area, coverage.element(area.id()), share.filter(s -> s.parts() > 0).isPresent(), marked);
      share.filter(s -> s.parts() > 0).ifPresent(s -> out.append(" <span class=\"share\">")
          .append(esc(text.get("share", percent(s)))).append("</span>"));
      out.append("\n<ol>\n");
      for (KeyInitiative k : edition.keyInitiatives()) {
        if (k.area().equals(area.id())) {
          out.append("<li>");
          node(out, text, k, coverage.element(k.id()), false, marked);
          out.append("</li>\n");
        }
      }
      out.append("</ol></li>\n");
    }
    out.append("</ol>\n");
    if (marked.isEmpty()) {
      return;
    }
    out.append("<p class=\"legend\">");
    marked.forEach(state -> out.append("<span><sup class=\"state ").append(state)
        .append("\">").append(MARKS.get(state)).append("</sup> ").append(esc(text.get("state." + state)))
        .append("</span> "));
    out.append("</p>\n");
  }

  /**
   * One element of the tree and who addresses it; {@code within} when it is addressed only through what it holds
   * (an area whose key initiatives are cited).
   */
  private static void node(StringBuilder out, PageText text, StrategyElement element, ElementCoverage c,
      boolean within, Set<String> marked) {
    out.append("<span class=\"node ").append(c.isAddressed() || within ? "addressed" : "gap")
        .append("\" data-element=\"").append(esc(element.id().toString())).append("\"><span class=\"id\">")
        .append(esc(element.number().orElse(element.id().toString()))).append("</span> ")
        .append(title(element.title(), text, marked)).append(" <span class=\"coverage\">");
    if (c.isAddressed()) {
      List<String> counts = new ArrayList<>();
      if (!c.parts().isEmpty()) {
        counts.add(text.count("parts", c.parts().size()));
      }
      if (!c.activities().isEmpty()) {
        counts.add(text.count("activities", c.activities().size()));
      }
      if (!c.plans().isEmpty()) {
        counts.add(text.get("coverage-plan"));
      }
      out.append(esc(String.join(" · ", counts)));
    } else {
      out.append(esc(text.get(within ? "through" : "unaddressed")));
    }
    out.append("</span></span>");
  }

  /**
   * A title in the page's language, marked when it is not the source's own wording (the legend under the tree
   * says what the mark means).
   */
  private static String title(LocalizedText title, PageText text, Set<String> marked) {
    EditionView.Text served = EditionView.Text.of(title, text.locale());
    String html = esc(served.text());
    if (MARKS.containsKey(served.state())) {
      marked.add(served.state());
      html += "<sup class=\"state " + served.state() + "\" title=\"" + esc(text.get("state." + served.state()))
          + "\">" + MARKS.get(served.state()) + "</sup>";
    }
    return html;
  }

  private static String percent(AreaShare s) {
    return String.format(Locale.ROOT, "%.0f%%", s.share() * 100);
  }

  private static String esc(String text) {
    return HTML.escape(text);
  }
}
