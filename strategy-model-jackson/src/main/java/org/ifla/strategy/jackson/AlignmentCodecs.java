package org.ifla.strategy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ifla.strategy.alignment.AlignmentReport;
import org.ifla.strategy.alignment.Finding;
import org.ifla.strategy.text.LocalizedText;

/**
 * {@code org.ifla.strategy.alignment} in documents. A report is {@code {"findings": [...]}}; a finding carries
 * its rule id, severity, location (a JSON Pointer into the plan), the arguments of its message and the message
 * template in every language, so that it can be rendered again in any of them.
 */
final class AlignmentCodecs {
  private static final List<String> REPORT_FIELDS = List.of("findings");
  private static final List<String> FINDING_FIELDS = List.of("rule", "severity", "location", "arguments",
      "messageTemplate");

  static final Codec<Finding> FINDING = Codec.of(Finding.class, AlignmentCodecs::writeFinding,
      AlignmentCodecs::readFinding);
  static final Codec<AlignmentReport> REPORT = Codec.of(AlignmentReport.class, AlignmentCodecs::writeReport,
      AlignmentCodecs::readReport);

  static final ImmutableList<Codec<?>> ALL = ImmutableList.of(FINDING, REPORT);

  private AlignmentCodecs() {}

  private static void writeReport(AlignmentReport report, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      writeFinding(finding, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeFinding(Finding finding, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("rule", finding.ruleId());
    out.writeStringField("severity", Names.of(finding.severity()));
    out.writeStringField("location", finding.location().toString());
    if (!finding.arguments().isEmpty()) {
      out.writeFieldName("arguments");
      TextCodecs.writeList(finding.arguments(), out);
    }
    out.writeFieldName("messageTemplate");
    TextCodecs.write(finding.messageTemplate(), out);
    out.writeEndObject();
  }

  private static AlignmentReport readReport(Input in) throws IOException {
    List<List<Finding>> findings = new ArrayList<>(1);
    JsonLocation start = in.object("an alignment report", REPORT_FIELDS, name -> {
      if (name.equals("findings")) {
        findings.add(in.list("findings", AlignmentCodecs::readFinding));
        return true;
      }
      return false;
    });
    return in.build("alignment report", start, () -> {
      TextCodecs.requireField(findings.isEmpty() ? null : findings, "findings");
      return AlignmentReport.of(findings.get(0));
    });
  }

  private static Finding readFinding(Input in) throws IOException {
    Finding.Builder b = Finding.builder();
    boolean[] rule = {false};
    JsonLocation start = in.object("a finding", FINDING_FIELDS, name -> {
      switch (name) {
        case "rule":
          b.ruleId(in.text("rule"));
          rule[0] = true;
          return true;
        case "severity":
          b.severity(ScalarCodecs.SEVERITY.read(in));
          return true;
        case "location":
          b.location(ScalarCodecs.PLAN_LOCATION.read(in));
          return true;
        case "arguments":
          List<LocalizedText> arguments = TextCodecs.readList(in, "argument");
          b.arguments(arguments);
          return true;
        case "messageTemplate":
          b.messageTemplate(TextCodecs.read(in, "messageTemplate"));
          return true;
        default:
          return false;
      }
    });
    return in.build("finding", start, () -> {
      TextCodecs.requireField(rule[0] ? Boolean.TRUE : null, "rule");
      return b.build();
    });
  }
}
