package org.ifla.strategy.format;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
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
  private static final Input.Fields REPORT_OBJECT = Input.Fields.of("an alignment report", REPORT_FIELDS);
  private static final Input.Fields FINDING_OBJECT = Input.Fields.of("a finding", FINDING_FIELDS);

  static final Codec<Finding> FINDING = Codec.of(Finding.class, AlignmentCodecs::writeFinding,
      AlignmentCodecs::readFinding);
  static final Codec<AlignmentReport> REPORT = Codec.of(AlignmentReport.class, AlignmentCodecs::writeReport,
      AlignmentCodecs::readReport);

  static final ImmutableList<Codec<?>> ALL = ImmutableList.of(FINDING, REPORT);

  private AlignmentCodecs() {}

  private static void writeReport(AlignmentReport report, TokenSink out) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      writeFinding(finding, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void writeFinding(Finding finding, TokenSink out) throws IOException {
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
    List<Finding> findings = null;
    Input.ObjectCursor fields = in.object(REPORT_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      findings = in.list("findings", AlignmentCodecs::readFinding); // 0, the only field
    }
    try {
      TextCodecs.requireField(findings, "findings");
      return AlignmentReport.of(findings);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("alignment report", fields.start(), e);
    }
  }

  private static Finding readFinding(Input in) throws IOException {
    Finding.Builder b = Finding.builder();
    boolean rule = false;
    Input.ObjectCursor fields = in.object(FINDING_OBJECT);
    for (int f = fields.next(); f >= 0; f = fields.next()) {
      switch (f) {
        case 0: // rule
          b.ruleId(in.text("rule"));
          rule = true;
          break;
        case 1: // severity
          b.severity(ScalarCodecs.SEVERITY.read(in));
          break;
        case 2: // location
          b.location(ScalarCodecs.PLAN_LOCATION.read(in));
          break;
        case 3: // arguments
          List<LocalizedText> arguments = TextCodecs.readList(in, "argument");
          b.arguments(arguments);
          break;
        default: // 4, messageTemplate
          b.messageTemplate(TextCodecs.read(in, "messageTemplate"));
          break;
      }
    }
    try {
      TextCodecs.requireField(rule ? Boolean.TRUE : null, "rule");
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw in.invalid("finding", fields.start(), e);
    }
  }
}
