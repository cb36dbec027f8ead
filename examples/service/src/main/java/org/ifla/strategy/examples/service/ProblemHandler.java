package org.ifla.strategy.examples.service;

import com.google.common.base.Throwables;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem ({@code application/problem+json}). Spring's own errors (415, 405,
 * 406...) keep Spring's problem details; an unreadable document is {@code 400} with its {@code line},
 * {@code column} and JSON {@code pointer} as extension members, a body over the limit {@code 413}, an unknown
 * edition {@code 404}. No answer repeats more than a short excerpt of what was sent.
 */
@RestControllerAdvice
final class ProblemHandler extends ResponseEntityExceptionHandler {
  /** The prefix of the service's problem types. */
  static final String TYPE = "urn:ifla-strategy:problem:";

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (Throwables.getCausalChain(ex).stream().anyMatch(BodyTooLargeException.class::isInstance)) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(ex));
    }
    byte[] body = null;
    boolean yaml = false;
    if (request instanceof ServletWebRequest servlet) {
      body = BodySizeLimitFilter.bodyRead(servlet.getRequest());
      yaml = String.valueOf(servlet.getRequest().getContentType()).toLowerCase(Locale.ROOT).contains("yaml");
    }
    return ResponseEntity.badRequest().body(unreadable(DocumentError.of(ex, body, yaml)));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    BodyTooLargeException tooLarge = new BodyTooLargeException(ex.getMaxUploadSize());
    if (request instanceof ServletWebRequest servlet && PageController.isPage(servlet.getRequest())) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(PageController.HTML)
          .body(PlanPage.error(PageText.of(servlet.getLocale()), tooLarge.getMessage()));
    }
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
  }

  /** The problem of an unreadable document. */
  static ProblemDetail unreadable(DocumentError error) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-document", "Unreadable document",
        error.reason());
    problem.setProperty("line", error.line());
    problem.setProperty("column", error.column());
    problem.setProperty("pointer", error.pointer());
    return problem;
  }

  /** The problem of a body over the limit. */
  static ProblemDetail tooLarge(Throwable cause) {
    BodyTooLargeException e = Throwables.getCausalChain(cause).stream()
        .filter(BodyTooLargeException.class::isInstance).map(BodyTooLargeException.class::cast).findFirst()
        .orElseThrow();
    return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Body too large", e.getMessage());
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ProblemDetail bodyTooLarge(BodyTooLargeException e) {
    return tooLarge(e);
  }

  @ExceptionHandler(UnknownEditionException.class)
  ProblemDetail unknownEdition(UnknownEditionException e) {
    return problem(HttpStatus.NOT_FOUND, "unknown-edition", "Unknown edition", e.getMessage());
  }

  @ExceptionHandler(BadRequestException.class)
  ProblemDetail badRequest(BadRequestException e) {
    return problem(HttpStatus.BAD_REQUEST, e.type(), e.title(), e.getMessage());
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE + type));
    problem.setTitle(title);
    return problem;
  }
}
